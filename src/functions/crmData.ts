import {
  holdsOnlyText,
  holdsStageNames,
  isHeaderOverData,
  isHeaderRow,
  isHeaderText,
} from "../core/crm/layout";
import { readRecordLog } from "../core/crm/recordLog";
import type { BadCell, FunnelReach, Unknowns } from "../core/crm/records";
import { statusOf, STATUS_HELP } from "../core/crm/recordStatus";
import { mappedMatrixDates, mappedMatrixReach, matrixColumns } from "../core/crm/stageDateMatrix";
import {
  historyDates,
  historyReach,
  readHistory,
  type HistoryRecords,
} from "../core/crm/stageHistory";
import { dayOrderEvidence, dayOrderOfLocale, scanDateText, type DayOrder } from "../core/dateText";
import { whyNotADate, ZoneClock } from "../core/localDates";
import { readStageDates, type StageDates } from "../core/stageDates";
import { NOT_A_STAGE, stageOfHeader, stageOfName } from "../core/stageMap";
import { fail } from "./errors";
import type { Orientation } from "./shapes";
import { spreadsheetLocale } from "./spreadsheetLocale";
import { spreadsheetTimeZone } from "./spreadsheetTimeZone";
import type { StageNamesArg } from "./stageNames";
import { describe, isBlank, isDate, itemLabel } from "./values";
import { ArrayOf } from "../core/intrinsics";

/**
 * How a data argument is laid out (SPEC §3, "Layouts"): the shape and, for a block, which column
 * holds stage names decide.
 * - a single column or row: a record log (each record's stage);
 * - two columns whose first holds stage names: a record log with a status column;
 * - three columns whose second holds stage names: a stage history (record id, stage, date);
 * - any other block: a stage-date matrix (one column per stage, named by a header row or in
 *   stage order).
 */
export type Layout = "log" | "status log" | "history" | "matrix";

export function layoutOf(rows: readonly (readonly unknown[])[], names: StageNamesArg): Layout {
  const width = rows.length > 0 ? rows[0]!.length : 0;
  // One row is a log laid out across (a record with its status would read the same way: a
  // status column needs two records at least).
  if (rows.length <= 1 || width <= 1) return "log";
  // A first row that names a stage in every column is a matrix's header, whatever is below.
  if (
    isHeaderRow(rows[0]!) &&
    rows[0]!.every((v) => stageOfHeader(names, v as string) !== undefined)
  ) {
    return "matrix";
  }
  // Stage names in the expected column; or, when none of them is known (so that they can be
  // reported), text there beside a column that can only be dates (history) or statuses.
  if (width === 3) {
    if (holdsStageNames(rows, 1, 0, names)) return "history";
    if (holdsOnlyText(rows, 1, 1) && holdsOnly(rows, 2, isDateLike)) return "history";
  }
  if (width === 2) {
    if (holdsStageNames(rows, 0, 0, names)) return "status log";
    const statuses =
      holdsOnly(rows, 1, (v) => statusOf(v) !== undefined) &&
      !holdsOnly(rows, 1, (v) => isBlank(v));
    if (holdsOnlyText(rows, 0, 1) && statuses) {
      return "status log";
    }
  }
  return "matrix";
}

/** Whether every cell of column `col` below the first row passes `test`. */
function holdsOnly(
  rows: readonly (readonly unknown[])[],
  col: number,
  test: (v: unknown) => boolean,
): boolean {
  for (let r = 1; r < rows.length; r++) if (!test(rows[r]![col])) return false;
  return true;
}

/** A cell a date column may hold: empty, a date, a serial, or date text. */
function isDateLike(v: unknown): boolean {
  if (typeof v !== "string") return typeof v === "number" || isDate(v) || v === undefined;
  return isBlank(v) || scanDateText(v.trim()) !== undefined;
}

