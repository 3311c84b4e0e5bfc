import { DAY_STATISTICS, stageDays } from "../core/stageDays";
import { readStageDatesArg } from "./crmData";
import { option, withDefault } from "./kinds";
import { defineFunction, ONE_CELL, stagesNamedBy, type FunctionDocs } from "./registry";
import { STAGE_DATES_DOCS, STAGE_NAMES_DOCS, stageDatesRange } from "./stageDates";
import { stageNames } from "./stageNames";
import type { Cell } from "./values";
import { ArrayOf } from "../core/intrinsics";

export const STAGE_DAYS = defineFunction({
  name: "STAGE_DAYS",
  params: [
    { name: "stage_dates", kind: stageDatesRange(2) },
    { name: "statistic", kind: option(DAY_STATISTICS, "median"), optional: true },
    { name: "stage_order", kind: withDefault(stageNames(), undefined), optional: true },
  ],
  impl(rows, statistic, names) {
    const days = stageDays(readStageDatesArg(rows, names, "stage_dates", 2), statistic);
    const row = new ArrayOf<Cell>(days.length);
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
  spill([dates = ONE_CELL, , stageOrder]) {
    return { rows: 1, cols: stagesNamedBy(stageOrder) ?? dates.cols };
  },
  details: [
    "`stage_dates` has one row per record and one column per stage, top first. Each cell is the date the record entered that stage — a date, a date serial or a CRM's date text such as `2026-01-15 14:30`, `2026-01-15T14:30:00Z` or `1/15/2026 2:30 PM` — or empty (also FALSE, 0 or spaces) when it never did. A header row is skipped.",
    'With `stage_order` (a list or a stage map such as Funnel_Map), the columns are matched to stages by their header — HubSpot\'s `Date entered "Stage (Pipeline)"` columns work as exported; several CRM stages may make one funnel stage (entered on the earliest), and a column of a name mapped to no funnel stage (Closed Lost) is left out. `stage_dates` may then also be a stage history: record id, stage, date, one row per stage change in any order; each record entered a stage on its earliest date there.',
    "For each stage but the last: the days from entering it to entering the next stage, over the records that have both dates. A record that skipped the next stage counts in neither interval around it; one whose later date is earlier is left out. Equal dates are 0 days; times of day give fractional days.",
    "Dates are read as the sheet shows them, in the spreadsheet's time zone, so a daylight-saving change never turns 10 days into 9.96. Text with a zone (`Z`, `+02:00`) names an instant and is read in the spreadsheet's time zone like a date cell. An ambiguous text date (`03/04/2026`) is read in the order the argument's other dates show (`15/03/2026` is day first), else in the spreadsheet locale's order.",
    "The result is a row with one value per stage, for the stage table's *Days in stage* (`TRANSPOSE` it for the table's column): the last stage's cell is empty, and so is the cell of a stage no record passed through. `statistic` \"p90\" is the 90th percentile, computed as `PERCENTILE.INC`.",
  ],
  params: {
    stage_dates: STAGE_DATES_DOCS,
    statistic: {
      description: 'How the intervals are summarised: "median", "mean" or "p90".',
      example: '"median"',
      default: '"median"',
    },
    stage_order: STAGE_NAMES_DOCS,
  },
  returns: "A row of days per stage (the last stage's cell empty).",
  examples: [
    {
      formula: "=STAGE_DAYS(B2:D4)",
      result: '15, 30, ""',
      note: "records (1 Jan, 11 Jan, 10 Feb), (5 Jan, 25 Jan, —), (10 Jan, —, —)",
    },
    { formula: '=STAGE_DAYS(Deals!C2:H5000, "p90")', result: "a row of days, one per stage" },
    {
      formula:
        '=STAGE_DAYS({"A", "Demo", "2026-01-05"; "A", "Won", "2026-01-25"; "B", "Demo", "2026-01-10"; "B", "Won", "2026-01-20"}, , {"Demo", "Opportunity"; "Won", "Customer"})',
      result: '15, ""',
      note: "a stage history (record id, stage, date) read through a stage map",
    },
  ],
  errors: [
    'STAGE_DAYS: stage_dates: row 4, column 2 is TRUE, not a date — enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty',
    "STAGE_DAYS: stage_dates: has 1 column — select one column of dates per stage (at least 2), one row per record",
    'STAGE_DAYS: statistic: "average" is not an option — use one of "median", "mean", "p90"',
    "STAGE_DAYS: stage_dates: holds each record's stage but no dates — days in stage and cohorts need the date each stage was entered: use a stage history (record id, stage, date) or one date column per stage",
    'STAGE_DAYS: stage_dates: mixes two date formats: row 1 has "15/03/2026" (day first) and row 2 "3/16/2026" (month first) — give the column one format, or write dates as 2026-03-15',
  ],
};
