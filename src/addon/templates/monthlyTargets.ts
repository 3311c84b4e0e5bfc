import { a1, a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import {
  column,
  header,
  input,
  label,
  monthFormula,
  one,
  output,
  remark,
  section,
  spill,
  STAGE_ROOM,
  titledForFunnel,
  total,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

const MONTHS = 12;
const QUARTERS = 4;

/** Row sums over whole columns of the room, as one formula spilling down with the stages. */
function rowSums(first: number, fromCol: number, cols: number): string {
  const parts = Array.from({ length: cols }, (_, i) => a1Range(first, fromCol + i, STAGE_ROOM, 1));
  return `=ARRAYFORMULA(IF(${a1Range(first, 1, STAGE_ROOM, 1)}="", "", ${parts.join("+")}))`;
}

/**
 * Monthly targets with sales-cycle lag (SPEC §6.2): the annual target ÷ 12 per month → the
 * volume that must enter each stage each month (one FUNNEL_TARGETS call, "cumulative" rounding so
 * the months add up to the annual need), shifted earlier by the days records spend in the stages
 * below; row totals and quarter totals spill with the stages too.
 */
export function monthlyTargets(funnel: FunnelRef, formats: Formats, firstMonth: Date): SheetPlan {
  const { stages, rates, days } = namedRangeNames(funnel.key);
  const volumeRow = 16;
  const targets = a1Range(12, 2, 1, MONTHS);
  const months = Array.from({ length: MONTHS }, (_, i) => `=EDATE($B$8, ${i})`);
  const totalCol = MONTHS + 2;
  const quarters = Array.from({ length: QUARTERS }, (_, q) =>
    spill(rowSums(volumeRow, 2 + q * 3, 3), STAGE_ROOM),
  );
  const widths = Array.from({ length: MONTHS + 1 + QUARTERS }, (_, i) => [i + 2, 90]);
  const belowRoom = volumeRow + STAGE_ROOM + 1;

  return {
    baseName: "Monthly targets",
    frozenRows: 2,
    columnWidths: { 1: 200, ...Object.fromEntries(widths) },
    blocks: [
      ...titledForFunnel(
        "Monthly targets with sales-cycle lag",
        funnel,
        "volume that must enter each stage each month so deals close on time.",
      ),
      section(4, "Inputs"),
      label(
        5,
        1,
        column(["Revenue target (year)", "Average deal size", "Days per month", "First month"]),
      ),
      input(5, 2, column([100000, 10000]), formats.money),
      input(7, 2, one(30), formats.integer),
      input(8, 2, one(monthFormula(firstMonth)), formats.month),
      section(10, "Revenue target per month"),
      header(11, 1, [["Month", ...months, "Total"]], formats.month),
      label(12, 1, one("Revenue target")),
      input(12, 2, [Array.from({ length: MONTHS }, () => "=$B$5/12")], formats.money),
      total(12, totalCol, one(`=SUM(${targets})`), formats.money),
      section(14, "Volume entering each stage"),
      header(
        15,
        1,
        [
          [
            "Stage",
            ...months.map((_, i) => `=${a1(11, i + 2)}`),
            "Total",
            ...Array.from({ length: QUARTERS }, (_, q) => `Q${q + 1}`),
          ],
        ],
        formats.month,
      ),
      label(volumeRow, 1, spill(`={${stages}}`, STAGE_ROOM)),
      output(
        volumeRow,
        2,
        spill(
          `=FUNNEL_TARGETS(${targets}, B6, ${rates}, ${days}, B7, "cumulative")`,
          STAGE_ROOM,
          MONTHS,
        ),
        formats.integer,
        "Whole records: each stage's running total is rounded up, so no month falls behind and the year adds up to the annual need.",
      ),
      total(volumeRow, totalCol, spill(rowSums(volumeRow, 2, MONTHS), STAGE_ROOM), formats.integer),
      ...quarters.map((cells, q) => output(volumeRow, totalCol + 1 + q, cells, formats.integer)),
      remark(
        belowRoom,
        `="Sales cycle: "&TEXT(SUM(${days}), "0")&" days (about "&TEXT(SUM(${days})/B7, "0.0")&" months)."`,
      ),
      remark(
        belowRoom + 1,
        "Deals closing in the first months need volume that should already have entered the funnel: it is added to month 1, so the plan starts behind.",
      ),
      remark(
        belowRoom + 2,
        "Volume at the top tapers in the last months: deals closing after month 12 are not part of this plan.",
      ),
    ],
    charts: [],
    highlights: [],
  };
}
