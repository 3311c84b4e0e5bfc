import vm from "node:vm";
import { spreadsheetIn } from "./analytics";
import type { CallOf } from "./workload";

/**
 * A top-level function of `source`, evaluated in a fresh context (with a spreadsheet in `zone`),
 * as Apps Script evaluates Code.js for each custom-function call; undefined when it has none.
 */
export function freshFunction(source: string, name: string, zone?: string): CallOf | undefined {
  const context = vm.createContext(zone === undefined ? {} : spreadsheetIn(zone));
  vm.runInContext(source, context);
  return vm.runInContext(`typeof ${name} === "function" ? ${name} : undefined`, context) as
    CallOf | undefined;
}
