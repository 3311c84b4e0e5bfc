/**
 * CRM exports as they come (SPEC §3, "Layouts"): a record log (each record's stage, with an
 * optional status column), a stage history (one row per stage change: record id, stage, date) and
 * a stage-date matrix whose columns the CRM names. Each reader turns its layout into what the
 * funnel math needs — how many records stopped at each stage, which of them are still open, and
 * the date each record first entered each stage — or reports what it could not read, without a
 * message (src/functions words those).
 *
 * Exports repeat a handful of spellings, so each distinct stage value is resolved once.
 */
import { isBlank, isDate, parseNumberText } from "./cellValue";
import { scanDateText, type DayOrder } from "./dateText";
import { NOT_A_DATE, readDateCell, type ZoneClock } from "./localDates";
import type { StageDates } from "./stageDates";
import { isReached } from "./stageMatrix";
import { ArrayOf, NEGATIVE_INFINITY, NOT_A_NUMBER, toText } from "./intrinsics";
import { NOT_A_STAGE, stageOfHeader, stageOfName, type StageNames } from "./stageMap";
import { normaliseStageName } from "./stageName";
import { statusWordList, type RecordStatus } from "./recordStatus";

export { STATUS_HELP, type RecordStatus } from "./recordStatus";

/** At most this many unknown names are listed in a message. */
export const MAX_UNKNOWN = 10;

/** A name the stage names do not know, where it first occurs (0-based row and column). */
export interface UnknownName {
  text: string;
  row: number;
  col: number;
  /** The cell held a number (counts given with stage names, perhaps). */
  numeric: boolean;
}

/** Every distinct unknown name (the first {@link MAX_UNKNOWN}) and how many there are. */
export interface Unknowns {
  unknown: UnknownName[];
  count: number;
}

/** A cell that cannot be read: a stage that is not text, a date that is not one, a status word. */
export interface BadCell {
  bad: "stage" | "date" | "status";
  row: number;
  col: number;
}

/** How many records stopped at each stage, and which of them are still open. */
export interface FunnelReach {
  /** Records whose furthest stage is each stage, top first. */
  highWater: number[];
  /** Of those, the records still open (not won, lost or otherwise closed). */
  openAt: number[];
  /** Whether the data shows which records are closed (a status, or a lost stage or column). */
  showsClosed: boolean;
}

/** Text that can only be a header: not blank, not a number, not a date. */
export function isHeaderText(v: unknown): boolean {
  if (typeof v !== "string" || isBlank(v)) return false;
  const text = v.trim();
  return scanDateText(text) === undefined && parseNumberText(text) === undefined;
}

/** A first row of text only (no blanks, numbers, dates or TRUE/FALSE): column titles. */
export function isHeaderRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isHeaderText(row[c])) return false;
  return row.length > 0;
}

/**
 * A first row of titles over records that hold dates, numbers or TRUE/FALSE: the header of a
 * stage-date matrix read without stage names. A matrix of text only ("x" for reached) has no
 * header to find: its first row is a record, as it always was.
 */
export function isHeaderOverData(rows: readonly (readonly unknown[])[]): boolean {
  if (rows.length < 2 || !isHeaderRow(rows[0]!)) return false;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number" || typeof v === "boolean" || isDate(v)) return true;
      if (typeof v === "string" && !isBlank(v) && scanDateText(v.trim()) !== undefined) return true;
    }
  }
  return false;
}

class UnknownList implements Unknowns {
  unknown: UnknownName[] = [];
  count = 0;
  private readonly seen = new Set<string>();

  add(value: unknown, row: number, col: number): void {
    const text = stageText(value) ?? "";
    const key = normaliseStageName(text);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.count++;
    if (this.unknown.length < MAX_UNKNOWN) {
      this.unknown.push({ text: text.trim(), row, col, numeric: typeof value === "number" });
    }
  }
}

/** A stage cell's text: text as it is, a finite number as text, undefined for anything else. */
function stageText(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" && v - v === 0) return toText(v);
  return undefined;
}

/** What a stage cell resolves to besides a stage index. */
const UNKNOWN = -2;
const NOT_TEXT = -3;
const BLANK = -4;

function resolveStage(names: StageNames, v: unknown): number {
  const text = stageText(v);
  if (text === undefined) return NOT_TEXT;
  return stageOfName(names, text) ?? UNKNOWN;
}

