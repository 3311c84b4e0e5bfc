import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import { DAYS_PER_MONTH, DEAL_SIZE, MONTHS, YEAR_TARGET } from "./examplePlan";
import { LayoutBuilder, STAGE_ROOM, type Anchor, type Layout } from "./layout";
import {
  column,
  header,
  input,
  label,
  monthSerial,
  output,
  remark,
  section,
  spill,
  textLiteral,
  titledFor,
  total,
  type Block,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

const QUARTERS = 4;

/**
 * The monthly plan's inputs and revenue targets, shared by Monthly targets and Plan vs actual:
 * the inputs block (target, deal size, days per month, first month) and the months block (month
 * headers following the first month, a revenue target per month, its total).
 */
export function monthlyInputBlocks(
  inputs: Anchor,
  months: Anchor,
  formats: Formats,
  m: SheetMessages,
  firstMonth: Date,
  figures?: { target: number; dealSize: number },
): Block[] {
  const c = m.common;
  const first = inputs.cell(3, 1, true);
  const target = inputs.cell(0, 1, true);
  return [
    section({ row: inputs.row - 1, col: inputs.col }, c.inputs),
    label(
      inputs.row,
      inputs.col,
      column([m.annual.revenueTarget, c.averageDealSize, m.monthly.daysPerMonth, c.firstMonth]),
    ),
    input(
      inputs.row,
      inputs.col + 1,
      column([figures?.target ?? YEAR_TARGET, figures?.dealSize ?? DEAL_SIZE]),
      formats.money,
    ),
    input(inputs.rowAt(2), inputs.col + 1, column([DAYS_PER_MONTH]), formats.integer),
    input(inputs.rowAt(3), inputs.col + 1, column([monthSerial(firstMonth)]), formats.month),
    section({ row: months.row - 1, col: months.col }, m.monthly.revenuePerMonth),
    label(months.row, months.col, column([c.month, m.monthly.revenueTarget, c.total])),
    header(
      months.row,
      months.col + 1,
      [Array.from({ length: MONTHS }, (_, i) => onceFirst(i, first, `EDATE(${first}, ${i})`))],
      formats.month,
    ),
    input(
      months.rowAt(1),
      months.col + 1,
      [Array.from({ length: MONTHS }, (_, i) => onceFirst(i, target, `${target}/12`))],
      formats.money,
    ),
    total(
      months.rowAt(2),
      months.col + 1,
      [[`=IF(ISERROR(${months.cell(1, 1)}), "", SUM(${months.range(1, 1, 1, MONTHS)}))`]],
      formats.money,
    ),
  ];
}

/**
 * A per-month formula over one input: the first month shows the input's error, the others stay
 * empty while the input is not a number, so a bad input reads once per block (SPEC §6).
 */
export function onceFirst(i: number, source: string, formula: string): string {
  return i === 0 ? `=${formula}` : `=IF(ISNUMBER(${source}), ${formula}, "")`;
}

/**
 * The FUNNEL_TARGETS call of a monthly plan: "cumulative" (the months add up to the year) and a
 * "steady" pipeline (the plan repeats: no lump in month 1, the last months carry next year's
 * first deals; "ramp" would start from an empty pipeline).
 */
export function monthlyTargetsFormula(funnelKey: string, inputs: Anchor, months: Anchor): string {
  const { rates, days } = namedRangeNames(funnelKey);
  const targets = months.range(1, 1, 1, MONTHS);
  return `=FUNNEL_TARGETS(${targets}, ${inputs.cell(1, 1)}, ${rates}, ${days}, ${inputs.cell(2, 1)}, "cumulative", "steady")`;
}

/**
 * A line that says, in the sheet's language, why the monthly plan shows no figures when a stage
 * before the won stage has no days in stage — else `otherwise` (a text or a text formula).
 */
export function missingDaysLine(funnelKey: string, m: SheetMessages, otherwise: string): string {
  const { days } = namedRangeNames(funnelKey);
  const fallback = otherwise.startsWith("=") ? otherwise.slice(1) : textLiteral(otherwise);
  return `=IF(COUNT(${days})<ROWS(${days})-1, ${textLiteral(m.plans.missingDays)}, ${fallback})`;
}

/**
 * An array formula over a block computed from `source` (the plan's first cell): when `source` is
 * an error its message shows once, there, and this block stays empty instead of repeating it in
 * every cell (SPEC §6: errors once per block).
 */
export function onceIfError(source: string, arrayFormula: string): string {
  return `=ARRAYFORMULA(IF(ISERROR(${source}), "", ${arrayFormula}))`;
}

/**
 * Inputs and the revenue per month side by side under the title; the volume table over the stage
 * room — stage, the twelve months, the year's total and the quarters — and its notes beside it.
 */
export function monthlyLayout() {
  const l = new LayoutBuilder();
  const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
  const inputs = l.add("inputs", { rows: 4, cols: 2 }, l.below(title, 2), "input");
  const months = l.add("months", { rows: 3, cols: MONTHS + 1 }, l.rightOf(inputs));
  const volume = l.stageTable("volume", MONTHS + 2 + QUARTERS, { row: months.lastRow + 3, col: 1 });
  l.add("notes", { rows: 3, cols: 1 }, l.rightOf(volume.block));
  // The markers in the spacer column, not right of the notes: a sentence spills into empty
  // cells only, and a marker (white on white) would cut it after one column (SPEC §6).
  l.markerAt(volume.block.lastCol + 1);
  l.freeze(volume.header.row, 1);
  return l.build() as Layout<
    "title" | "inputs" | "months" | "notes" | `volume${"" | ".header" | ".body"}`
  >;
}

export type MonthlyLayout = ReturnType<typeof monthlyLayout>;

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
  layout: MonthlyLayout = monthlyLayout(),
  figures?: { target: number; dealSize: number },
): SheetPlan {
  const t = m.monthly;
  const c = m.common;
  const a = layout.anchors;
  const { stages, days } = namedRangeNames(funnel.key);
  const body = a["volume.body"];
  const stageColumn = body.column(0);
  const first = body.cell(0, 1);
  // Row sums over whole columns of the room, as one formula spilling down with the stages.
  const rowSums = (fromCol: number, cols: number) => {
    const parts = Array.from({ length: cols }, (_, i) => body.column(fromCol + i));
    return onceIfError(first, `ARRAYFORMULA(IF(${stageColumn}="", "", ${parts.join("+")}))`);
  };
  const monthHeaders = Array.from({ length: MONTHS }, (_, i) => `=${a.months.cell(0, i + 1)}`);
  const inputs = a.inputs;
  const notes = a.notes;

  return {
    baseName: t.sheetName,
    layout,
    stages: funnel.stages.map((name, i) => ({ key: funnel.keys[i] ?? name, name })),
    blocks: [
      ...titledFor(a.title, c.funnelLine, t.title, funnel, t.subtitle),
      ...monthlyInputBlocks(inputs, a.months, formats, m, firstMonth, figures),
      section({ row: a.volume.row - 1, col: a.volume.col }, t.volumeEntering),
      header(
        a["volume.header"].row,
        a["volume.header"].col,
        [
          [
            c.stage,
            ...monthHeaders,
            c.total,
            ...Array.from({ length: QUARTERS }, (_, q) => t.quarter(q + 1)),
          ],
        ],
        formats.month,
      ),
      label(body.row, body.col, spill(`={${stages}}`, STAGE_ROOM)),
      output(
        body.row,
        body.col + 1,
        spill(monthlyTargetsFormula(funnel.key, inputs, a.months), STAGE_ROOM, MONTHS),
        formats.integer,
        t.cumulativeNote,
      ),
      total(
        body.row,
        body.col + MONTHS + 1,
        spill(rowSums(1, MONTHS), STAGE_ROOM),
        formats.integer,
      ),
      ...Array.from({ length: QUARTERS }, (_, q) =>
        output(
          body.row,
          body.col + MONTHS + 2 + q,
          spill(rowSums(1 + q * 3, 3), STAGE_ROOM),
          formats.integer,
        ),
      ),
      remark(
        { row: notes.row, col: notes.col },
        missingDaysLine(
          funnel.key,
          m,
          t.salesCycle(`TEXT(SUM(${days}), "0")`, `TEXT(SUM(${days})/${inputs.cell(2, 1)}, "0.0")`),
        ),
      ),
      remark({ row: notes.rowAt(1), col: notes.col }, t.leadNote),
      remark({ row: notes.rowAt(2), col: notes.col }, t.taperNote),
    ],
    charts: [],
    highlights: [],
  };
}
