import { a1, a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import {
  column,
  header,
  input,
  label,
  one,
  output,
  remark,
  section,
  spill,
  titled,
  total,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

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
  const targets = a1Range(11, 2, 1, MONTHS);
  const months = Array.from({ length: MONTHS }, (_, i) => `=EDATE($B$7, ${i})`);
  const totals = Array.from(
    { length: n },
    (_, i) => `=SUM(${a1Range(volumeRow + i, 2, 1, MONTHS)})`,
  );
  const widths = Array.from({ length: MONTHS + 1 }, (_, i) => [i + 2, 82]);

  return {
    baseName: "Monthly targets",
    frozenRows: 2,
    columnWidths: { 1: 200, ...Object.fromEntries(widths) },
    blocks: [
      ...titled(
        "Monthly targets with sales-cycle lag",
        `Funnel "${funnel.name}" · volume that must enter each stage each month so deals close on time.`,
      ),
      section(4, "Inputs"),
      label(5, 1, column(["Average deal size", "Days per month", "First month"])),
      input(5, 2, one(10000), formats.money),
      input(6, 2, one(30), formats.integer),
      input(7, 2, one(firstMonth), formats.month),
      section(9, "Revenue target per month"),
      header(10, 1, [["Month", ...months, "Total"]], formats.month),
      label(11, 1, one("Revenue target")),
      input(11, 2, [DEFAULT_TARGETS], formats.money),
      total(11, MONTHS + 2, one(`=SUM(${targets})`), formats.money),
      section(14, "Volume entering each stage"),
      header(
        15,
        1,
        [["Stage", ...months.map((_, i) => `=${a1(10, i + 2)}`), "Total"]],
        formats.month,
      ),
      label(volumeRow, 1, spill(`={${stages}}`, n)),
      output(
        volumeRow,
        2,
        spill(`=FUNNEL_TARGETS(${targets}, B5, ${rates}, ${days}, B6, "end")`, n, MONTHS),
        formats.integer,
        "Each cell is rounded up to whole records, so a row's total can exceed the exact need by a few.",
      ),
      total(volumeRow, MONTHS + 2, column(totals), formats.integer),
      remark(
        volumeRow + n + 1,
        `="Sales cycle: "&TEXT(SUM(${days}), "0")&" days (about "&TEXT(SUM(${days})/B6, "0.0")&" months)."`,
      ),
      remark(
        volumeRow + n + 2,
        "Deals closing in the first months need volume that should already have entered the funnel: it is added to the first month, so the plan starts behind.",
      ),
      remark(
        volumeRow + n + 3,
        "Volume at the top tapers in the last months: deals closing after the twelfth month are not part of this plan.",
      ),
    ],
    charts: [],
    highlights: [],
  };
}