/**
 * Whether column `col` (from `firstRow`) holds stage names: some cell is a name the stage names
 * know, and no cell is a date, TRUE or FALSE. This is how a block tells a history or a log with
 * status from a stage-date matrix.
 */
export function holdsStageNames(
  rows: readonly (readonly unknown[])[],
  col: number,
  firstRow: number,
  names: StageNames,
): boolean {
  let known = false;
  const checked = new Set<unknown>();
  for (let r = firstRow; r < rows.length; r++) {
    const v = rows[r]![col];
    if (checked.has(v)) continue;
    checked.add(v);
    if (typeof v === "boolean" || isDate(v)) return false;
    if (!known && typeof v === "string" && stageOfName(names, v) !== undefined) known = true;
  }
  return known;
}

/**
 * Whether column `col` (from `firstRow`) reads as names even when none is known: some text, and
 * nothing but text that is not a date (no dates, numbers or TRUE/FALSE). A history or log with
 * status whose names are all unknown is then read as one, so the unknown names are reported.
 */
export function holdsOnlyText(
  rows: readonly (readonly unknown[])[],
  col: number,
  firstRow: number,
): boolean {
  let text = false;
  for (let r = firstRow; r < rows.length; r++) {
    const v = rows[r]![col];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || scanDateText(v.trim()) !== undefined) return false;
    text = true;
  }
  return text;
}

let statusWords: Map<string, RecordStatus> | undefined;

/** The status words by their folded form. Built on first use, never at load (SPEC §8). */
function statusVocabulary(): Map<string, RecordStatus> {
  if (statusWords !== undefined) return statusWords;
  const map = new Map<string, RecordStatus>();
  for (const [status, list] of statusWordList()) {
    for (const w of list) map.set(normaliseStageName(w), status);
  }
  statusWords = map;
  return map;
}

/** A status cell: blank is open (nothing closed it), TRUE/1 closed, FALSE/0 open. */
export function statusOf(v: unknown): RecordStatus | undefined {
  if (isBlank(v)) return "open";
  if (typeof v === "boolean") return v ? "closed" : "open";
  if (typeof v === "number") return v === 1 ? "closed" : v === 0 ? "open" : undefined;
  if (typeof v !== "string") return undefined;
  return statusVocabulary().get(normaliseStageName(v));
}

/**
 * A record log: the stage in column `stageCol` of each row from `firstRow` (or, for a log laid out
 * as one row, each cell of that row), with an optional status column (-1 for none). Blank stages
 * are skipped; a name known as no funnel stage leaves its record out (where it stopped is not in
 * the name), unless its status says won; a status of deleted leaves it out too.
 */
export function readRecordLog(
  rows: readonly (readonly unknown[])[],
  names: StageNames,
  stageCol: number,
  statusCol: number,
  firstRow: number,
): FunnelReach | Unknowns | BadCell {
  const k = names.stages.length;
  const highWater = new ArrayOf<number>(k).fill(0);
  const openAt = new ArrayOf<number>(k).fill(0);
  const unknowns = new UnknownList();
  const resolved = new Map<unknown, number>();
  // One row of records (a log laid out across) reads its cells; otherwise one row per record.
  const across = rows.length === 1 && statusCol < 0;
  const n = across ? rows[0]!.length : rows.length;
  for (let i = firstRow; i < n; i++) {
    const v = across ? rows[0]![i] : rows[i]![stageCol];
    let stage = resolved.get(v);
    if (stage === undefined) {
      stage = isBlank(v) ? BLANK : resolveStage(names, v);
      resolved.set(v, stage);
    }
    if (stage === BLANK) continue;
    const row = across ? 0 : i;
    const col = across ? i : stageCol;
    if (stage === NOT_TEXT) return { bad: "stage", row, col };
    if (stage === UNKNOWN) {
      unknowns.add(v, row, col);
      continue;
    }
    let open = false;
    if (statusCol >= 0) {
      const status = statusOf(rows[i]![statusCol]);
      if (status === undefined) return { bad: "status", row: i, col: statusCol };
      if (status === "deleted") continue;
      if (status === "won") stage = k - 1;
      open = status === "open" && stage !== k - 1;
    }
    if (stage === NOT_A_STAGE) continue;
    highWater[stage]!++; // 0 ≤ stage < k, the arrays' length
    if (open) openAt[stage]!++;
  }
  if (unknowns.count > 0) return unknowns;
  return { highWater, openAt, showsClosed: statusCol >= 0 };
}

