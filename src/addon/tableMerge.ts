/**
 * Old cells and new (SPEC §9): which cells of the stage table a save writes, and which it keeps.
 * A cell whose value the sidebar did not change is written back exactly as it is — its formula,
 * its date or number — and stays with its stage when stages move (rows are matched by stage ID,
 * not position); any other cell is written as the new value, text as text.
 */
import { asText, formula, type CellContent } from "./cellContents";
import type { TableLayout, TableValue } from "./stageTable";

/** A table as it is in the sheet: what it holds and what the store would write for it. */
export interface CurrentTable {
  layout: TableLayout;
  /** Each cell's contents: formulas as formulas, text as text (header row first). */
  contents: readonly (readonly CellContent[])[];
  /** The values the store would write for the table as it reads it (header row first). */
  written: readonly (readonly TableValue[])[];
  /** The row (0 = header) of each stage ID, and of the row of names that end a record. */
  rowOfId: ReadonlyMap<string, number>;
  endRow?: number;
}

/** A table cell as written: text stays text (SPEC §9: written back as it was read). */
export function contentOf(v: TableValue): CellContent {
  return typeof v === "string" ? asText(v) : v;
}

/** A cell as a range reads it back: a formula, else its value. */
export function contentsOf(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
): CellContent[][] {
  return values.map((line, r) =>
    line.map((value, c) => {
      const f = formulas[r]?.[c] ?? "";
      if (f !== "") return formula(f);
      return typeof value === "string" ? asText(value) : (value as CellContent);
    }),
  );
}

/**
 * The cells to write for `next` (the new table's values, header first), given the table now.
 * `nextIds[i]` is the ID of the stage on row i + 1; `nextEndRow` the row of names that end a
 * record, when there is one.
 */
export function mergeCells(
  current: CurrentTable | undefined,
  next: readonly (readonly TableValue[])[],
  nextLayout: TableLayout,
  nextIds: readonly string[],
  nextEndRow: number | undefined,
): CellContent[][] {
  return next.map((row, r) => {
    const oldRow = !current
      ? undefined
      : r === 0
        ? 0
        : r === nextEndRow
          ? current.endRow
          : current.rowOfId.get(nextIds[r - 1] ?? "");
    return row.map((value, c) => {
      if (oldRow === undefined || !current) return contentOf(value);
      const oldColumn = current.layout.indexOf(nextLayout[c] ?? "name");
      const was = current.written[oldRow]?.[oldColumn];
      const kept = current.contents[oldRow]?.[oldColumn];
      return oldColumn >= 0 && was === value && kept !== undefined ? kept : contentOf(value);
    });
  });
}
