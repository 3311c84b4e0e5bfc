/**
 * The services a custom function sees. Google's "Custom functions" guide
 * (developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services) gives
 * Spreadsheet as "Read only (can use most get*() methods, but not set*())" and "Cannot open other
 * spreadsheets"; a custom function runs as an anonymous user, so nothing that needs
 * authorization works. SPEC §10 takes the stricter reading of what the guide leaves open: no
 * Session, LockService, PropertiesService, HtmlService or UI. Everything else throws Google's
 * "You do not have permission to call …".
 */
import { appsScriptServices } from "./services";
import type { FakeWorkbook } from "./spreadsheet";

/** Method names a read-only spreadsheet answers: getters, except the ones that reach the UI. */
const READ = /^(?:get|is|has)[A-Z]/;
const NOT_IN_A_CELL = new Set([
  "getUi",
  "getActiveRange",
  "getSelection",
  "getCurrentCell",
  "getActiveUserLocale",
]);

function refused(path: string): Error {
  return new Error(`You do not have permission to call ${path}`);
}

function isPlainValue(value: unknown): boolean {
  return (
    value === null ||
    typeof value !== "object" ||
    Object.prototype.toString.call(value) === "[object Date]"
  );
}

/** A service object whose getters work (their results wrapped the same way) and nothing else. */
function readOnly<T extends object>(target: T, name: string, calls: string[]): T {
  const wrap = (value: unknown, path: string): unknown => {
    if (isPlainValue(value)) return value;
    if (Array.isArray(value)) return value.map((v, i) => wrap(v, `${path}[${i}]`));
    return readOnly(value as object, path, calls);
  };
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      const path = `${name}.${String(key)}`;
      // A method the fake does not model (openById, …) is one a cell may not call either.
      if (typeof key === "string" && !(key in object) && key !== "then") {
        return () => {
          throw refused(path);
        };
      }
      if (typeof key !== "string" || typeof value !== "function") return value;
      if (!READ.test(key) || NOT_IN_A_CELL.has(key)) {
        return () => {
          throw refused(path);
        };
      }
      return (...args: unknown[]) => {
        calls.push(path);
        return wrap((value as (...a: unknown[]) => unknown).apply(object, args), path);
      };
    },
    set(_object, key) {
      throw refused(`${name}.${String(key)}`);
    },
  });
}

/** A service a custom function may not use at all: every member throws when called. */
function forbidden(service: string): object {
  return new Proxy(
    {},
    {
      get: (_t, key) =>
        typeof key === "string"
          ? () => {
              throw refused(`${service}.${key}`);
            }
          : undefined,
    },
  );
}

export interface CustomFunctionServices {
  services: Record<string, unknown>;
  /** The service methods called so far ("SpreadsheetApp.getActiveSpreadsheet", …). */
  calls: string[];
}

/** The globals of a custom function's execution over `book`. */
export function customFunctionServices(book: FakeWorkbook): CustomFunctionServices {
  const calls: string[] = [];
  const services: Record<string, unknown> = {
    SpreadsheetApp: readOnly(appsScriptServices(book).SpreadsheetApp, "SpreadsheetApp", calls),
  };
  for (const name of [
    "Session",
    "LockService",
    "PropertiesService",
    "HtmlService",
    "ScriptApp",
    "DriveApp",
  ]) {
    services[name] = forbidden(name);
  }
  return { services, calls };
}
