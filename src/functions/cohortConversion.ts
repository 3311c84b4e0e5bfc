import { COHORT_PERIODS, cohortTable, MAX_PERIODS, periodLabel } from "../core/cohorts";
import { isoDay, MS_PER_DAY } from "../core/localDates";
import { fail } from "./errors";
import { readStageDatesArg } from "./crmData";
import { option, singleNumber, withDefault } from "./kinds";
import { nonNegativeRule } from "./numbers";
import { defineFunction, ONE_CELL, stagesNamedBy, type FunctionDocs } from "./registry";
import { STAGE_DATES_DOCS, STAGE_NAMES_DOCS, stageDatesRange } from "./stageDates";
import { stageNames } from "./stageNames";
import type { Cell, Grid } from "./values";
import { ArrayOf } from "../core/intrinsics";

export const COHORT_CONVERSION = defineFunction({
  name: "COHORT_CONVERSION",
  params: [
    { name: "stage_dates", kind: stageDatesRange(1) },
    { name: "period", kind: option(COHORT_PERIODS, "month"), optional: true },
    {
      name: "within_days",
      kind: withDefault(singleNumber(nonNegativeRule("a number of days", "30")), undefined),
      optional: true,
    },
    { name: "stage_order", kind: withDefault(stageNames(), undefined), optional: true },
  ],
  impl(rows, period, withinDays, names) {
    const dates = readStageDatesArg(rows, names, "stage_dates", 1);
    const within = withinDays === undefined ? Infinity : withinDays * MS_PER_DAY;
    const table = cohortTable(dates, period, within);
    if (table === undefined) {
      fail(
        "stage_dates",
        "holds no dates — each record needs the date it entered the funnel, e.g. in the first column",
      );
    }
    if (!("sizes" in table)) {
      fail(
        "stage_dates",
        `spans ${table.periods} ${period}s, from ${isoDay(table.earliest)} to ${isoDay(table.latest)}; at most ${MAX_PERIODS} give a readable table — check those dates for a typing mistake, or use a longer period`,
      );
    }
    const { sizes, reached, stages, firstKey } = table;
    const out = new ArrayOf<Grid[number]>(sizes.length);
    for (let p = 0; p < sizes.length; p++) {
      const n = sizes[p]!;
      const row = new ArrayOf<Cell>(stages + 1);
      row[0] = periodLabel(firstKey + p, period);
      row[1] = n;
      for (let c = 1; c < stages; c++) row[c + 1] = n === 0 ? "" : reached[p * stages + c]! / n;
      out[p] = row;
    }
    return out;
  },
});

/**
 * COHORT_CONVERSION's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const COHORT_CONVERSION_DOCS: FunctionDocs = {
  summary:
    "Cohort analysis: per intake period, how many records entered and the share that reached each later stage.",
  spill([dates = ONE_CELL, , , stageOrder]) {
    // The number of periods depends on the dates, not on the shape: declare the most there can be.
    return { rows: MAX_PERIODS, cols: (stagesNamedBy(stageOrder) ?? dates.cols) + 1 };
  },
  details: [
    "`stage_dates` has one row per record and one column per stage, top first, as for STAGE_DAYS (a header row is skipped; with `stage_order`, a list or a stage map such as Funnel_Map, columns are matched by their header and a stage history — record id, stage, date — works too). A record's cohort is the period of its first stage's date, or of its earliest date when it has none; rows with no date are skipped.",
    'One row per period from the first cohort to the last, in time order, periods without records included (a count of 0 and empty shares). Columns: the period as text ("2026-01", "2026-Q1", or the ISO week "2026-W03", Monday first, whose year is the year of its Thursday: 29 Dec 2025 is in "2026-W01"), the number of records, then for each stage after the first the share of the cohort that reached it. A record that reached a later stage counts at every earlier one.',
    "`within_days` compares young and old cohorts fairly: a stage counts only when it was reached at most that many days (times of day included) after the cohort date. A later stage dated before the cohort date still counts.",
    // Plain text, not a template with MAX_PERIODS: a template literal would keep this object in the bundle.
    "Dates are read as the sheet shows them, in the spreadsheet's time zone (text with a zone, such as `2026-02-01T03:00:00Z`, is the instant it names). More than 600 periods is an error naming the earliest and latest dates (a stray date would otherwise spill thousands of rows).",
  ],
  params: {
    stage_dates: STAGE_DATES_DOCS,
    period: {
      description: 'Cohort length: "month", "quarter" or "week" (ISO weeks).',
      example: '"month"',
      default: '"month"',
    },
    within_days: {
      type: "number of days",
      description: "Count a stage only if reached within this many days of the cohort date.",
      example: "90",
      default: "no limit",
    },
    stage_order: STAGE_NAMES_DOCS,
  },
  returns:
    "One row per period: its label, the cohort's size, then the share reaching each later stage.",
  examples: [
    {
      formula: "=COHORT_CONVERSION(A2:C5)",
      result: '"2026-01", 2, 0.5, 0.5; "2026-02", 2, 1, 0.5',
      note: "records (3 Jan, 20 Jan, 1 Mar), (15 Jan, —, —), (2 Feb, 10 Feb, —), (20 Feb, 1 Apr, 15 Apr)",
    },
    {
      formula: '=COHORT_CONVERSION(A2:C5, "month", 30)',
      result: '"2026-01", 2, 0.5, 0; "2026-02", 2, 0.5, 0',
      note: "the same records, stages reached within 30 days",
    },
    {
      formula:
        '=COHORT_CONVERSION({"Deal", "Stage", "Date"; 1, "Demo", "2026-01-05 09:00"; 1, "Won", "2026-02-01"; 2, "Demo", "2026-01-20"}, "month", , {"Demo", "Opportunity"; "Won", "Customer"})',
      result: '"2026-01", 2, 0.5',
      note: "a stage history with its header row, read through a stage map",
    },
  ],
  errors: [
    "COHORT_CONVERSION: stage_dates: spans 1209 months, from 1926-01-05 to 2026-09-14; at most 600 give a readable table — check those dates for a typing mistake, or use a longer period",
    'COHORT_CONVERSION: stage_dates: row 12, column 1 is "1/15/26", a date with a two-digit year (format the column with four-digit years, as 3/15/2026) — enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty',
    'COHORT_CONVERSION: period: "year" is not an option — use one of "month", "quarter", "week"',
  ],
};
