import { fail } from "./errors";
import { isBlank } from "./values";

/** Which way a list runs in the sheet; results per stage come back the same way (SPEC §2.5). */
export type Orientation = "column" | "row";

/** A list argument after shape checks: its items (trailing blanks dropped) and its direction. */
export interface RawList {
  items: unknown[];
  orientation: Orientation;
}

/**
 * Any argument as rows of cells. A single value is a 1×1 block; a flat array (not something Sheets
 * sends, but harnesses do) is one row. Ragged arrays are rejected rather than guessed at.
 */
export function toRows(value: unknown, argument: string): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [];
  let nested = 0;
  for (let i = 0; i < value.length; i++) if (Array.isArray(value[i])) nested++;
  if (nested === 0) return [value];
  if (nested !== value.length) {
    fail(argument, "mixes single values and rows — select one range of cells");
  }
  const rows = value as unknown[][];
  const width = rows[0].length;
  for (let r = 1; r < rows.length; r++) {
    if (rows[r].length !== width) {
      fail(
        argument,
        `row ${r + 1} has ${rows[r].length} cells but row 1 has ${width} — select a rectangular range`,
      );
    }
  }
  if (width === 0) return [];
  return rows;
}

/**
 * A list argument (SPEC §2.2): a single value, one row or one column. Trailing blank cells are
 * dropped so a whole stage-table column (whose last stage has no rate) can be selected.
 */
export function toList(value: unknown, argument: string): RawList {
  const rows = toRows(value, argument);
  let items: unknown[];
  let orientation: Orientation;
  if (rows.length === 0) {
    items = [];
    orientation = "column";
  } else if (rows.length === 1) {
    items = rows[0].slice();
    orientation = items.length === 1 ? "column" : "row";
  } else {
    const width = rows[0].length;
    if (width !== 1) {
      fail(
        argument,
        `is a block of ${rows.length} rows × ${width} columns — select a single row or a single column`,
      );
    }
    items = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) items[r] = rows[r][0];
    orientation = "column";
  }
  let end = items.length;
  while (end > 0 && isBlank(items[end - 1])) end--;
  items.length = end;
  return { items, orientation };
}

/** Lays a list of results out in the given orientation, always as a 2-D array. */
export function orient<T>(values: T[], orientation: Orientation): T[][] {
  if (orientation === "row") return [values];
  const out: T[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [values[i]];
  return out;
}
