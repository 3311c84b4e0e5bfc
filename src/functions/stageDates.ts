import { whyNotADate, ZoneClock } from "../core/localDates";
import { readStageDates, type StageDates } from "../core/stageDates";
import { fail } from "./errors";
import type { Kind } from "./kinds";
import type { ParamDocs } from "./registry";
import { toRows } from "./shapes";
import { spreadsheetTimeZone } from "./spreadsheetTimeZone";

/**
 * A stage-date matrix argument (SPEC §2.11): one row per record, one column per stage, each cell
 * a date, a date serial, ISO text or "not reached" (empty, FALSE, 0, spaces). Dates are read in
 * the spreadsheet's time zone, with a clock made for this call only. `minStages` is the fewest
 * columns that give a result.
 */
export function stageDateMatrix(minStages: number): Kind<StageDates> {
  return {
    shape: "range",
    coerce(value, argument) {
      const rows = toRows(value, argument);
      const stages = rows.length > 0 ? rows[0]!.length : 0;
      if (stages < minStages) {
        fail(
          argument,
          `has ${stages === 0 ? "no cells" : `${stages} column${stages === 1 ? "" : "s"}`} — select one column of dates per stage (at least ${minStages}), one row per record`,
        );
      }
      const read = readStageDates(rows, new ZoneClock(spreadsheetTimeZone));
      if ("wall" in read) return read;
      const cell = rows[read.row]![read.col];
      fail(
        argument,
        `row ${read.row + 1}, column ${read.col + 1} is ${whyNotADate(cell)} — enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty`,
      );
    },
  };
}

/** How STAGE_DAYS and COHORT_CONVERSION document their `stage_dates` (build-time only). */
export const STAGE_DATES_DOCS: ParamDocs = {
  type: "block of dates (one row per record, one column per stage)",
  description:
    "The date each record entered each stage, one column per stage (top first); empty where it never did.",
  example: "B2:H900",
};