/**
 * The rows a header takes: 1 when the first row titles the columns, else 0. A log's first cell is
 * a title when it names no stage while a later cell does (so a log of nothing but unknown names
 * reports them all); a history's when its stage and date cells are text that is neither a stage
 * nor a date; a matrix's when its first row is text only.
 */
function headerRows(rows: readonly (readonly unknown[])[], layout: Layout, names: StageNamesArg) {
  if (rows.length < 2) return 0;
  const first = rows[0]!;
  const unknownText = (v: unknown) =>
    isHeaderText(v) && stageOfName(names, (v as string).trim()) === undefined;
  switch (layout) {
    case "log":
      return first.length === 1 && unknownText(first[0]) && holdsStageNames(rows, 0, 1, names)
        ? 1
        : 0;
    case "status log":
      return unknownText(first[0]) && holdsStageNames(rows, 0, 1, names) ? 1 : 0;
    case "history":
      return unknownText(first[1]) && isHeaderText(first[2]) ? 1 : 0;
    case "matrix":
      // Titles that name a stage, or titles over dates: a matrix of "x" has no header.
      return isHeaderRow(first) &&
        (first.some((v) => stageOfHeader(names, v as string) !== undefined) ||
          isHeaderOverData(rows))
        ? 1
        : 0;
  }
}

/** A cell's place in a message: "row 4" in a column of records, "item 4" across a row. */
function cellLabel(row: number, col: number, across: boolean): string {
  return across ? itemLabel(col) : `row ${row + 1}`;
}

const MAP_HINT =
  "add each to the stage table's CRM names (the stage map's first column) with the funnel stage it counts as, or with none for a name that ends a record (Closed Lost)";
const MAP_HINT_ONE =
  "add it to the stage table's CRM names (the stage map's first column) with the funnel stage it counts as, or with none for a name that ends a record (Closed Lost)";
const LIST_HINT =
  "add them to stage_order, or give a stage map (CRM name, funnel stage), such as Funnel_Map, that names them";
const LIST_HINT_ONE =
  "add it to stage_order, or give a stage map (CRM name, funnel stage), such as Funnel_Map, that names it";

/**
 * Every unknown name found (up to ten) and where to add them: the stage list, or the CRM names
 * column of the stage table that makes the map.
 */
export function unknownNames(
  u: Unknowns,
  names: StageNamesArg,
  label: (row: number, col: number) => string,
): never {
  const first = u.unknown[0]!;
  if (!names.isMap && u.unknown.every((n) => n.numeric)) {
    // Numbers where names belong: most likely counts per stage given with stage_order.
    fail(
      "data",
      `${label(first.row, first.col)} is ${describe(Number(first.text))}, which is not in stage_order (for counts per stage, leave stage_order out)`,
    );
  }
  const only = u.count === 1 ? first : undefined;
  if (only !== undefined) {
    const shown = only.numeric ? describe(Number(only.text)) : describe(only.text);
    const hint = names.isMap ? MAP_HINT_ONE : LIST_HINT_ONE;
    fail("data", `${label(only.row, only.col)} is ${shown}, which is not in stage_order — ${hint}`);
  }
  const listed = u.unknown.map((n) => `${describe(n.text)} (${label(n.row, n.col)})`).join(", ");
  const more = u.count > u.unknown.length ? ` and ${u.count - u.unknown.length} more` : "";
  fail(
    "data",
    `${u.count} names are not in stage_order: ${listed}${more} — ${names.isMap ? MAP_HINT : LIST_HINT}`,
  );
}

function badCell(cell: BadCell, rows: readonly (readonly unknown[])[], across: boolean): never {
  const v = rows[cell.row]![cell.col];
  const where = across ? itemLabel(cell.col) : `row ${cell.row + 1}`;
  if (cell.bad === "stage") {
    fail(
      "data",
      `${where} is ${describe(v)} — a record log holds each record's stage name as text`,
    );
  }
  if (cell.bad === "status") {
    fail(
      "data",
      `row ${cell.row + 1}, column ${cell.col + 1} is ${describe(v)}, which is no status this reads — use ${STATUS_HELP}`,
    );
  }
  fail(
    "data",
    `row ${cell.row + 1}, column ${cell.col + 1} is ${whyNotADate(v)} — enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty`,
  );
}

