/**
 * Reading a stage-date matrix: one row per record, one column per stage (top first). A cell that
 * is empty, FALSE, 0 or only spaces means "not reached"; anything else (a date, TRUE, 1, text)
 * means reached.
 */
import { trimStageName } from "./stageName";

export type MatrixMethod = "reached" | "strict";

export const MATRIX_METHODS: readonly MatrixMethod[] = ["reached", "strict"];

function isReached(v: unknown): boolean {
  if (v === "" || v === false || v === 0 || v === null || v === undefined) return false;
  if (typeof v !== "string") return true;
  // Only text starting with white space can be all white space: ASCII space and controls, or
  // U+00A0 and above (no-break, ideographic, line separator…). Skip the trim for the rest.
  const first = v.charCodeAt(0);
  if (first <= 32 || first >= 0xa0) return trimStageName(v) !== "";
  return true;
}

/**
 * How many records have each stage as their high-water mark.
 * - "reached": the furthest stage reached, so a record skipping stages still counts at the earlier
 *   ones;
 * - "strict": the end of the unbroken run from the first stage, so a record counts at a stage only
 *   when it has every earlier one.
 * Rows that reached nothing count nowhere.
 */
export function matrixHighWater(rows: readonly unknown[][], method: MatrixMethod): number[] {
  const width = rows.length > 0 ? rows[0].length : 0;
  const highWater: number[] = new Array(width).fill(0);
  const strict = method === "strict";
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let mark = -1;
    if (strict) {
      while (mark + 1 < width && isReached(row[mark + 1])) mark++;
    } else {
      mark = width - 1;
      while (mark >= 0 && !isReached(row[mark])) mark--;
    }
    if (mark >= 0) highWater[mark]++;
  }
  return highWater;
}
