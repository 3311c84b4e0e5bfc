import type { SheetMessages } from "../../i18n/sheet";
import { namedRangeNames } from "../../core/funnel";
import { exampleMonthlyPlan } from "./examplePlan";
import { LayoutBuilder, type Layout, type Rect } from "./layout";
import { monthlyInputBlocks, monthlyTargetsFormula, onceFirst } from "./monthlyTargets";
import {
  column,
  exampleMark,
  header,
  input,
  label,
  output,
  section,
  spill,
  textLiteral,
  titledFor,
  total,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

const MONTHS = 12;
/** Months with example actuals: the plan starts this many months before the current one. */
export const SLA_REPORTED_MONTHS = 10;
/** Example deliveries as a share of each month's commitment: ten months reported so far. */
const EXAMPLE_DELIVERY = [0.98, 0.87, 1.05, 1.09, 0.81, 1.02, 0.91, 1.12, 1.07, 1.18];
const EXAMPLE_FOLLOW_UP_HOURS = [20, 26, 18, 22, 31, 19, 17, 24, 21, 16, "", ""];
const SIGNED = "+#,##0;[Red]-#,##0;0";

/** The stage marketing commits to by default: the funnel's MQL stage, else its second stage. */
function committedStage(funnel: FunnelRef): number {
  const mql = funnel.stages.findIndex((s) => s.trim().toLowerCase() === "mql");
  return mql >= 0 ? mql : Math.min(1, funnel.stages.length - 1);
}

/**
 * The monthly plan inputs (target, deal size, days per month, first month) and revenue per month
 * under the title, the SLA's own inputs (committed stage, follow-up target) beside them; the
 * month table — commitment (committed and delivered, their share and gap, year to date) and
 * follow-up time (target, met?, actual hours) side by side on the same month rows — and the chart
 * to their right; over the example columns, the marks that say they are examples.
 */
export function slaLayout() {
  const l = new LayoutBuilder();
  const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
  const inputs = l.add("inputs", { rows: 4, cols: 2 }, l.below(title, 2), "input");
  const months = l.add("months", { rows: 3, cols: MONTHS + 1 }, l.rightOf(inputs));
  l.add("slaInputs", { rows: 2, cols: 2 }, l.rightOf(months), "input");
  const commitment = l.add("commitment", { rows: MONTHS + 2, cols: 5 }, l.below(inputs, 2));
  const followUp = l.add("followUp", { rows: MONTHS + 1, cols: 3 }, l.rightOf(commitment));
  l.add(
    "deliveredMark",
    { rows: 1, cols: 1 },
    { row: commitment.row - 2, col: commitment.col + 2 },
  );
  l.add("hoursMark", { rows: 1, cols: 1 }, { row: followUp.row - 2, col: followUp.col + 2 });
  l.add("chart", { rows: 1, cols: 1 }, l.rightOf(followUp));
  l.freeze(commitment.row, 0);
  return l.build() as Layout<
    | "title"
    | "inputs"
    | "months"
    | "slaInputs"
    | "commitment"
    | "followUp"
    | "deliveredMark"
    | "hoursMark"
    | "chart"
  >;
}

export type SlaLayout = ReturnType<typeof slaLayout>;

/**
 * The committed stage: a stage's name as typed, so the SLA asks when it names no stage rather
 * than committing another; a rename of that stage rewrites it (planSync.ts, SPEC §9).
 */
export function slaStageNames(layout: SlaLayout): Rect[] {
  const inputs = layout.anchors.slaInputs;
  return [{ row: inputs.row, col: inputs.col + 1, rows: 1, cols: 1 }];
}

/**
 * Marketing–sales SLA (SPEC §6.5): what marketing commits at one stage (by default the funnel's
 * MQL stage) comes from the team's monthly plan — its target, deal size and first month, this
 * funnel's rates and days: the committed stage's row of the same FUNNEL_TARGETS call Monthly
 * targets makes, from the plan's first month — against what it delivered each month, and sales'
 * follow-up time against its target. Column heads read for any stage name ("MQL — committed").
 * Months behind commitment are highlighted by comparing numbers; "met?" is a label in the sheet's
 * language, never compared (SPEC §9).
 */
export function slaTracker(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  firstMonth: Date,
  layout: SlaLayout = slaLayout(),
  figures?: { target: number; dealSize: number },
  today?: Date,
): SheetPlan {
  const t = m.sla;
  const c = m.common;
  const a = layout.anchors;
  const { stages } = namedRangeNames(funnel.key);
  const stage = committedStage(funnel);
  const stageName = funnel.stages[stage] ?? "MQL";
  const committed = exampleMonthlyPlan(funnel, figures?.target, figures?.dealSize)[stage] ?? [];
  // Example deliveries for the months before the current one (none for a plan starting later).
  const reported = today
    ? Math.max(
        0,
        (today.getFullYear() - firstMonth.getFullYear()) * 12 +
          today.getMonth() -
          firstMonth.getMonth(),
      )
    : SLA_REPORTED_MONTHS;
  const delivered = committed.map((v, i) => {
    const share = EXAMPLE_DELIVERY[i];
    return share === undefined || i >= reported ? "" : Math.round(v * share);
  });
  const hours = EXAMPLE_FOLLOW_UP_HOURS.map((h, i) => (i < reported ? h : ""));
  const tbl = a.commitment;
  const fu = a.followUp;
  const first = a.inputs.cell(3, 1, true);
  const stageCell = a.slaInputs.cell(0, 1, true);
  const targetHours = a.slaInputs.cell(1, 1, true);
  const rows = Array.from({ length: MONTHS }, (_, i) => tbl.rowAt(1 + i));
  const cell = (row: number, col: number) => `${tbl.cell(row - tbl.row, col)}`;
  const ytd = tbl.lastRow;
  const committedCells = tbl.range(1, 1, MONTHS, 1);
  const deliveredCells = tbl.range(1, 2, MONTHS, 1);
  const hourCells = fu.range(1, 2, MONTHS, 1);
  const perMonth = (f: (row: number, i: number) => string) => column(rows.map((r, i) => f(r, i)));
  const behind = tbl.cell(1, 2, "column");
  const plan = monthlyTargetsFormula(funnel.key, a.inputs, a.months).slice(1);
  // A row that is 1 at the committed stage (matched by name in the stage list) and 0 elsewhere:
  // times the plan, that stage's months (a name no stage has is #N/A, said in words below).
  const pick = `TRANSPOSE(IF(SEQUENCE(ROWS(${stages}))=MATCH(${stageCell}, ${stages}, 0), 1, 0))`;
  const stageHead = (word: string) => `=${stageCell}&${textLiteral(` — ${word}`)}`;

  return {
    baseName: t.sheetName,
    layout,
    blocks: [
      ...titledFor(a.title, c.funnelLine, t.title, funnel, t.planSubtitle),
      ...monthlyInputBlocks(a.inputs, a.months, formats, m, firstMonth, figures),
      label(a.slaInputs.row, a.slaInputs.col, column([t.committedStage, t.followUpTarget])),
      input(a.slaInputs.row, a.slaInputs.col + 1, column([stageName])),
      input(a.slaInputs.rowAt(1), a.slaInputs.col + 1, column([24]), formats.integer),

      section({ row: tbl.row - 1, col: tbl.col }, t.commitment),
      header(tbl.row, tbl.col, [
        [c.month, stageHead(t.committedHead), stageHead(t.deliveredHead), t.deliveredShare, t.gap],
      ]),
      label(
        tbl.rowAt(1),
        tbl.col,
        perMonth((_, i) => onceFirst(i, first, `EDATE(${first}, ${i})`)),
        formats.month,
      ),
      // The committed stage's row of the monthly plan, down the months (one call).
      output(
        tbl.rowAt(1),
        tbl.col + 1,
        spill(
          `=ARRAYFORMULA(IFNA(TRANSPOSE(MMULT(${pick}, ${plan})), ${textLiteral(t.stageMissing)}))`,
          MONTHS,
        ),
        formats.integer,
        t.committedNote,
      ),
      input(tbl.rowAt(1), tbl.col + 2, column(delivered), formats.integer),
      exampleMark(a.deliveredMark, c.exampleReplace, deliveredCells, delivered),
      output(
        tbl.rowAt(1),
        tbl.col + 3,
        perMonth(
          (r) =>
            `=IF(OR(${cell(r, 2)}="", NOT(ISNUMBER(${cell(r, 1)}))), "", IF(${cell(r, 1)}=0, "", ${cell(r, 2)}/${cell(r, 1)}))`,
        ),
        formats.percent,
      ),
      output(
        tbl.rowAt(1),
        tbl.col + 4,
        perMonth(
          (r) =>
            `=IF(OR(${cell(r, 2)}="", NOT(ISNUMBER(${cell(r, 1)}))), "", ${cell(r, 2)}-${cell(r, 1)})`,
        ),
        SIGNED,
      ),
      label(ytd, tbl.col, [[t.yearToDate]]),
      total(
        ytd,
        tbl.col + 1,
        [
          [
            // The plan's error shows once, in its own cell: the year to date stays empty.
            `=IF(ISERROR(${tbl.cell(1, 1)}), "", SUMIF(${deliveredCells}, "<>", ${committedCells}))`,
            `=SUM(${deliveredCells})`,
          ],
        ],
        formats.integer,
      ),
      // Delivered as a share of committed: a percent (100.8 %), not a rounded count.
      total(
        ytd,
        tbl.col + 3,
        [
          [
            `=IF(NOT(ISNUMBER(${cell(ytd, 1)})), "", IF(${cell(ytd, 1)}=0, "", ${cell(ytd, 2)}/${cell(ytd, 1)}))`,
          ],
        ],
        formats.percent,
      ),
      total(
        ytd,
        tbl.col + 4,
        [[`=IF(NOT(ISNUMBER(${cell(ytd, 1)})), "", ${cell(ytd, 2)}-${cell(ytd, 1)})`]],
        SIGNED,
      ),

      section({ row: fu.row - 1, col: fu.col }, t.followUpTime),
      header(fu.row, fu.col, [[t.targetHours, t.met, t.actualHours]]),
      output(
        fu.rowAt(1),
        fu.col,
        perMonth(() => `=${targetHours}`),
        formats.decimal,
      ),
      output(
        fu.rowAt(1),
        fu.col + 1,
        column(
          rows.map((_, i) => {
            const actual = fu.cell(1 + i, 2);
            const target = fu.cell(1 + i, 0);
            return `=IF(${actual}="", "", IF(${actual}<=${target}, ${textLiteral(c.yes)}, ${textLiteral(c.no)}))`;
          }),
        ),
      ),
      input(fu.rowAt(1), fu.col + 2, column(hours), formats.decimal, t.followUpNote),
      exampleMark(a.hoursMark, c.exampleReplace, hourCells, hours),
    ],
    charts: [
      {
        kind: "column",
        title: t.chartTitle,
        // One range per series: committed and delivered both plotted against the month labels.
        ranges: [0, 1, 2].map((col) => tbl.range(0, col, MONTHS + 1, 1)),
        row: a.chart.row,
        col: a.chart.col,
      },
    ],
    highlights: [
      {
        ranges: [tbl.range(1, 0, MONTHS, 5)],
        formula: `=AND(${behind}<>"", ${behind}<${tbl.cell(1, 1, "column")})`,
        background: "#fce8e6",
      },
    ],
  };
}
