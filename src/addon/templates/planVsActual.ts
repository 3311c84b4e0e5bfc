import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import { exampleMonthlyPlan, MONTHS } from "./examplePlan";
import { LayoutBuilder, STAGE_ROOM, type Layout } from "./layout";
import {
  missingDaysLine,
  monthlyInputBlocks,
  monthlyTargetsFormula,
  onceIfError,
} from "./monthlyTargets";
import {
  column,
  exampleMark,
  header,
  input,
  label,
  output,
  remark,
  section,
  spill,
  textRow,
  titledFor,
  type CellInput,
  type Formats,
  type FunnelRef,
  type SheetPlan,
  type StageInputs,
} from "./sheetPlan";
import { removedStagesBlocks, stageRefs } from "./stageBlocks";

/** Months with example actuals: the plan year starts this many months before the current one. */
export const PVA_REPORTED_MONTHS = 9;
/** Example actuals drift from plan by stage (cycled) and by month, so some cells fall behind. */
const STAGE_DRIFT = [1.06, 0.91, 0.97, 0.86, 1.03, 0.94];
const MONTH_DRIFT = [0.95, 1.04, 0.9, 1.08, 1.0, 0.93, 1.1, 0.97, 1.02];
const BEHIND = "#fce8e6";
/** Below plan reads red: the gap is behind when negative. */
const SIGNED_GAP = "+#,##0;[Red]-#,##0;0";
const YTD_COLUMNS = 6;

/**
 * Example actual volumes: the plan's cells (for the team's figures) for the `reported` months
 * before the current one, drifted; later months empty.
 */
export function exampleActuals(
  funnel: FunnelRef,
  figures?: { target: number; dealSize: number },
  reported = PVA_REPORTED_MONTHS,
): (number | string)[][] {
  return exampleMonthlyPlan(funnel, figures?.target, figures?.dealSize).map((months, stage) =>
    months.map((planned, month) =>
      month < reported
        ? Math.round(
            planned *
              (STAGE_DRIFT[stage % STAGE_DRIFT.length] ?? 1) *
              (MONTH_DRIFT[month % MONTH_DRIFT.length] ?? 1),
          )
        : "",
    ),
  );
}

/** A STAGE_ROOM × MONTHS block: `rows` first, then empty cells for stages added later. */
function roomBlock(rows: (number | string)[][]): CellInput[][] {
  return Array.from({ length: STAGE_ROOM }, (_, r) =>
    Array.from({ length: MONTHS }, (_, c) => rows[r]?.[c] ?? ""),
  );
}

/**
 * Inputs and revenue per month under the title; the stage tables side by side over the stage
 * room: the plan, the typed actuals beside it (then the marker column), attainment, the inputs of
 * removed stages, year to date and forecast; the won deals by month and their chart. Month
 * tables carry only month headers (their titles are on the row above), so each header row is
 * one run of formulas.
 */
export function pvaLayout() {
  const l = new LayoutBuilder();
  const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
  const inputs = l.add("inputs", { rows: 4, cols: 2 }, l.below(title, 2), "input");
  const months = l.add("months", { rows: 3, cols: MONTHS + 1 }, l.rightOf(inputs));
  const noted = { note: true };
  const plan = l.stageTable(
    "plan",
    MONTHS + 1,
    { row: inputs.lastRow + 4, col: 1 },
    "output",
    noted,
  );
  const actual = l.stageTable("actual", MONTHS, l.rightOf(plan.block), "stageInput", noted);
  l.markerAt(actual.block.lastCol + 1);
  const attainment = l.stageTable("attainment", MONTHS, l.rightOf(actual.block), "output", noted);
  const removed = l.stageTable(
    "removed",
    MONTHS + 1,
    l.rightOf(attainment.block),
    "removed",
    noted,
  );
  const ytd = l.stageTable("ytd", YTD_COLUMNS, l.rightOf(removed.block), "output", noted);
  const won = l.add("won", { rows: MONTHS + 1, cols: 3 }, l.rightOf(ytd.block));
  l.add("chart", { rows: 1, cols: 1 }, l.rightOf(won));
  void months;
  l.freeze(plan.header.row, 1);
  return l.build() as Layout<
    | "title"
    | "inputs"
    | "months"
    | `${"plan" | "actual" | "attainment" | "ytd" | "removed"}${"" | ".header" | ".body" | ".note"}`
    | "won"
    | "chart"
  >;
}