/**
 * How this call reads ambiguous year-last dates (03/04/2026): as the argument's other dates show
 * (15/03/2026 is day first, 3/15/2026 month first), else as the spreadsheet's locale writes
 * dates. Decided once, on the first ambiguous date; an argument showing both orders is an error.
 */
export function dayOrderOf(
  rows: readonly (readonly unknown[])[],
  firstRow: number,
  argument: string,
): () => DayOrder {
  let order: DayOrder | undefined;
  return () => {
    if (order !== undefined) return order;
    const evidence = dayOrderEvidence(rows, firstRow);
    const { dmy, mdy } = evidence;
    if (dmy !== undefined && mdy !== undefined) {
      fail(
        argument,
        `mixes two date formats: row ${dmy.row + 1} has "${dmy.text}" (day first) and row ${mdy.row + 1} "${mdy.text}" (month first) — give the column one format, or write dates as 2026-03-15`,
      );
    }
    order =
      dmy !== undefined ? "dmy" : mdy !== undefined ? "mdy" : dayOrderOfLocale(spreadsheetLocale());
    return order;
  };
}

/** Columns of a stage-date matrix as funnel stages: by header, or one per stage in order. */
function columnsOf(
  rows: readonly (readonly unknown[])[],
  header: number,
  names: StageNamesArg,
): Int32Array {
  const width = rows[0]!.length;
  const k = names.stages.length;
  if (header === 1) {
    const columns = matrixColumns(rows[0]!, names);
    if (columns instanceof Int32Array) return columns;
    if (columns.repeated !== undefined) {
      const [a, b] = columns.repeated;
      fail(
        "data",
        `columns ${a + 1} and ${b + 1} name the same stage — select one date column per stage (for HubSpot, the "Date entered" columns)`,
      );
    }
    return unknownNames(
      columns.unknown as Unknowns,
      names,
      (_row, col) => `the header of column ${col + 1}`,
    );
  }
  if (width !== k) {
    if (!names.isMap) {
      fail(
        "stage_order",
        `has ${k} name${k === 1 ? "" : "s"} but data has ${width} stage column${width === 1 ? "" : "s"} — give one name per column of the stage-date matrix, or leave stage_order out`,
      );
    }
    fail(
      "data",
      `has ${width} columns but the stage map has ${k} funnel stages — add a header row naming each column's stage as the CRM exports it, or select one column per funnel stage in order`,
    );
  }
  return Int32Array.from({ length: width }, (_, c) => c);
}

/** What STAGE_CONVERSION reads from records with stage names, and how the result runs. */
export interface ReachReading {
  reach: FunnelReach;
  orientation: Orientation;
}

function readHistoryOrFail(
  rows: readonly (readonly unknown[])[],
  names: StageNamesArg,
  header: number,
): HistoryRecords {
  const clock = new ZoneClock(spreadsheetTimeZone);
  const h = readHistory(rows, names, header, clock, dayOrderOf(rows, header, "data"));
  if ("bad" in h) badCell(h, rows, false);
  if ("unknown" in h) unknownNames(h, names, (row) => `row ${row + 1}`);
  return h;
}

