import { DAY_STATISTICS, stageDays } from "../core/stageDays";
import { option } from "./kinds";
import { defineFunction, type FunctionDocs, ONE_CELL } from "./registry";
import { STAGE_DATES_DOCS, stageDateMatrix } from "./stageDates";
import type { Cell } from "./values";

export const STAGE_DAYS = defineFunction({
  name: "STAGE_DAYS",
  params: [
    { name: "stage_dates", kind: stageDateMatrix(2) },
    { name: "statistic", kind: option(DAY_STATISTICS, "median"), optional: true },
  ],
  impl(dates, statistic) {
    const days = stageDays(dates, statistic);
    const row = new Array<Cell>(days.length);
    for (let s = 0; s < days.length; s++) {
      const d = days[s];
      row[s] = d === undefined ? "" : d;
    }
    return [row];
  },
});

/**
 * STAGE_DAYS's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const STAGE_DAYS_DOCS: FunctionDocs = {
  summary:
    "Days in stage measured from CRM data: from entering each stage to entering the next, per stage.",
  spill([dates = ONE_CELL]) {
    return { rows: 1, cols: dates.cols };
  },
  details: [
    "`stage_dates` has one row per record and one column per stage, top first. Each cell is the date the record entered that stage — a date, a date serial or ISO text such as `2026-01-15` or `2026-01-15 14:30` — or empty (also FALSE, 0 or spaces) when it never did.",
    "For each stage but the last: the days from entering it to entering the next stage, over the records that have both dates. A record that skipped the next stage counts in neither interval around it; one whose later date is earlier is left out. Equal dates are 0 days; times of day give fractional days.",
    "Dates are read as the sheet shows them, in the spreadsheet's time zone, so a daylight-saving change never turns 10 days into 9.96.",
    "The result is a row with one value per stage, for the stage table's *Days in stage* (`TRANSPOSE` it for the table's column): the last stage's cell is empty, and so is the cell of a stage no record passed through. `statistic` \"p90\" is the 90th percentile, computed as `PERCENTILE.INC`.",
  ],
  params: {
    stage_dates: STAGE_DATES_DOCS,
    statistic: {
      description: 'How the intervals are summarised: "median", "mean" or "p90".',
      example: '"median"',
      default: '"median"',
    },
  },
  returns: "A row of days per stage (the last stage's cell empty).",
  examples: [
    {
      formula: "=STAGE_DAYS(B2:D4)",
      result: '15, 30, ""',
      note: "records (1 Jan, 11 Jan, 10 Feb), (5 Jan, 25 Jan, —), (10 Jan, —, —)",
    },
    { formula: '=STAGE_DAYS(Deals!C2:H5000, "p90")', result: "a row of days, one per stage" },
  ],
  errors: [
    'STAGE_DAYS: stage_dates: row 4, column 2 is TRUE, not a date — enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty',
    "STAGE_DAYS: stage_dates: has 1 column — select one column of dates per stage (at least 2), one row per record",
    'STAGE_DAYS: statistic: "average" is not an option — use one of "median", "mean", "p90"',
  ],
};
