import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

import { DIST } from "./html";
import { customFunctionServices } from "./sandbox";
import { FakeWorkbook } from "./spreadsheet";
import { messageOf } from "../src/core/messageOf";

export { DIST };

/** The built add-on as Apps Script sees it: one file, evaluated in a context with no Node globals. */
export interface LoadedBundle {
  context: vm.Context;
  /** Calls a top-level function of Code.js by name, as Sheets or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
  /** Whether Code.js declares `name` at top level. */
  has(name: string): boolean;
}

let cachedSource: string | undefined;
export function bundleSource(): string {
  cachedSource ??= readFileSync(join(DIST, "Code.js"), "utf8");
  return cachedSource;
}

/**
 * Evaluates dist/Code.js in a fresh V8 context whose only globals are the given service fakes
 * (SpreadsheetApp, LockService, …) — no require, process or module, as on Apps Script.
 */
export function loadBundle(services: Record<string, unknown> = {}): LoadedBundle {
  const context = vm.createContext({ ...services });
  vm.runInContext(bundleSource(), context, { filename: "Code.js" });
  const lookup = (name: string): unknown =>
    vm.runInContext(`typeof ${name} === "function" ? ${name} : undefined`, context);
  return {
    context,
    has: (name) => lookup(name) !== undefined,
    call(name, ...args) {
      const fn = lookup(name);
      if (typeof fn !== "function") throw new Error(`Code.js has no top-level function ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}

/** Runs `fn` and returns the message it threw (errors from the vm realm are not `instanceof Error`). */
export function thrownMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return messageOf(e);
  }
  throw new Error("expected a thrown error, but the call returned normally");
}

/** dist/Code.js as Sheets runs a custom function: only what a cell may call (fakes/sandbox.ts). */
export interface CustomFunctionBundle extends LoadedBundle {
  /** The service methods the functions called so far. */
  serviceCalls: string[];
}

export function loadCustomFunctions(book: FakeWorkbook = new FakeWorkbook()): CustomFunctionBundle {
  const { services, calls } = customFunctionServices(book);
  return { ...loadBundle(services), serviceCalls: calls };
}
