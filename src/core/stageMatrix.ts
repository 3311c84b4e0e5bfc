/**
 * Reading a stage-date matrix: one row per record, one column per stage (top first). A cell that
 * is empty, FALSE, 0 or only white space (any Unicode white space) means "not reached"; anything else (a date, TRUE, 1, text)
 * means reached.
 */
import { isBlank } from "./cellValue";
import { ArrayOf } from "./intrinsics";

export type MatrixMethod = "reached" | "strict";

export const MATRIX_METHODS: readonly MatrixMethod[] = ["reached", "strict"];

/** A stage-date matrix cell that means "reached". */
export function isReached(v: unknown): boolean {
  return v !== false && v !== 0 && !isBlank(v);
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
  const width = rows.length > 0 ? rows[0]!.length : 0;
  const highWater = new ArrayOf<number>(width).fill(0);
  const strict = method === "strict";
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let mark = -1;
    if (strict) {
      while (mark + 1 < width && isReached(row[mark + 1])) mark++;
    } else {
      mark = width - 1;
      while (mark >= 0 && !isReached(row[mark])) mark--;
    }
    if (mark >= 0) highWater[mark]!++;
  }
  return highWater;
}
