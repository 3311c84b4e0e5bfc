import { a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import {
  column,
  conversionToWon,
  FINE_PERCENT,
  header,
  input,
  label,
  output,
  remark,
  section,
  spill,
  STAGE_ROOM,
  titledForFunnel,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

const FIRST_STAGE_ROW = 11;

/**
 * Annual reverse funnel (SPEC §6.1): target and deal size in, required volume per stage per year,
 * quarter and month out. Every per-stage column is one formula spilling with the stage list, so
 * the sheet follows the stage table; STAGE_ROOM rows are kept free below for it to grow. The
 * budget, scenarios and "which stage to improve" blocks go below the chart (row `last + 22` on).
 */
export function annualPlan(funnel: FunnelRef, formats: Formats): SheetPlan {
  const { stages, rates } = namedRangeNames(funnel.key);
  const first = FIRST_STAGE_ROW;
  const last = first + STAGE_ROOM - 1;
  const stageColumn = a1Range(first, 1, STAGE_ROOM, 1);
  const rateColumn = a1Range(first, 2, STAGE_ROOM, 1);
  const perYear = a1Range(first, 3, STAGE_ROOM, 1);
  const perPeriod = (divisor: number) =>
    `=ARRAYFORMULA(IF(${perYear}="", "", ${perYear}/${divisor}))`;

  return {
    baseName: "Annual plan",
    frozenRows: 2,
    columnWidths: { 1: 200, 2: 130, 3: 130, 4: 110, 5: 110, 6: 230 },
    blocks: [
      ...titledForFunnel(
        "Annual reverse funnel",
        funnel,
        "change the shaded inputs; everything else is calculated.",
      ),
      section(4, "Inputs"),
      label(5, 1, column(["Revenue target (year)", "Average deal size"])),
      input(5, 2, column([100000, 10000]), formats.money),
      section(9, "Required volume per stage"),
      header(10, 1, [
        [
          "Stage",
          "Conversion to next",
          "Needed per year",
          "Per quarter",
          "Per month",
          "Cumulative conversion to customer",
        ],
      ]),
      label(first, 1, spill(`={${stages}}`, STAGE_ROOM)),
      output(first, 2, spill(`={${rates}}`, STAGE_ROOM), formats.percent),
      output(
        first,
        3,
        spill(`=REQUIRED_LEADS(B5, B6, ${rates}, "end")`, STAGE_ROOM),
        formats.integer,
        "Whole records at every stage: each stage's exact need, rounded up.",
      ),
      output(first, 4, spill(perPeriod(4), STAGE_ROOM), formats.decimal),
      output(first, 5, spill(perPeriod(12), STAGE_ROOM), formats.decimal),
      // Share of a stage's records that end as won deals, from the rates beside it.
      output(
        first,
        6,
        spill(
          `=ARRAYFORMULA(IF(${stageColumn}="", "", ${conversionToWon(rateColumn)}))`,
          STAGE_ROOM,
        ),
        FINE_PERCENT,
      ),
      remark(
        last + 2,
        "Per quarter and per month are the yearly need spread evenly; the stage table's rates drive every figure.",
      ),
    ],
    charts: [
      {
        kind: "bar",
        title: "Required volume per stage (year)",
        ranges: [
          a1Range(first - 1, 1, STAGE_ROOM + 1, 1),
          a1Range(first - 1, 3, STAGE_ROOM + 1, 1),
        ],
        // Below the table, not beside it: a sidebar open on the right would hide it.
        row: last + 4,
        col: 1,
      },
    ],
    highlights: [],
  };
}