/** Records in any layout with stage names, as how far each got (STAGE_CONVERSION). */
export function readReach(
  rows: readonly (readonly unknown[])[],
  names: StageNamesArg,
  strict: boolean,
): ReachReading {
  const k = names.stages.length;
  if (rows.length === 0) {
    const zero = new ArrayOf<number>(k).fill(0);
    return {
      reach: { highWater: zero, openAt: zero.slice(), showsClosed: false },
      orientation: names.orientation,
    };
  }
  const layout = layoutOf(rows, names);
  const header = headerRows(rows, layout, names);
  if (layout === "matrix") {
    const columns = columnsOf(rows, header, names);
    return { reach: mappedMatrixReach(rows, header, columns, k, strict), orientation: "row" };
  }
  if (layout === "history") {
    return {
      reach: historyReach(readHistoryOrFail(rows, names, header), strict, names.hasLost),
      orientation: "column",
    };
  }
  const across = rows.length === 1;
  const reading = readRecordLog(rows, names, 0, layout === "status log" ? 1 : -1, header);
  if ("bad" in reading) badCell(reading, rows, across);
  if ("unknown" in reading) unknownNames(reading, names, (row, col) => cellLabel(row, col, across));
  return {
    reach: reading,
    orientation: layout === "status log" ? "column" : names.orientation,
  };
}

/**
 * What to do with a stage-date matrix's columns whose titles name no stage: `"error"` names them
 * (a typing mistake in a stage name shows), `"ignore"` leaves them out, so a whole export pasted
 * as it came (Record ID, Deal Name, … beside the stage date columns) reads its stage columns.
 */
export type OtherColumns = "error" | "ignore";
export const OTHER_COLUMNS: readonly OtherColumns[] = ["error", "ignore"];