/** Each record of a stage history, read once: its furthest stage, dates and whether it closed. */
export interface HistoryRecords {
  records: number;
  stages: number;
  /** Per record: its furthest funnel stage (-1 for none). */
  furthest: Int32Array;
  /** Per record: 1 when its last event closed it (a lost name) or it reached the last stage. */
  closed: Uint8Array;
  /** Records × stages: 1 where the record entered the stage. */
  entered: Uint8Array;
  /** Records × stages: when the record first entered the stage (wall ms), NaN if never or undated. */
  wall: Float64Array;
}

/**
 * A stage history: one row per stage change — record id, stage, date — in any order, from
 * `firstRow`. Rows without an id or a stage are skipped. A record reached the furthest funnel
 * stage it ever entered; it entered a stage on its earliest date there; its latest event decides
 * whether it is closed (a name known as no funnel stage, as Closed Lost; a later funnel event
 * reopens it), and so does reaching the last stage.
 */
export function readHistory(
  rows: readonly (readonly unknown[])[],
  names: StageNames,
  firstRow: number,
  clock: ZoneClock,
  dayOrder: () => DayOrder,
): HistoryRecords | Unknowns | BadCell {
  const k = names.stages.length;
  const ids = new Map<string, number>();
  const furthest: number[] = [];
  const latest: number[] = [];
  const latestLost: boolean[] = [];
  const anyLost: boolean[] = [];
  const entered: number[] = [];
  const wall: number[] = [];
  const unknowns = new UnknownList();
  const resolved = new Map<unknown, number>();
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r]!;
    const id = row[0];
    const v = row[1];
    if (isBlank(id) || isBlank(v)) continue;
    let stage = resolved.get(v);
    if (stage === undefined) {
      stage = resolveStage(names, v);
      resolved.set(v, stage);
    }
    if (stage === NOT_TEXT) return { bad: "stage", row: r, col: 1 };
    if (stage === UNKNOWN) {
      unknowns.add(v, r, 1);
      continue;
    }
    const when = readDateCell(row[2], clock, dayOrder);
    if (when === NOT_A_DATE) return { bad: "date", row: r, col: 2 };
    const key = typeof id === "string" ? id.trim() : isDate(id) ? `d${+id}` : toText(id);
    let rec = ids.get(key);
    if (rec === undefined) {
      rec = furthest.length;
      ids.set(key, rec);
      furthest.push(-1);
      latest.push(NEGATIVE_INFINITY);
      latestLost.push(false);
      anyLost.push(false);
      for (let s = 0; s < k; s++) {
        entered.push(0);
        wall.push(NOT_A_NUMBER);
      }
    }
    const lost = stage === NOT_A_STAGE;
    if (lost) anyLost[rec] = true;
    else {
      if (stage > furthest[rec]!) furthest[rec] = stage;
      const at = rec * k + stage;
      entered[at] = 1;
      // NaN (undated) never replaces a date, and fails `<` itself.
      if (!(wall[at]! <= when)) wall[at] = when === when ? when : wall[at]!;
    }
    // The latest dated event decides; at the same instant a closing event wins.
    if (when > latest[rec]! || (when === latest[rec] && lost)) {
      latest[rec] = when;
      latestLost[rec] = lost;
    }
  }
  if (unknowns.count > 0) return unknowns;
  const records = furthest.length;
  const closed = new Uint8Array(records);
  for (let rec = 0; rec < records; rec++) {
    const dated = latest[rec] !== NEGATIVE_INFINITY;
    closed[rec] = furthest[rec] === k - 1 || (dated ? latestLost[rec] : anyLost[rec]) ? 1 : 0;
  }
  return {
    records,
    stages: k,
    furthest: Int32Array.from(furthest),
    closed,
    entered: Uint8Array.from(entered),
    wall: Float64Array.from(wall),
  };
}

/**
 * The furthest stage of each history record as {@link FunnelReach}. `strict` counts a record
 * only as far as it entered every stage from the first.
 */
export function historyReach(
  h: HistoryRecords,
  strict: boolean,
  showsClosed: boolean,
): FunnelReach {
  const k = h.stages;
  const highWater = new ArrayOf<number>(k).fill(0);
  const openAt = new ArrayOf<number>(k).fill(0);
  for (let rec = 0; rec < h.records; rec++) {
    let mark = h.furthest[rec]!;
    if (strict) {
      mark = -1;
      while (mark + 1 < k && h.entered[rec * k + mark + 1] === 1) mark++;
    }
    if (mark < 0) continue;
    highWater[mark]!++; // 0 ≤ mark < k, the arrays' length
    if (h.closed[rec] === 0) openAt[mark]!++;
  }
  return { highWater, openAt, showsClosed };
}

