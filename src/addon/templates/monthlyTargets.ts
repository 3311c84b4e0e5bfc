import { a1, a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
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
  titledFor,
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
export function monthlyTargets(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  firstMonth: Date,
): SheetPlan {
  const t = m.monthly;
  const c = m.common;
  const { stages, rates, days } = namedRangeNames(funnel.key);
  const volumeRow = 16;
  const targets = a1Range(12, 2, 1, MONTHS);
  const months = Array.from({ length: MONTHS }, (_, i) => `=EDATE($B$8, ${i})`);
  const totalCol = MONTHS + 2;
  const quarters = Array.from({ length: QUARTERS }, (_, q) =>
    spill(rowSums(volumeRow, 2 + q * 3, 3), STAGE_ROOM),
  );
  const widths = Array.from({ length: MONTHS + 1 + QUARTERS }, (_, i): [number, number] => [
    i + 2,
    90,
  ]);
  const belowRoom = volumeRow + STAGE_ROOM + 1;

  return {
    baseName: t.sheetName,
    frozenRows: 2,
    columnWidths: { 1: 200, ...Object.fromEntries(widths) },
    blocks: [
      ...titledFor(c.funnelLine, t.title, funnel, t.subtitle),
      section(4, c.inputs),
      label(
        5,
        1,
        column([m.annual.revenueTarget, c.averageDealSize, t.daysPerMonth, c.firstMonth]),
      ),
      input(5, 2, column([100000, 10000]), formats.money),
      input(7, 2, one(30), formats.integer),
      input(8, 2, one(monthFormula(firstMonth)), formats.month),
      section(10, t.revenuePerMonth),
      header(11, 1, [[c.month, ...months, c.total]], formats.month),
      label(12, 1, one(t.revenueTarget)),
      input(12, 2, [Array.from({ length: MONTHS }, () => "=$B$5/12")], formats.money),
      total(12, totalCol, one(`=SUM(${targets})`), formats.money),
      section(14, t.volumeEntering),
      header(
        15,
        1,
        [
          [
            c.stage,
            ...months.map((_, i) => `=${a1(11, i + 2)}`),
            c.total,
            ...Array.from({ length: QUARTERS }, (_, q) => t.quarter(q + 1)),
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
        t.cumulativeNote,
      ),
      total(volumeRow, totalCol, spill(rowSums(volumeRow, 2, MONTHS), STAGE_ROOM), formats.integer),
      ...quarters.map((cells, q) => output(volumeRow, totalCol + 1 + q, cells, formats.integer)),
      remark(belowRoom, t.salesCycle(`TEXT(SUM(${days}), "0")`, `TEXT(SUM(${days})/B7, "0.0")`)),
      remark(belowRoom + 1, t.leadNote),
      remark(belowRoom + 2, t.taperNote),
    ],
    charts: [],
    highlights: [],
  };
}
