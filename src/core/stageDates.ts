/**
 * A stage-date matrix (one row per record, one column per stage, top first) read once into
 * wall-clock milliseconds, shared by STAGE_DAYS and COHORT_CONVERSION. One flat typed array keeps
 * the 100 000 × 7 case cheap: no per-row arrays, no per-cell objects.
 */
import type { DayOrder } from "./dateText";
import { NOT_A_DATE, readDateCell, type ZoneClock } from "./localDates";

export interface StageDates {
  records: number;
  stages: number;
  /** Row-major wall-clock milliseconds; NaN where a stage was not reached. */
  wall: Float64Array;
}

/** The first cell that is not a date (0-based), for the caller's message. */
export interface BadDateCell {
  row: number;
  col: number;
}

export function readStageDates(
  rows: readonly (readonly unknown[])[],
  clock: ZoneClock,
  dayOrder?: () => DayOrder,
): StageDates | BadDateCell {
  const records = rows.length;
  const stages = records > 0 ? rows[0].length : 0;
  const wall = new Float64Array(records * stages);
  let at = 0;
  for (let r = 0; r < records; r++) {
    const row = rows[r];
    for (let c = 0; c < stages; c++) {
      const v = readDateCell(row[c], clock, dayOrder);
      if (v === NOT_A_DATE) return { row: r, col: c };
      wall[at++] = v;
    }
  }
  return { records, stages, wall };
}