/** The history's first-entry dates as a stage-date matrix, for STAGE_DAYS and COHORT_CONVERSION. */
export function historyDates(h: HistoryRecords): StageDates {
  return { records: h.records, stages: h.stages, wall: h.wall };
}

/** A header the stage names do not know, or two columns of the same name. */
export interface HeaderProblem {
  unknown?: Unknowns;
  /** Two columns (0-based) that name the same stage name. */
  repeated?: [number, number];
}

/**
 * Which funnel stage each column of a stage-date matrix holds, from its header (core/stageMap's
 * header rule): a stage index, or {@link NOT_A_STAGE} for a column of a name that is no funnel
 * stage (Closed Lost), which counts for no stage but shows its records closing.
 */
export function matrixColumns(
  header: readonly unknown[],
  names: StageNames,
): Int32Array | HeaderProblem {
  const columns = new Int32Array(header.length);
  const unknowns = new UnknownList();
  const seen = new Map<string, number>();
  for (let c = 0; c < header.length; c++) {
    const v = header[c];
    const text = stageText(v) ?? "";
    const found = text === "" || isBlank(text) ? undefined : stageOfHeader(names, text);
    if (found === undefined) {
      unknowns.add(isBlank(text) ? `(column ${c + 1} has no title)` : v, 0, c);
      continue;
    }
    const earlier = seen.get(found.key);
    if (earlier !== undefined) return { repeated: [earlier, c] };
    seen.set(found.key, c);
    columns[c] = found.stage;
  }
  return unknowns.count > 0 ? { unknown: unknowns } : columns;
}

/**
 * How far each row of a stage-date matrix got, its columns mapped to stages by `columns`: a
 * stage is reached when any of its columns is; "strict" counts a row only as far as it reached
 * every stage from the first. A row is closed when it reached the last stage or has a date in a
 * lost column.
 */
export function mappedMatrixReach(
  rows: readonly (readonly unknown[])[],
  firstRow: number,
  columns: Int32Array,
  k: number,
  strict: boolean,
): FunnelReach {
  const highWater = new ArrayOf<number>(k).fill(0);
  const openAt = new ArrayOf<number>(k).fill(0);
  const has = new Uint8Array(k);
  let lostColumns = false;
  for (let c = 0; c < columns.length; c++) if (columns[c] === NOT_A_STAGE) lostColumns = true;
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r]!;
    has.fill(0);
    let lost = false;
    let top = -1;
    for (let c = 0; c < columns.length; c++) {
      if (!isReached(row[c])) continue;
      const stage = columns[c]!;
      if (stage === NOT_A_STAGE) lost = true;
      else {
        has[stage] = 1;
        if (stage > top) top = stage;
      }
    }
    let mark = top;
    if (strict) {
      mark = -1;
      while (mark + 1 < k && has[mark + 1] === 1) mark++;
    }
    if (mark < 0) continue;
    highWater[mark]!++; // 0 ≤ mark < k, the arrays' length
    if (!lost && top !== k - 1) openAt[mark]!++;
  }
  return { highWater, openAt, showsClosed: lostColumns };
}

/**
 * A mapped stage-date matrix as one date per record and funnel stage: the earliest of the
 * stage's columns (several CRM stages may make one funnel stage); lost columns are left out. The
 * first cell that is not a date is reported.
 */
export function mappedMatrixDates(
  rows: readonly (readonly unknown[])[],
  firstRow: number,
  columns: Int32Array,
  k: number,
  clock: ZoneClock,
  dayOrder: () => DayOrder,
): StageDates | BadCell {
  const records = rows.length - firstRow;
  const wall = new Float64Array(records * k).fill(NOT_A_NUMBER);
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r]!;
    const base = (r - firstRow) * k;
    for (let c = 0; c < columns.length; c++) {
      const stage = columns[c]!;
      if (stage === NOT_A_STAGE) continue;
      const v = readDateCell(row[c], clock, dayOrder);
      if (v === NOT_A_DATE) return { bad: "date", row: r, col: c };
      if (v === v && !(wall[base + stage]! <= v)) wall[base + stage] = v;
    }
  }
  return { records, stages: k, wall };
}
