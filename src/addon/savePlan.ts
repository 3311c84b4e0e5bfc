/**
 * Everything writing a funnel over its table needs, decided before the first write (SPEC §8: a
 * save reads once and flushes once; SPEC §9: Sheets' limits are checked before anything is
 * written): the IDs, the cells (old ones kept where unchanged: tableMerge), the checks, and the
 * blocks to put back if a step fails. Also what a load right after the write would read, so the
 * reply needs no second read.
 */
import { wonIndex, type Funnel } from "../core/funnel";
import type { StageTableMessages } from "../i18n/stageTable";
import type { UiMessages } from "../i18n/ui";
import type { LoadedFunnel } from "../wire/stageApi";
import { isFormula, type CellContent } from "./cellContents";
import { mapRows, MAP_OFFSET, MAP_WIDTH, needsMap } from "./crmMap";
import { rectOf, type FunnelEntry } from "./funnelDirectory";
import { block, readTable, type SheetCells, type TableState } from "./funnelTable";
import { cellLengthProblem, firstUsedCell, gridProblem, lastUsedRowBelow } from "./saveChecks";
import type { SheetPort } from "./sheetsPort";
import { assignIds, idNote } from "./stageIds";
import { headerRow, layoutFor, tableRows, withCrmFields, type TableValue } from "./stageTable";
import { contentsOf, mergeCells } from "./tableMerge";
import type { BlockBefore, TableWrite } from "./tableWrite";

/** Where a funnel is written: its key and name, its named ranges, and its sheet once it has one. */
export interface WriteTarget {
  key: string;
  name: string;
  ranges: FunnelEntry["ranges"];
  sheet?: SheetPort;
  /** Where `<key>_Stages` is now: its first row and column, and how many rows it covers. */
  headerRow?: number;
  column?: number;
  acquisitionRows?: number;
}

export interface SavePlan {
  /** The funnel with an ID on every stage. */
  funnel: Funnel;
  /** The write, without its sheet (a new funnel's sheet is added after the checks). */
  write: Omit<TableWrite, "sheet">;
  /** The new table's values, header first: what each cell shows once written. */
  values: TableValue[][];
}

const NO_CELLS: SheetCells = { values: [], formulas: [], notes: [], displayed: () => [] };

/**
 * The CRM map's rows now, its header included, when `<key>_Map` is where the store puts it (else
 * 0: a map the user moved stays where they put it, and a new one is written in its place).
 */
function oldMapHeight(target: WriteTarget, top: number, left: number): number {
  const rect = target.ranges.map ? rectOf(target.ranges.map)?.rect : undefined;
  return rect && rect.row === top + 1 && rect.column === left ? rect.numRows + 1 : 0;
}

function blockBefore(
  cells: SheetCells,
  formats: readonly (readonly string[])[] | undefined,
  top: number,
  left: number,
  rows: number,
  width: number,
): BlockBefore {
  const values = block(cells.values, top, left, rows, width, "");
  const formulas = block(cells.formulas, top, left, rows, width, "");
  return {
    contents: contentsOf(values, formulas),
    formats: block(formats ?? [], top, left, rows, width, "General"),
    notes: block(cells.notes, top, left, rows, width, ""),
  };
}

/**
 * The write of `requested` over `current` (undefined for a new sheet), or why Sheets' limits or
 * the user's cells refuse it, in words.
 */
