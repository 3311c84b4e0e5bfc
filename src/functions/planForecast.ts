import { planPace } from "../core/planPacing";
import { blockValues, numberBlock, shapeText, type NumberBlock } from "./broadcast";
import { fail } from "./errors";
import { withDefault, singleNumber } from "./kinds";
import { nonNegativeRule } from "./numbers";
import { wholeCountRule } from "./planningKinds";
import { defineFunction, type FunctionDocs, type Shape } from "./registry";
import type { Cell, Grid } from "./values";
import { ArrayOf } from "../core/intrinsics";

const VOLUME = nonNegativeRule("a volume or amount", "120");

/**
 * A block read as series × periods: one row per series, one column per period — except a single
 * column of several cells, which is one series with its periods running down.
 */
function seriesOf(block: NumberBlock): Shape {
  return block.cols === 1 && block.rows > 1
    ? { rows: 1, cols: block.rows }
    : { rows: block.rows, cols: block.cols };
}

/** Series s of a block's row-major values, `width` periods long. */
function row(values: readonly number[], s: number, width: number): number[] {
  return values.slice(s * width, (s + 1) * width);
}

export const PLAN_FORECAST = defineFunction({
  name: "PLAN_FORECAST",
  params: [
    { name: "plan_by_period", kind: numberBlock(VOLUME) },
    // A blank actual is "nothing reported yet", not an error.
    { name: "actual_by_period", kind: withDefault(numberBlock(VOLUME), undefined) },
    {
      name: "periods_to_date",
      kind: withDefault(singleNumber(wholeCountRule("a number of periods", "5")), Infinity),
      optional: true,
    },
  ],
  impl(planBlock, actualBlock, periodsToDate) {
    const plan = seriesOf(planBlock);
    const actual = actualBlock && seriesOf(actualBlock);
    if (actual !== undefined && (actual.rows !== plan.rows || actual.cols > plan.cols)) {
      fail(
        "actual_by_period",
        `is ${shapeText(actualBlock as NumberBlock)} but plan_by_period is ${shapeText(planBlock)} — give one row of actuals per plan row, for the plan's periods (or its first ones)`,
      );
    }
    if (periodsToDate !== Infinity && periodsToDate > plan.cols) {
      fail(
        "periods_to_date",
        `is ${periodsToDate} but the plan has ${plan.cols} periods — enter how many of its periods are reported, 0 to ${plan.cols}`,
      );
    }
    const planValues = blockValues(planBlock);
    const actualValues = actualBlock && blockValues(actualBlock);
    const out: Grid = new ArrayOf<Grid[number]>(plan.rows);
    for (let s = 0; s < plan.rows; s++) {
      const planned = row(planValues, s, plan.cols);
      const actuals =
        actual === undefined || actualValues === undefined ? [] : row(actualValues, s, actual.cols);
      let any = false;
      for (let t = 0; t < planned.length; t++) {
        if (planned[t] === planned[t]) any = true;
        else planned[t] = 0; // an empty plan cell plans nothing
      }
      for (let t = 0; t < actuals.length; t++) if (actuals[t] === actuals[t]) any = true;
      if (!any) {
        // A row of the plan's room with no stage in it stays empty (SPEC §2.2).
        out[s] = ["", "", "", "", "", ""];
        continue;
      }
      const pace = planPace(planned, actuals, periodsToDate);
      const cells: Cell[] = [
        pace.planToDate,
        pace.actualToDate,
        pace.attainment === undefined ? "" : pace.attainment,
        pace.forecast,
        pace.planTotal,
        pace.gap,
      ];
      out[s] = cells;
    }
    return out;
  },
});

/**
 * PLAN_FORECAST's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const PLAN_FORECAST_DOCS: FunctionDocs = {
  summary:
    "Pacing against the plan's own curve: to date, attainment, the forecast for the whole plan and its gap, per stage.",
  spill([plan]) {
    if (plan === undefined) return { rows: 1, cols: 6 };
    return { rows: plan.cols === 1 && plan.rows > 1 ? 1 : plan.rows, cols: 6 };
  },
  details: [
    "`plan_by_period` has one row per series (a stage, as FUNNEL_TARGETS returns its plan, or revenue) and one column per period; `actual_by_period` has the same rows, for the same periods or the first of them. A single column is one series, periods running down.",
    "A period counts as reported for a series when its actual cell is filled (0 is a figure; empty is not reported yet). For each series: plan to date = the plan of its reported periods; actual to date = their actuals; attainment = actual to date ÷ plan to date; forecast = actual to date + the rest of the plan × attainment, which is attainment × the plan total; gap = forecast − plan total. So the rest of the year is expected at the pace measured so far against the plan's own curve, not at a straight run rate: a plan that is heavy in the months ahead keeps that shape, and the gap is below 0 exactly when attainment is below 100 %.",
    "Example: a plan of 100, 100, 200, 200 with actuals 80, 100 and two months to come: plan to date 200, actual to date 180, attainment 90 %, forecast 180 + 400 × 90 % = 540, gap −60 (a run rate of 90 a month would have said 360).",
    "While the plan to date is 0 there is no pace to measure: attainment is empty and the rest of the plan is kept (forecast = actual to date + plan total). `periods_to_date` leaves later periods out, e.g. a month still running. A row with neither plan nor actuals (the empty room below a stage list) gives an empty row; an empty plan cell plans nothing.",
  ],
  params: {
    plan_by_period: {
      type: "block of plan figures (rows of periods)",
      description:
        "The plan: one row per stage or series, one column per period, e.g. FUNNEL_TARGETS' result.",
      example: "B16:M45",
    },
    actual_by_period: {
      type: "block of actual figures (rows of periods)",
      description:
        "Actuals laid out like the plan; empty where a period is not reported yet. May cover only the first periods.",
      example: "B49:M78",
    },
    periods_to_date: {
      description:
        "How many of the first periods count as reported (e.g. 5 to leave a running June out).",
      example: "5",
      default: "every period with an actual figure",
    },
  },
  returns:
    "One row per series: plan to date, actual to date, attainment (empty while the plan to date is 0), forecast, plan total, gap (forecast − plan total).",
  examples: [
    {
      formula: '=PLAN_FORECAST({100, 100, 200, 200}, {80, 100, "", ""})',
      result: "200, 180, 0.9, 540, 600, -60",
      note: "90 % of the plan so far: the 400 still planned are expected at 90 %",
    },
    {
      formula: "=PLAN_FORECAST({4000, 1000, 1000, 1000; 9, 8, 8, 9}, {3500, 900, 1000; 8, 8, 8})",
      result: "6000, 5400, 0.9, 6300, 7000, -700; 25, 24, 0.96, 32.64, 34, -1.36",
      note: "a plan heavy in its first month: a straight run rate (5 400 ÷ 3 × 4 = 7 200) would read +200 while the stage is at 90 %",
    },
    {
      formula: "=PLAN_FORECAST(B2:M4, B6:M8, 5)",
      result: "one row per stage: only the first five months count",
    },
  ],
  errors: [
    "PLAN_FORECAST: actual_by_period: is 2 rows × 12 columns but plan_by_period is 3 rows × 12 columns — give one row of actuals per plan row, for the plan's periods (or its first ones)",
    "PLAN_FORECAST: periods_to_date: is 13 but the plan has 12 periods — enter how many of its periods are reported, 0 to 12",
    "PLAN_FORECAST: actual_by_period: row 2, column 3 is -5 — can't be negative; enter a volume or amount of 0 or more, such as 120",
  ],
};