export type PvaLayout = ReturnType<typeof pvaLayout>;

/** The typed actuals follow their stages; removed stages' actuals are kept in their own table. */
export function pvaStageInputs(layout: PvaLayout): StageInputs {
  return {
    axis: "rows",
    input: layout.anchors["actual.body"],
    removed: layout.anchors["removed.body"],
  };
}

/**
 * Plan vs actual (SPEC §6.6): the monthly plan (one FUNNEL_TARGETS call, "cumulative", the same
 * figures as Monthly targets) beside actual monthly volumes per stage (typed or pasted), the
 * attainment per stage and month, and per stage the plan and actual to date, a run-rate forecast
 * for the year and its gap to plan — behind-plan cells highlighted over the whole room, and a
 * chart of plan vs actual won deals. Each per-stage block is one formula spilling with the stage
 * list over the stage room.
 */
export function planVsActual(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  firstMonth: Date,
  layout: PvaLayout = pvaLayout(),
  figures?: { target: number; dealSize: number },
  today?: Date,
): SheetPlan {
  const t = m.planVsActual;
  const a = layout.anchors;
  const { stages } = namedRangeNames(funnel.key);
  const planBody = a["plan.body"];
  const actualBody = a["actual.body"];
  const attainBody = a["attainment.body"];
  const ytdBody = a["ytd.body"];
  const planCells = planBody.range(0, 1, STAGE_ROOM, MONTHS);
  const actualCells = actualBody.a1();
  const planFirst = planBody.cell(0, 1);
  const monthHeaders = Array.from({ length: MONTHS }, (_, i) => `=${a.months.cell(0, i + 1)}`);
  // The won stage's row of a block, turned into a column: the block's transpose times a column
  // that is 1 at the won stage's row (the last of the stage list) and 0 elsewhere.
  const wonSelector = `IF(SEQUENCE(${STAGE_ROOM})=ROWS(${stages}), 1, 0)`;
  const wonColumn = (cells: string) => `MMULT(TRANSPOSE(${cells}), ${wonSelector})`;
  const zeroed = (cells: string) => `IF(${cells}="", 0, ${cells})`;
  const won = a.won;
  const attainFirst = attainBody.cell();
  // Example actuals for the months before the current one (none for a plan starting later).
  const reported = today
    ? Math.max(
        0,
        Math.min(
          MONTHS,
          (today.getFullYear() - firstMonth.getFullYear()) * 12 +
            today.getMonth() -
            firstMonth.getMonth(),
        ),
      )
    : PVA_REPORTED_MONTHS;
  const examples = exampleActuals(funnel, figures, reported);

  return {
    baseName: t.sheetName,
    layout,
    stages: stageRefs(funnel),
    stageInputs: pvaStageInputs(layout),
    blocks: [
      ...titledFor(a.title, m.common.funnelLine, t.title, funnel, t.subtitle),
      ...monthlyInputBlocks(a.inputs, a.months, formats, m, firstMonth, figures),

      section({ row: a.plan.row - 1, col: a.plan.col }, t.planTable),
      header(a["plan.header"].row, a["plan.header"].col, [["", ...monthHeaders]], formats.month),
      label(planBody.row, planBody.col, spill(`={${stages}}`, STAGE_ROOM)),
      output(
        planBody.row,
        planBody.col + 1,
        spill(monthlyTargetsFormula(funnel.key, a.inputs, a.months), STAGE_ROOM, MONTHS),
        formats.integer,
      ),
      remark(a["plan.note"], missingDaysLine(funnel.key, m, t.planNote)),

      section({ row: a.actual.row - 1, col: a.actual.col }, t.actualTable),
      header(a["actual.header"].row, a["actual.header"].col, [monthHeaders], formats.month),
      input(actualBody.row, actualBody.col, roomBlock(examples), formats.integer),
      exampleMark(
        a["actual.note"],
        `${m.common.exampleReplace}: ${t.actualNote}`,
        actualCells,
        examples.flat(),
        t.actualNote,
      ),

      section({ row: a.attainment.row - 1, col: a.attainment.col }, t.attainmentTable),
      header(a["attainment.header"].row, a["attainment.header"].col, [monthHeaders], formats.month),
      output(
        attainBody.row,
        attainBody.col,
        spill(
          onceIfError(
            planFirst,
            `ARRAYFORMULA(IF(${actualCells}="", "", IF(${planCells}>0, ${actualCells}/${planCells}, "")))`,
          ),
          STAGE_ROOM,
          MONTHS,
        ),
        formats.percent,
      ),
      remark(a["attainment.note"], t.behindNote),

      section({ row: a.ytd.row - 1, col: a.ytd.col }, t.forecastTable),
      // Header texts as one array formula: with the month headers beside them the header row is
      // one run of formulas, written in one call (SPEC §8).
      header(
        a["ytd.header"].row,
        a["ytd.header"].col,
        spill(
          textRow([
            t.planToDate,
            t.actualToDate,
            t.attainment,
            t.forecastYear,
            t.planYear,
            t.gapToPlan,
          ]),
          1,
          YTD_COLUMNS,
        ),
      ),
      // Pacing against the plan's own curve (SPEC §3 PLAN_FORECAST): per stage the plan and the
      // actual of the months reported, attainment, forecast = actual to date + the rest of the
      // plan × attainment, the plan's year and the gap — whose sign is attainment − 1's, so the
      // gap, the forecast and the shading agree for every stage. One call for the whole room.
      {
        ...output(
          ytdBody.row,
          ytdBody.col,
          spill(
            onceIfError(planFirst, `PLAN_FORECAST(${planCells}, ${actualCells})`),
            STAGE_ROOM,
            YTD_COLUMNS,
          ),
        ),
        columnFormats: [
          formats.integer,
          formats.integer,
          formats.percent,
          formats.integer,
          formats.integer,
          SIGNED_GAP,
        ],
      },
      remark(a["ytd.note"], t.forecastNote),
      ...removedStagesBlocks(
        a["removed.header"],
        a["removed.body"],
        monthHeaders,
        m,
        formats.integer,
        "",
        a["removed.note"],
      ),

      // The won stage's row of the plan and of the actuals, month by month, for the chart.
      section({ row: won.row - 1, col: won.col }, t.wonDeals),
      header(won.row, won.col, spill(textRow([m.common.month, t.plan, t.actual]), 1, 3)),
      label(won.rowAt(1), won.col, column(monthHeaders), formats.month),
      output(
        won.rowAt(1),
        won.col + 1,
        spill(`=ARRAYFORMULA(${wonColumn(zeroed(planCells))})`, MONTHS),
        formats.integer,
      ),
      // A month without an actual figure stays empty (not 0) so the chart shows no bar for it.
      output(
        won.rowAt(1),
        won.col + 2,
        spill(
          `=ARRAYFORMULA(IF(${wonColumn(`IF(${actualCells}="", 0, 1)`)}=0, "", ${wonColumn(zeroed(actualCells))}))`,
          MONTHS,
        ),
        formats.integer,
      ),
    ],
    charts: [
      {
        kind: "column",
        title: t.chartTitle,
        ranges: [0, 1, 2].map((c) => won.column(c)),
        row: a.chart.row,
        col: a.chart.col,
      },
    ],
    highlights: [
      {
        // Attainment below 100 %, month by month and year to date: one rule over both ranges.
        ranges: [attainBody.a1(), ytdBody.column(2)],
        formula: `=AND(ISNUMBER(${attainFirst}), ${attainFirst}<1)`,
        background: BEHIND,
      },
    ],
  };
}
