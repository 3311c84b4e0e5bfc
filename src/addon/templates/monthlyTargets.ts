import { namedRangeNames } from "../../core/funnel";
import { a1, a1Range } from "../../core/a1";
import { column, type Formats, type FunnelRef, type SheetPlan } from "./sheetPlan";

const MONTHS = 12;
/** A plausible ramp through the year; users overwrite it with their own targets. */
const DEFAULT_TARGETS = [
  8000, 8000, 9000, 9000, 10000, 10000, 10000, 10000, 11000, 11000, 12000, 12000,
];

/**
 * Monthly targets with sales-cycle lag (SPEC §6.2): twelve monthly revenue targets → the volume
 * that must enter each stage each month (one FUNNEL_TARGETS call), shifted earlier by the days
 * records spend in the stages below.
 */
export function monthlyTargets(funnel: FunnelRef, formats: Formats, firstMonth: Date): SheetPlan {
  const n = funnel.stageCount;
  const { stages, rates, days } = namedRangeNames(funnel.key);
  const volumeRow = 16;
  const lastVolumeRow = volumeRow + n - 1;
  const monthHeaders = Array.from({ length: MONTHS }, (_, i) => `=EDATE($B$7, ${i})`);
  const totals = Array.from(
    { length: n },
    (_, i) => `=SUM(${a1Range(volumeRow + i, 2, 1, MONTHS)})`,
  );

  return {
    baseName: "Monthly targets",
    frozenRows: 2,
    columnWidths: {
      1: 200,
      ...Object.fromEntries(Array.from({ length: MONTHS + 1 }, (_, i) => [i + 2, 82])),
    },
    blocks: [
      { row: 1, col: 1, cells: [["Monthly targets with sales-cycle lag"]], style: "title" },
      {
        row: 2,
        col: 1,
        cells: [
          [
            `Funnel "${funnel.name}" · volume that must enter each stage each month so deals close on time.`,
          ],
        ],
        style: "subtitle",
      },
      { row: 4, col: 1, cells: [["Inputs"]], style: "section" },
      {
        row: 5,
        col: 1,
        cells: column(["Average deal size", "Days per month", "First month"]),
        style: "label",
      },
      { row: 5, col: 2, cells: [[10000]], style: "input", format: formats.money },
      { row: 6, col: 2, cells: [[30]], style: "input", format: formats.integer },
      { row: 7, col: 2, cells: [[firstMonth]], style: "input", format: formats.month },
      { row: 9, col: 1, cells: [["Revenue target per month"]], style: "section" },
      {
        row: 10,
        col: 1,
        cells: [["Month", ...monthHeaders, "Total"]],
        style: "header",
        format: formats.month,
      },
      { row: 11, col: 1, cells: [["Revenue target"]], style: "label" },
      { row: 11, col: 2, cells: [DEFAULT_TARGETS], style: "input", format: formats.money },
      {
        row: 11,
        col: MONTHS + 2,
        cells: [[`=SUM(${a1Range(11, 2, 1, MONTHS)})`]],
        style: "total",
        format: formats.money,
      },
      { row: 14, col: 1, cells: [["Volume entering each stage"]], style: "section" },
      {
        row: 15,
        col: 1,
        cells: [["Stage", ...monthHeaders.map((_, i) => `=${a1(10, i + 2)}`), "Total"]],
        style: "header",
        format: formats.month,
      },
      { row: volumeRow, col: 1, cells: [[`={${stages}}`]], style: "label" },
      {
        row: volumeRow,
        col: 2,
        cells: [
          [`=FUNNEL_TARGETS(${a1Range(11, 2, 1, MONTHS)}, B5, ${rates}, ${days}, B6, "end")`],
        ],
        style: "output",
        format: formats.integer,
        note: "Each cell is rounded up to whole records, so a row's total can exceed the exact need by a few.",
      },
      {
        row: volumeRow,
        col: MONTHS + 2,
        cells: column(totals),
        style: "total",
        format: formats.integer,
      },
      {
        row: lastVolumeRow + 2,
        col: 1,
        cells: [
          [
            `="Sales cycle: "&TEXT(SUM(${days}), "0")&" days (about "&TEXT(SUM(${days})/B6, "0.0")&" months). Deals closing in the first months need volume that should already have entered the funnel; that volume is added to the first month, so the plan starts behind."`,
          ],
        ],
        style: "note",
      },
    ],
    tables: [
      { title: "Inputs", range: "A5:B7" },
      { title: "Revenue target per month", range: a1Range(10, 1, 2, MONTHS + 2) },
      { title: "Volume entering each stage", range: a1Range(15, 1, n + 1, MONTHS + 2) },
    ],
    charts: [],
    highlights: [],
  };
}