export function planSave(
  requested: Funnel,
  target: WriteTarget,
  current: TableState | undefined,
  cells: (SheetCells & { formats?: string[][] }) | undefined,
  text: StageTableMessages,
  t: UiMessages["store"],
): SavePlan | { refused: string } {
  const top = current?.top ?? 1;
  const left = current?.left ?? 1;
  const before = current?.funnel.stages ?? [];
  const ids = assignIds(
    requested.stages,
    before.map((s, i) => ({ id: current?.ids[i] ?? "", name: s.name })),
    // A new ID must be one no stage of this funnel ever had (SPEC §9): the table cannot say which
    // IDs it gave before (deleting a stage can bring it back to an earlier state, cell for cell),
    // and a plan the save could not reach may still key a row to a deleted stage's ID.
    `${target.key}:${current?.fingerprint ?? requested.name}:${Date.now()}:${Math.random()}`,
  );
  // CRM names an editor does not send (an older sidebar) are kept, not cleared.
  const crmNamesOf = (id: string | undefined) => before.find((s) => s.id === id)?.crmNames;
  const funnel: Funnel = {
    ...requested,
    key: target.key,
    name: target.name,
    stages: requested.stages.map((s, i) => {
      const stage = { ...s, id: ids[i] };
      const kept = s.crmNames === undefined ? crmNamesOf(ids[i]) : undefined;
      if (kept !== undefined) stage.crmNames = kept;
      return stage;
    }),
  };
  if (requested.endNames === undefined && current?.funnel.endNames !== undefined)
    funnel.endNames = current.funnel.endNames;
  const layout = layoutFor(funnel, current?.layout);
  const headers = headerRow(layout, text);
  const values = tableRows(funnel, layout, headers);
  const endRow = values.length - 1 > funnel.stages.length ? values.length - 1 : undefined;
  const next = mergeCells(current?.current, values, layout, ids, endRow);
  const tooLong = cellLengthProblem(next, headers, top, t);
  if (tooLong) return { refused: tooLong };

  const sheetCells = cells ?? NO_CELLS;
  const oldRows = current?.rows ?? 0;
  const oldWidth = current?.layout.length ?? 0;
  const width = Math.max(layout.length, oldWidth);
  const map = needsMap(funnel) || target.ranges.map !== undefined ? mapRows(funnel) : undefined;
  if (current && target.sheet && (layout.length > oldWidth || map)) {
    const lastColumn = left + (map ? MAP_OFFSET - 1 + MAP_WIDTH : width) - 1;
    const narrow = gridProblem(target.name, target.sheet.getMaxColumns(), lastColumn, t);
    if (narrow) return { refused: narrow };
  }
  // A new column beside the table must not write over the user's cells.
  if (current && layout.length > oldWidth) {
    const rows = Math.max(oldRows, values.length);
    const used = firstUsedCell(sheetCells, top, left + oldWidth, rows, layout.length - oldWidth);
    if (used) return { refused: t.columnInTheWay(headers[oldWidth] ?? "", used) };
  }
  let mapWrite: TableWrite["map"];
  if (map) {
    const mapLeft = left + MAP_OFFSET - 1;
    const oldMapRows = oldMapHeight(target, top, mapLeft);
    const growth = Math.max(0, map.length + 1 - oldMapRows);
    const used = firstUsedCell(sheetCells, top + oldMapRows, mapLeft, growth, MAP_WIDTH);
    if (used) return { refused: t.mapInTheWay(used) };
    const rows = Math.max(oldMapRows, map.length + 1);
    mapWrite = {
      header: [text.mapHeader.crmName, text.mapHeader.funnelStage],
      note: text.mapNote,
      rows: map,
      before: blockBefore(sheetCells, cells?.formats, top, mapLeft, rows, MAP_WIDTH),
    };
  }

  const lastUsedBelow = current
    ? lastUsedRowBelow(sheetCells, top + oldRows - 1, left, layout.length)
    : 0;
  const spanRows = Math.max(oldRows, values.length);
  const oldAcquisition = current ? wonIndex(current.funnel) + 1 : 0;
  const write: Omit<TableWrite, "sheet"> = {
    key: target.key,
    top,
    left,
    layout,
    cells: next,
    stageRows: funnel.stages.length,
    acquisitionRows: wonIndex(funnel) + 1,
    idNote: idNote(
      funnel.stages.map((s, i) => ({ id: ids[i] ?? "", name: s.name.trim() })),
      text.stageIdsNote,
      current?.noteUserText ?? "",
    ),
    before: current && {
      rows: oldRows,
      layout: current.layout,
      stageRows: current.tableRows.stageRows.length,
      acquisitionRows: oldAcquisition,
      rangesInPlace:
        target.headerRow === top &&
        target.column === left &&
        target.acquisitionRows === oldAcquisition &&
        // The stages are the first rows under the header, as the store writes them.
        current.tableRows.stageRows.every((r, i) => r === i),
      block: blockBefore(sheetCells, cells?.formats, top, left, spanRows, width),
      lastUsedBelow,
    },
    ranges: target.ranges,
    map: mapWrite,
  };
  return { funnel, write, values };
}

/**
 * The funnel as a load right after the write reads it, without reading: the written cells, with
 * kept formulas and dates showing the value the stage editor had for them.
 */
export function loadedAfterWrite(
  entry: FunnelEntry,
  plan: SavePlan,
  m: Pick<UiMessages, "store" | "validation">,
  loadedAt: string,
): LoadedFunnel {
  const { write, values: shown } = plan;
  const pad = <T>(rows: T[][], empty: T): T[][] => {
    const out: T[][] = [];
    rows.forEach(
      (row, r) => (out[write.top - 1 + r] = [...Array<T>(write.left - 1).fill(empty), ...row]),
    );
    return out;
  };
  const value = (c: CellContent, r: number, col: number): unknown =>
    isFormula(c) ? (shown[r]?.[col] ?? "") : typeof c === "string" ? c.replace(/^'/, "") : c;
  const cells: SheetCells = {
    values: pad(
      write.cells.map((row, r) => row.map((c, col) => value(c, r, col))),
      "",
    ),
    formulas: pad(
      write.cells.map((row) => row.map((c) => (isFormula(c) ? c.formula : ""))),
      "",
    ),
    notes: pad([[write.idNote]], ""),
    displayed: () =>
      pad(
        shown.map((row) => row.map((v) => String(v))),
        "",
      ),
  };
  const table = readTable(
    cells,
    { ...entry, headerRow: write.top, column: write.left, handTyped: false },
    m,
  );
  return {
    funnel: withCrmFields(table.funnel),
    fingerprint: table.fingerprint,
    problems: table.problems,
    loadedAt,
  };
}
