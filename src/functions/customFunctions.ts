/**
 * The custom functions as Sheets calls them: each generated top-level stub in Code.js forwards its
 * `arguments` here by name. A function's runner is made on its first call in a runtime, so loading
 * Code.js builds nothing (SPEC §8: it is evaluated on every custom-function call).
 */
import { CATALOG } from "./catalog";
import { toCustomFunction } from "./runner";
import type { FunctionResult } from "./values";

type Runner = (args: ArrayLike<unknown>) => FunctionResult;

let runners: Map<string, Runner> | undefined;

function runnerOf(name: string): Runner {
  runners ??= new Map();
  let runner = runners.get(name);
  if (runner === undefined) {
    const spec = CATALOG.find((s) => s.name === name);
    if (spec === undefined) throw new Error(`Funnel Math has no function ${name}`);
    runner = toCustomFunction(spec);
    runners.set(name, runner);
  }
  return runner;
}

/** Runs custom function `name` with the arguments Sheets passed to its stub. */
export function runCustomFunction(name: string, args: ArrayLike<unknown>): FunctionResult {
  return runnerOf(name)(args);
}
