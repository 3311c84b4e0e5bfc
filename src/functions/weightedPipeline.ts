import { COHORT_PERIODS, periodKey, periodLabel, type CohortPeriod } from "../core/cohorts";
import { NOT_A_DATE, NOT_REACHED, readDateCell, whyNotADate, ZoneClock } from "../core/localDates";
import { PeriodPipeline } from "../core/weightedPipeline";
import { DEAL_AMOUNTS_DOCS, WIN_PROBABILITIES_DOCS } from "./bookingsOdds";
import { fail } from "./errors";
import { option, rawRange } from "./kinds";
import { cellAt, cellColumn, cellLabel, checkAligned, forEachDeal } from "./planningKinds";
import { defineFunction, type FunctionDocs } from "./registry";
import { rowsToList } from "./shapes";
import { spreadsheetTimeZone } from "./spreadsheetTimeZone";
import { dayOrderOf } from "./crmData";
import type { DayOrder } from "../core/dateText";
import { itemLabel } from "./values";

export const WEIGHTED_PIPELINE = defineFunction({
  name: "WEIGHTED_PIPELINE",
  params: [
    { name: "deal_amounts", kind: cellColumn() },
    { name: "win_probabilities", kind: cellColumn() },
    { name: "close_dates", kind: cellColumn() },
    { name: "periods", kind: rawRange() },
    { name: "period", kind: option(COHORT_PERIODS, "month"), optional: true },
  ],
  impl(amounts, probabilities, closeDates, periodRows, period) {
    checkAligned(amounts, "deal_amounts", closeDates, "close_dates");
    const clock = new ZoneClock(spreadsheetTimeZone);
    const { items, orientation } = rowsToList(periodRows, "periods");
    const periodOf = periodIndex(items, period, clock, dayOrderOf(periodRows, 0, "periods"));
    // CRM date-times as the rest of the add-on reads them: 03/04/2026 by the column's other
    // dates, else by the spreadsheet's locale.
    const closeOrder = dayOrderOf(closeDates.rows, 0, "close_dates");
    const totals = new PeriodPipeline(items.length);
    forEachDeal(amounts, probabilities, "deal_amounts", "win_probabilities", (row, amount, p) => {
      const cell = cellAt(closeDates, row);
      const wall = readDateCell(cell, clock, closeOrder);
      if (wall === NOT_A_DATE || wall === NOT_REACHED || wall !== wall) {
        fail(
          "close_dates",
          `${cellLabel(closeDates, row)}is ${wall === NOT_A_DATE ? whyNotADate(cell, closeOrder) : "empty"} — give every deal with an amount its expected close date`,
        );
      }
      const at = periodOf.get(periodKey(wall, period));
      if (at !== undefined) totals.add(at, amount, p);
    });
    const pipeline = Array.from(totals.pipeline);
    const weighted = Array.from(totals.weighted);
    if (orientation === "row") return [pipeline, weighted];
    return pipeline.map((x, i) => [x, weighted[i] ?? 0]);
  },
});

/** Each period header's period (as a key) → its position; one date per period. */
function periodIndex(
  items: readonly unknown[],
  period: CohortPeriod,
  clock: ZoneClock,
  order: () => DayOrder,
): Map<number, number> {
  if (items.length === 0)
    fail("periods", "is empty — select the plan's period headers, a date in each period");
  const index = new Map<number, number>();
  items.forEach((item, i) => {
    const wall = readDateCell(item, clock, order);
    const where = items.length > 1 ? `${itemLabel(i)} ` : "";
    if (wall === NOT_A_DATE || wall !== wall) {
      fail(
        "periods",
        `${where}is ${wall === NOT_A_DATE ? whyNotADate(item, order) : "empty"} — give a date in each period, such as its first day`,
      );
    }
    const key = periodKey(wall, period);
    const earlier = index.get(key);
    if (earlier !== undefined) {
      fail(
        "periods",
        `${where}is in ${periodLabel(key, period)}, like ${itemLabel(earlier)} — give one date per ${period}`,
      );
    }
    index.set(key, i);
  });
  return index;
}

/**
 * WEIGHTED_PIPELINE's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const WEIGHTED_PIPELINE_DOCS: FunctionDocs = {
  summary:
    "Open pipeline by close period: per period, the deals' amounts and their weighted value (amount × win probability).",
  spill([, , , periods = { rows: 1, cols: 1 }]) {
    const n = Math.max(periods.rows, periods.cols);
    return periods.rows === 1 && periods.cols > 1 ? { rows: 2, cols: n } : { rows: n, cols: 2 };
  },
  details: [
    "`deal_amounts`, `win_probabilities` and `close_dates` are columns of the open deals, row for row (a CRM export); a row without an amount is skipped, every other row needs its probability and close date. Win probabilities are fractions (a stage probability of 40% = 0.4).",
    '`periods` are the plan\'s period headers: a date in each period (its first day, say), as a row or a column; `period` says how long a period is: "month" (default), "quarter" or "week" (ISO weeks, Monday first). A deal counts in the period its close date falls in; deals closing outside every period (past-due close dates, deals beyond the plan) are left out — update their close dates to count them.',
    "Two lines in the orientation of `periods` (a row of periods gives two rows): the open pipeline closing in each period, and the weighted pipeline Σ amount × win probability. Dates are read as the sheet shows them, in the spreadsheet's time zone.",
  ],
  params: {
    deal_amounts: DEAL_AMOUNTS_DOCS,
    win_probabilities: WIN_PROBABILITIES_DOCS,
    close_dates: {
      type: "column of dates",
      description: "Each deal's expected close date, row for row.",
      example: "Deals!F2:F500",
    },
    periods: {
      type: "row or column of dates",
      description: "A date in each period of the plan, e.g. its month headers.",
      example: "B1:M1",
    },
    period: {
      description: 'Length of a period: "month", "quarter" or "week".',
      example: '"month"',
      default: '"month"',
    },
  },
  returns: "Two lines: pipeline and weighted pipeline closing in each period.",
  examples: [
    {
      formula: "=WEIGHTED_PIPELINE(D2:D4, E2:E4, F2:F4, B1:D1)",
      result: "18500, 45000, 12000; 15725, 31500, 6000",
      note: "45 000 at 70% closing 10 April, 18 500 at 85% on 28 March, 12 000 at 50% on 5 May; months March to May",
    },
    {
      formula: '=WEIGHTED_PIPELINE(Deals!D2:D500, Deals!E2:E500, Deals!F2:F500, B1:E1, "quarter")',
      result: "two rows, one column per quarter",
    },
  ],
  errors: [
    "WEIGHTED_PIPELINE: close_dates: row 2 is empty — give every deal with an amount its expected close date",
    "WEIGHTED_PIPELINE: periods: item 2 is in 2026-03, like item 1 — give one date per month",
  ],
};
