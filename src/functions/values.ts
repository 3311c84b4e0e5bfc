/**
 * What Sheets hands a custom function, and realm-safe tests for it. Values may come from another
 * JavaScript realm (the test harness, the preview), so `instanceof` is never used (SPEC §9).
 */

/** A value a custom function may put in a cell. */
export type Cell = number | string;
/** A spilled result: always rectangular. */
export type Grid = Cell[][];
/** What a custom function returns: a plain value or a 2-D array. */
export type FunctionResult = Cell | Grid;

import { isDate } from "../core/cellValue";

export { isBlank, isDate } from "../core/cellValue";

/** How a value reads in an error message: short, quoted when text. */
export function describe(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > 30 ? `${value.slice(0, 27)}...` : value;
    return `"${shown}"`;
  }
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) return "a date";
  if (Array.isArray(value)) return "a range";
  if (value === null || value === undefined) return "empty";
  return "an unsupported value";
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-6)) return value.toExponential(3);
  return String(Number(value.toPrecision(12)));
}

/** Ordinal position of an item in a list, 1-based as users count rows. */
export function itemLabel(index: number): string {
  return `item ${index + 1}`;
}

/** "1 value", "3 values" */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
