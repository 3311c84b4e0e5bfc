import { namedRangeNames } from "../../core/funnel";
import { a1, a1Range } from "../../core/a1";
import { column, type Formats, type FunnelRef, type SheetPlan } from "./sheetPlan";

const TABLE_ROW = 11; // first stage row of the volume table

/**
 * Annual reverse funnel (SPEC §6.1): target and deal size in, required volume per stage per year,
 * quarter and month out, from one REQUIRED_LEADS call aligned with the stage table.
 */
export function annualPlan(funnel: FunnelRef, formats: Formats): SheetPlan {
  const n = funnel.stageCount;
  const { stages, rates } = namedRangeNames(funnel.key);
  const first = TABLE_ROW;
  const last = first + n - 1;
  const lastRate = last - 1;
  const perPeriod = (divisor: number) =>
    Array.from(
      { length: n },
      (_, i) => `=IF(${a1(first + i, 3)}="", "", ${a1(first + i, 3)}/${divisor})`,
    );
  const cumulative = Array.from({ length: n }, (_, i) =>
    first + i <= lastRate ? `=PRODUCT(${a1(first + i, 2)}:${a1(lastRate, 2)})` : 1,
  );

  return {
    baseName: "Annual plan",
    frozenRows: 2,
    columnWidths: { 1: 200, 2: 130, 3: 130, 4: 110, 5: 110, 6: 170 },
    blocks: [
      { row: 1, col: 1, cells: [["Annual reverse funnel"]], style: "title" },
      {
        row: 2,
        col: 1,
        cells: [
          [`Funnel "${funnel.name}" · change the shaded inputs; everything else is calculated.`],
        ],
        style: "subtitle",
      },
      { row: 4, col: 1, cells: [["Inputs"]], style: "section" },
      {
        row: 5,
        col: 1,
        cells: column(["Revenue target (year)", "Average deal size"]),
        style: "label",
      },
      { row: 5, col: 2, cells: column([100000, 10000]), style: "input", format: formats.money },
      { row: 9, col: 1, cells: [["Required volume per stage"]], style: "section" },
      {
        row: 10,
        col: 1,
        cells: [
          [
            "Stage",
            "Conversion to next",
            "Needed per year",
            "Per quarter",
            "Per month",
            "Cumulative conversion to customer",
          ],
        ],
        style: "header",
      },
      { row: first, col: 1, cells: [[`={${stages}}`]], style: "label" },
      {
        row: first,
        col: 2,
        cells: [[`={${rates}}`]],
        style: "output",
        format: formats.percent,
      },
      {
        row: first,
        col: 3,
        cells: [["=REQUIRED_LEADS(B5, B6, " + rates + ")"]],
        style: "output",
        format: formats.integer,
        note: "Whole records at every stage: deals are rounded up, then each stage above is rounded up from the one below.",
      },
      { row: first, col: 4, cells: column(perPeriod(4)), style: "output", format: formats.decimal },
      {
        row: first,
        col: 5,
        cells: column(perPeriod(12)),
        style: "output",
        format: formats.decimal,
      },
      { row: first, col: 6, cells: column(cumulative), style: "output", format: formats.percent },
      {
        row: last + 2,
        col: 1,
        cells: [
          [
            "Per quarter and per month are the yearly need spread evenly; the stage table's rates drive every figure.",
          ],
        ],
        style: "note",
      },
    ],
    tables: [
      { title: "Inputs", range: "A5:B6" },
      { title: "Required volume per stage", range: a1Range(10, 1, n + 1, 6) },
    ],
    charts: [
      {
        kind: "bar",
        title: "Required volume per stage (year)",
        ranges: [a1Range(10, 1, n + 1, 1), a1Range(10, 3, n + 1, 1)],
        row: 4,
        col: 8,
      },
    ],
    highlights: [],
  };
}