/** The block without its trailing columns that hold nothing (a paste area wider than its export). */
function withoutEmptyColumns(rows: readonly (readonly unknown[])[]): (readonly unknown[])[] {
  let width = 0;
  for (const row of rows) {
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  return rows.map((row) => (row.length > width ? row.slice(0, width) : row));
}

/**
 * A whole export's stage date columns, by the first row's titles: each title that names a stage
 * (or a name known as no funnel stage) is read as that stage's column; every other column is left
 * out (as {@link NOT_A_STAGE}, which dates never read). Two titles of one name are an error.
 */
function namedColumnsOnly(
  rows: readonly (readonly unknown[])[],
  names: StageNamesArg,
  argument: string,
): Int32Array {
  return namedColumns(rows, names, argument).columns;
}

/** {@link namedColumnsOnly}'s reading, and which columns (0-based) have a title it knows. */
function namedColumns(
  rows: readonly (readonly unknown[])[],
  names: StageNamesArg,
  argument: string,
): { columns: Int32Array; titled: number[] } {
  const header = rows[0]!;
  const columns = new Int32Array(header.length).fill(NOT_A_STAGE);
  const titled: number[] = [];
  const seen = new Map<string, number>();
  let named = 0;
  for (let c = 0; c < header.length; c++) {
    const title = header[c];
    if (!isHeaderText(title)) continue;
    const found = stageOfHeader(names, title as string);
    if (found === undefined) continue;
    const earlier = seen.get(found.key);
    if (earlier !== undefined) {
      fail(
        argument,
        `columns ${earlier + 1} and ${c + 1} name the same stage — keep one date column per stage (for HubSpot, the "Date entered" columns)`,
      );
    }
    seen.set(found.key, c);
    columns[c] = found.stage;
    titled.push(c);
    if (found.stage !== NOT_A_STAGE) named++;
  }
  if (named === 0) {
    fail(
      argument,
      `has no column whose title names a funnel stage — paste the export with its header row, and add the CRM's stage names to the stage table's CRM names (the stage map's first column)`,
    );
  }
  return { columns, titled };
}

function ignoreNeedsNames(names: StageNamesArg | undefined): asserts names is StageNamesArg {
  if (names === undefined) {
    fail(
      "other_columns",
      '"ignore" picks the columns by their titles, which needs stage_order — give the stage map, such as Funnel_Map',
    );
  }
}

/**
 * STAGE_CONVERSION's `other_columns` "ignore": a stage-date matrix pasted as a whole export, cut
 * to the columns whose titles name a stage or a name known as no funnel stage (Closed Lost,
 * which still closes its records); the record's other properties (Record ID, Deal Name) and empty
 * columns are left out. A log or a history is read as it is, as STAGE_DAYS reads them.
 */
export function stageColumnsOnly(
  rows: readonly (readonly unknown[])[],
  names: StageNamesArg | undefined,
): unknown[][] {
  ignoreNeedsNames(names);
  const trimmed = withoutEmptyColumns(rows);
  if (trimmed.length < 2 || layoutOf(trimmed, names) !== "matrix") {
    return trimmed.map((row) => row.slice());
  }
  const { titled } = namedColumns(trimmed, names, "data");
  return trimmed.map((row) => titled.map((c) => row[c]));
}

/**
 * The date each record entered each stage (STAGE_DAYS, COHORT_CONVERSION): a stage-date matrix
 * (with or without stage names; a header row is skipped) or, with stage names, a stage history.
 * With `otherColumns` "ignore", a matrix's first row titles its columns and only the columns
 * whose titles name a stage are read.
 */
export function readStageDatesArg(
  rows: readonly (readonly unknown[])[],
  names: StageNamesArg | undefined,
  argument: string,
  minStages: number,
  otherColumns: OtherColumns = "error",
): StageDates {
  if (otherColumns === "ignore") {
    ignoreNeedsNames(names);
    rows = withoutEmptyColumns(rows);
  }
  const width = rows.length > 0 ? rows[0]!.length : 0;
  const clock = new ZoneClock(spreadsheetTimeZone);
  if (names === undefined) {
    const header = isHeaderOverData(rows) ? 1 : 0;
    if (width < minStages) tooFewColumns(width, argument, minStages);
    const read = readStageDates(
      header === 1 ? rows.slice(1) : rows,
      clock,
      dayOrderOf(rows, header, argument),
    );
    if ("wall" in read) return read;
    const row = read.row + header;
    fail(
      argument,
      `row ${row + 1}, column ${read.col + 1} is ${whyNotADate(rows[row]![read.col])} — enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty`,
    );
  }
  const k = names.stages.length;
  if (k < minStages) {
    fail("stage_order", `has ${k} funnel stage${k === 1 ? "" : "s"} — give at least ${minStages}`);
  }
  if (width === 0) tooFewColumns(0, argument, minStages);
  const datesOnly = rows.length === 1 || (width === 1 && !holdsStageNames(rows, 0, 0, names));
  const layout = datesOnly ? "matrix" : layoutOf(rows, names);
  if (layout === "log" || layout === "status log") {
    fail(
      argument,
      "holds each record's stage but no dates — days in stage and cohorts need the date each stage was entered: use a stage history (record id, stage, date) or one date column per stage",
    );
  }
  if (layout === "history") {
    const header = headerRows(rows, layout, names);
    return historyDates(withArgument(argument, () => readHistoryOrFail(rows, names, header)));
  }
  const named = otherColumns === "ignore" && rows.length > 1;
  const header = named ? 1 : headerRows(rows, layout, names);
  const columns = named
    ? namedColumnsOnly(rows, names, argument)
    : withArgument(argument, () => columnsOf(rows, header, names));
  const dates = mappedMatrixDates(
    rows,
    header,
    columns,
    k,
    clock,
    dayOrderOf(rows, header, argument),
  );
  if ("wall" in dates) return dates;
  return withArgument(argument, () => badCell(dates, rows, false));
}

/** Runs `read`, re-labelling a "data" error with this function's argument name. */
function withArgument<T>(argument: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (
      argument !== "data" &&
      e instanceof Error &&
      (e as { argument?: string }).argument === "data"
    ) {
      fail(argument, e.message);
    }
    throw e;
  }
}

function tooFewColumns(width: number, argument: string, minStages: number): never {
  fail(
    argument,
    `has ${width === 0 ? "no cells" : `${width} column${width === 1 ? "" : "s"}`} — select one column of dates per stage (at least ${minStages}), one row per record`,
  );
}
