/**
 * A funnel's table as it is in the sheet, from one read of the sheet's cells (SPEC §8: the table
 * is read once per command, and that read serves the load, the conflict check, the merge and the
 * undo): where its header is, its columns, its stages with their IDs, its problems, and its
 * fingerprint. Pure: the sheet's values, formulas and notes come in as 2-D arrays from A1.
 */
import type { Funnel } from "../core/funnel";
import { isDate } from "../core/cellValue";
import type { UiMessages } from "../i18n/ui";
import type { RowProblem } from "../wire/stageApi";
import type { FunnelEntry } from "./funnelDirectory";
import { matchIds, parseIdNote, type IdEntry } from "./stageIds";
import {
  cellText,
  CORE_LAYOUT,
  countDataRows,
  fingerprint,
  parseTable,
  readLayout,
  tableRows,
  type TableLayout,
  type TableRows,
  type TableValue,
} from "./stageTable";
import { contentsOf, type CurrentTable } from "./tableMerge";

/** A sheet's cells from A1, as Range.getValues/getFormulas/getNotes of its data range give them. */
export interface SheetCells {
  values: unknown[][];
  formulas: string[][];
  notes: string[][];
  /** The text each cell shows (dates in the spreadsheet's time zone): read only when needed. */
  displayed: () => string[][];
}

export interface TableState {
  top: number;
  left: number;
  /** The table's columns; the core six when its header is missing. */
  layout: TableLayout;
  /** Why the header is not where the named ranges say it is, in words; undefined when it is. */
  headerProblem?: string;
  /** Header and data rows. */
  rows: number;
  funnel: Funnel;
  problems: RowProblem[];
  tableRows: TableRows;
  /** Each stage's ID (persisted in the note, or provisional until the next save). */
  ids: string[];
  idEntries: IdEntry[];
  /** Text of the user's own in the IDs' note, kept above the IDs. */
  noteUserText: string;
  fingerprint: string;
  /** What the merge needs: the cells as they are and as the store would write them. */
  current: CurrentTable;
}

/**
 * Whether the table's stages are not where its last save left them — a row inserted, deleted or
 * moved by hand, or a stage the note does not list — as the note lists the IDs in saved order.
 */
export function movedSinceSaved(table: Pick<TableState, "ids" | "idEntries">): boolean {
  const saved = table.idEntries.map((e) => e.id);
  return table.ids.length !== saved.length || table.ids.some((id, i) => id !== saved[i]);
}

/** The block at (top, left), `rows` × `width`, with "" outside what the sheet holds. */
export function block<T>(
  grid: readonly (readonly T[])[],
  top: number,
  left: number,
  rows: number,
  width: number,
  empty: T,
): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rows; r++) {
    const line = grid[top - 1 + r];
    const row: T[] = [];
    for (let c = 0; c < width; c++) row.push(line?.[left - 1 + c] ?? empty);
    out.push(row);
  }
  return out;
}

/** Where the header is, or why it is not where the named ranges put it. */
function locateHeader(
  cells: SheetCells,
  entry: FunnelEntry,
  text: UiMessages["store"],
): { layout?: TableLayout; problem?: string } {
  const rowAt = (r: number) => block(cells.values, r, entry.column, 1, 8, "")[0];
  const layout = entry.headerRow >= 1 ? readLayout(rowAt(entry.headerRow)) : undefined;
  if (layout) return { layout };
  for (let r = entry.headerRow - 1; r >= Math.max(1, entry.headerRow - 20); r--) {
    if (readLayout(rowAt(r)))
      return {
        problem: text.headerApart(entry.name, String(r), String(entry.headerRow + 1)),
      };
  }
  return { problem: text.headerMissing(entry.name, String(Math.max(1, entry.headerRow))) };
}

export function readTable(
  cells: SheetCells,
  entry: FunnelEntry,
  m: Pick<UiMessages, "store" | "validation">,
): TableState {
  const top = Math.max(1, entry.headerRow);
  const left = entry.column;
  const located = locateHeader(cells, entry, m.store);
  const layout = located.layout ?? CORE_LAYOUT;
  const width = layout.length;
  const all = block(cells.values, top, left, cells.values.length - top + 1, width, "");
  const rows = 1 + countDataRows(all, width);
  const values = all.slice(0, rows);
  const formulas = block(cells.formulas, top, left, rows, width, "");
  // A date in a text column reads as the day the sheet shows, in the spreadsheet's time zone.
  const shown = values.some((row) => row.some(isDate))
    ? block(cells.displayed(), top, left, rows, width, "")
    : undefined;
  const asShown = shown
    ? values.map((row, r) => row.map((v, c) => (isDate(v) ? (shown[r]?.[c] ?? "") : v)))
    : values;
  const parsed = parseTable(asShown, layout, entry, m.validation, top);
  const problems = located.problem
    ? [{ row: top, message: located.problem }, ...parsed.problems]
    : parsed.problems;
  const note = parseIdNote(cells.notes[top - 1]?.[left - 1] ?? "");
  const seed = fingerprint(
    values,
    formulas,
    note.entries.map((e) => e.id),
  );
  const { ids } = matchIds(
    parsed.funnel.stages.map((s) => s.name),
    note.entries,
    seed,
  );
  parsed.funnel.stages.forEach((stage, i) => (stage.id = ids[i]));

  const rowOfId = new Map<string, number>();
  parsed.tableRows.stageRows.forEach((r, i) => {
    const id = ids[i];
    if (id !== undefined) rowOfId.set(id, r + 1);
  });
  // The header as it is (perhaps in another language): rewritten only when it differs.
  const header = (values[0] ?? []).map((v) => cellText(v));
  const written: TableValue[][] = tableRows(parsed.funnel, layout, header);
  const byRow: TableValue[][] = [header];
  parsed.tableRows.stageRows.forEach((r, i) => (byRow[r + 1] = written[i + 1] ?? []));
  if (parsed.tableRows.endRow !== undefined)
    byRow[parsed.tableRows.endRow + 1] = written[written.length - 1] ?? [];
  const current: CurrentTable = {
    layout,
    contents: contentsOf(values, formulas),
    written: byRow,
    rowOfId,
    endRow: parsed.tableRows.endRow === undefined ? undefined : parsed.tableRows.endRow + 1,
  };
  return {
    top,
    left,
    layout,
    headerProblem: located.problem,
    rows,
    funnel: parsed.funnel,
    problems,
    tableRows: parsed.tableRows,
    ids,
    idEntries: note.entries,
    noteUserText: note.userText,
    fingerprint: fingerprint(values, formulas, ids),
    current,
  };
}
