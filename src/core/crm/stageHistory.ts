/** A CRM stage history (SPEC §3, "Layouts"): one row per stage change — record id, stage, date. */
import { isBlank, isDate } from "../cellValue";
import type { DayOrder } from "../dateText";
import { ArrayOf, NEGATIVE_INFINITY, NOT_A_NUMBER, toText } from "../intrinsics";
import { NOT_A_DATE, readDateCell, type ZoneClock } from "../localDates";
import type { StageDates } from "../stageDates";
import { NOT_A_STAGE, type StageNames } from "../stageMap";
import type { BadCell, FunnelReach, Unknowns } from "./records";
import { NOT_TEXT, resolveStage, UNKNOWN, UnknownList } from "./stageCells";

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
