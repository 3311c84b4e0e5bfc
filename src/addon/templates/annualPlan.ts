import { a1, a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import {
  column,
  header,
  input,
  label,
  output,
  remark,
  section,
  spill,
  titled,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

const FIRST_STAGE_ROW = 11;

/**
 * Annual reverse funnel (SPEC §6.1): target and deal size in, required volume per stage per year,
 * quarter and month out, from one REQUIRED_LEADS call aligned with the stage table.
 */
export function annualPlan(funnel: FunnelRef, formats: Formats): SheetPlan {
  const n = funnel.stageCount;
  const { stages, rates } = namedRangeNames(funnel.key);
  const first = FIRST_STAGE_ROW;
  const last = first + n - 1;
  const rows = Array.from({ length: n }, (_, i) => first + i);
  const perPeriod = (divisor: number) => rows.map((r) => `=IF(C${r}="", "", C${r}/${divisor})`);
  // Share of a stage's records that end as customers: the product of the rates below it.
  const cumulative = rows.map((r) => (r < last ? `=PRODUCT(B${r}:${a1(last - 1, 2)})` : 1));

  return {
    baseName: "Annual plan",
    frozenRows: 2,
    columnWidths: { 1: 200, 2: 130, 3: 130, 4: 110, 5: 110, 6: 170 },
    blocks: [
      ...titled(
        "Annual reverse funnel",
        `Funnel "${funnel.name}" · change the shaded inputs; everything else is calculated.`,
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
      label(first, 1, spill(`={${stages}}`, n)),
      output(first, 2, spill(`={${rates}}`, n), formats.percent),
      output(
        first,
        3,
        spill(`=REQUIRED_LEADS(B5, B6, ${rates})`, n),
        formats.integer,
        "Whole records at every stage: deals are rounded up, then each stage above is rounded up from the one below.",
      ),
      output(first, 4, column(perPeriod(4)), formats.decimal),
      output(first, 5, column(perPeriod(12)), formats.decimal),
      output(first, 6, column(cumulative), formats.percent),
      remark(
        last + 2,
        "Per quarter and per month are the yearly need spread evenly; the stage table's rates drive every figure.",
      ),
    ],
    charts: [
      {
        kind: "bar",
        title: "Required volume per stage (year)",
        ranges: [a1Range(10, 1, n + 1, 1), a1Range(10, 3, n + 1, 1)],
        // Below the table, not beside it: a sidebar open on the right would hide it.
        row: last + 4,
        col: 1,
      },
    ],
    highlights: [],
  };
}
