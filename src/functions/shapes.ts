import { fail } from "./errors";
import { isBlank } from "./values";
import { ArrayOf } from "../core/intrinsics";

/** Which way a list runs in the sheet; results per stage come back the same way (SPEC §2.5). */
export type Orientation = "column" | "row";

/** A list argument after shape checks: its items (trailing blanks dropped) and its direction. */
export interface RawList {
  items: unknown[];
  orientation: Orientation;
}

const isArray = Array.isArray;

/**
 * Any argument as rows of cells. A single value is a 1×1 block; a flat array (not something Sheets
 * sends, but harnesses do) is one row. Ragged arrays are rejected rather than guessed at.
 */
export function toRows(value: unknown, argument: string): unknown[][] {
  if (!isArray(value)) return [[value]];
  const n = value.length;
  if (n === 0) return [];
  if (!isArray(value[0])) {
    for (let i = 1; i < n; i++) {
      if (isArray(value[i]))
        fail(argument, "mixes single values and rows — select one range of cells");
    }
    return [value];
  }
  // One pass, with Array.isArray held locally: this runs once per row of 100 000-row ranges, and
  // global look-ups are slow in Apps Script's V8 context (SPEC §8).
  const width = (value[0] as unknown[]).length;
  for (let r = 1; r < n; r++) {
    const row: unknown = value[r];
    if (!isArray(row)) fail(argument, "mixes single values and rows — select one range of cells");
    if (row.length !== width) {
      fail(
        argument,
        `row ${r + 1} has ${row.length} cells but row 1 has ${width} — select a rectangular range`,
      );
    }
  }
  if (width === 0) return [];
  return value as unknown[][];
}

/**
 * A list argument (SPEC §2.2): a single value, one row or one column. Trailing blank cells are
 * dropped so a whole stage-table column (whose last stage has no rate) can be selected.
 */
export function toList(value: unknown, argument: string): RawList {
  return rowsToList(toRows(value, argument), argument);
}

/** {@link toList} for an argument already read as rows. */
export function rowsToList(rows: unknown[][], argument: string): RawList {
  let items: unknown[];
  let orientation: Orientation;
  if (rows.length === 0) {
    items = [];
    orientation = "column";
  } else if (rows.length === 1) {
    items = rows[0]!.slice();
    orientation = items.length === 1 ? "column" : "row";
  } else {
    const width = rows[0]!.length;
    if (width !== 1) {
      fail(
        argument,
        `is a block of ${rows.length} rows × ${width} columns — select a single row or a single column`,
      );
    }
    items = new ArrayOf(rows.length);
    for (let r = 0; r < rows.length; r++) items[r] = rows[r]![0];
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
  const out = new ArrayOf<T[]>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [values[i]!];
  return out;
}
