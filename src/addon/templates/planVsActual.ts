import { a1, a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import { DAYS_PER_MONTH, DEAL_SIZE, exampleMonthlyPlan, MONTHS, YEAR_TARGET } from "./examplePlan";
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
  type CellInput,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

/** Months with example actuals: the plan year starts this many months before the current one. */
export const PVA_REPORTED_MONTHS = 9;
/** Example actuals drift from plan by stage (cycled) and by month, so some cells fall behind. */
const STAGE_DRIFT = [1.06, 0.91, 0.97, 0.86, 1.03, 0.94];
const MONTH_DRIFT = [0.95, 1.04, 0.9, 1.08, 1.0, 0.93, 1.1, 0.97, 1.02];
const BEHIND = "#fce8e6";
const SIGNED_INTEGER = "+#,##0;-#,##0;0";

/** Example actual volumes: the plan's cells for the past months, drifted; later months empty. */
export function exampleActuals(funnel: FunnelRef): (number | string)[][] {
  return exampleMonthlyPlan(funnel).map((months, stage) =>
    months.map((planned, month) =>
      month < PVA_REPORTED_MONTHS
        ? Math.round(
            planned *
              STAGE_DRIFT[stage % STAGE_DRIFT.length]! * // indexes modulo the lengths
              MONTH_DRIFT[month % MONTH_DRIFT.length]!,
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
 * Plan vs actual (SPEC §6.6): the monthly plan (one FUNNEL_TARGETS call, "cumulative", the same
 * figures as Monthly targets) beside actual monthly volumes per stage (typed or pasted), the
 * attainment per stage and month, and per stage the plan and actual to date, a run-rate forecast
 * for the year and its gap to plan — behind-plan cells highlighted over the whole room, and a
 * chart of plan vs actual won deals. Each per-stage block is one formula spilling with the stage
 * list over STAGE_ROOM rows; every block starts below the previous one's room.
 */
export function planVsActual(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  firstMonth: Date,
): SheetPlan {
  const t = m.planVsActual;
  const { stages, rates, days } = namedRangeNames(funnel.key);
  const totalCol = MONTHS + 2;
  const months = Array.from({ length: MONTHS }, (_, i) => `=EDATE($B$8, ${i})`);
  const monthHeaders = months.map((_, i) => `=${a1(11, i + 2)}`);
  const targets = a1Range(12, 2, 1, MONTHS);

  const plan = 16;
  const actual = plan + STAGE_ROOM + 3;
  const attain = actual + STAGE_ROOM + 3;
  const ytd = attain + STAGE_ROOM + 3;
  const won = ytd + STAGE_ROOM + 4;
  const stageRoom = (row: number) => a1Range(row, 1, STAGE_ROOM, 1);
  const monthsRoom = (row: number) => a1Range(row, 2, STAGE_ROOM, MONTHS);
  const planCells = monthsRoom(plan);
  const actualCells = monthsRoom(actual);
  const ones = `SEQUENCE(${MONTHS}, 1, 1, 0)`;
  const perStage = (row: number, expression: string) =>
    `=ARRAYFORMULA(IF(${stageRoom(row)}="", "", ${expression}))`;
  const rowSums = (row: number, cells: string) =>
    perStage(row, `MMULT(IF(${cells}="", 0, ${cells}), ${ones})`);
  const ytdCol = (col: number) => a1Range(ytd, col, STAGE_ROOM, 1);
  // The won stage's row of a block, turned into a column: the block's transpose times a column
  // that is 1 at the won stage's row (the last of the stage list) and 0 elsewhere.
  const wonSelector = `IF(SEQUENCE(${STAGE_ROOM})=ROWS(${stages}), 1, 0)`;
  const wonColumn = (cells: string) => `MMULT(TRANSPOSE(${cells}), ${wonSelector})`;
  const zeroed = (cells: string) => `IF(${cells}="", 0, ${cells})`;

  return {
    baseName: t.sheetName,
    frozenRows: 2,
    columnWidths: {
      1: 200,
      // Wide enough for the year-to-date headers ("Run-rate forecast (year)") to be read.
      ...Object.fromEntries(Array.from({ length: MONTHS + 1 }, (_, i) => [i + 2, 118])),
      6: 170,
    },
    stageInputs: Array.from({ length: MONTHS }, (_, i) => ({ row: actual, col: i + 2 })),
    blocks: [
      ...titledFor(m.common.funnelLine, t.title, funnel, t.subtitle),
      section(4, m.common.inputs),
      label(
        5,
        1,
        column([
          m.annual.revenueTarget,
          m.common.averageDealSize,
          m.monthly.daysPerMonth,
          m.common.firstMonth,
        ]),
      ),
      input(5, 2, column([YEAR_TARGET, DEAL_SIZE]), formats.money),
      input(7, 2, one(DAYS_PER_MONTH), formats.integer),
      input(8, 2, one(monthFormula(firstMonth)), formats.month),

      section(10, m.monthly.revenuePerMonth),
      header(11, 1, [[m.common.month, ...months, m.common.total]], formats.month),
      label(12, 1, one(m.monthly.revenueTarget)),
      input(12, 2, [Array.from({ length: MONTHS }, () => "=$B$5/12")], formats.money),
      total(12, totalCol, one(`=SUM(${targets})`), formats.money),

      section(plan - 2, t.planTable),
      header(plan - 1, 1, [[m.common.stage, ...monthHeaders, t.planYear]], formats.month),
      label(plan, 1, spill(`={${stages}}`, STAGE_ROOM)),
      output(
        plan,
        2,
        spill(
          `=FUNNEL_TARGETS(${targets}, B6, ${rates}, ${days}, B7, "cumulative")`,
          STAGE_ROOM,
          MONTHS,
        ),
        formats.integer,
        t.planNote,
      ),
      total(plan, totalCol, spill(rowSums(plan, planCells), STAGE_ROOM), formats.integer),

      section(actual - 2, t.actualTable),
      header(actual - 1, 1, [[m.common.stage, ...monthHeaders, t.actualToDate]], formats.month),
      label(actual, 1, spill(`={${stages}}`, STAGE_ROOM)),
      input(actual, 2, roomBlock(exampleActuals(funnel)), formats.integer, t.actualNote),
      total(actual, totalCol, spill(rowSums(actual, actualCells), STAGE_ROOM), formats.integer),

      section(attain - 2, t.attainmentTable),
      header(attain - 1, 1, [[m.common.stage, ...monthHeaders]], formats.month),
      label(attain, 1, spill(`={${stages}}`, STAGE_ROOM)),
      output(
        attain,
        2,
        spill(
          `=ARRAYFORMULA(IF(${actualCells}="", "", IF(${planCells}>0, ${actualCells}/${planCells}, "")))`,
          STAGE_ROOM,
          MONTHS,
        ),
        formats.percent,
        t.behindNote,
      ),

      section(ytd - 2, t.forecastTable),
      header(ytd - 1, 1, [
        [
          m.common.stage,
          t.planToDate,
          t.actualToDate,
          t.attainment,
          t.monthsReported,
          t.runRate,
          t.planYear,
          t.gapToPlan,
        ],
      ]),
      label(ytd, 1, spill(`={${stages}}`, STAGE_ROOM)),
      // Plan to date: the plan of the months that have an actual figure.
      output(
        ytd,
        2,
        spill(
          rowSums(ytd, `IF((${actualCells}="")+(${planCells}=""), "", ${planCells})`),
          STAGE_ROOM,
        ),
        formats.integer,
      ),
      output(ytd, 3, spill(rowSums(ytd, actualCells), STAGE_ROOM), formats.integer),
      output(
        ytd,
        4,
        spill(perStage(ytd, `IF(${ytdCol(2)}>0, ${ytdCol(3)}/${ytdCol(2)}, "")`), STAGE_ROOM),
        formats.percent,
      ),
      output(
        ytd,
        5,
        spill(rowSums(ytd, `IF(${actualCells}="", "", 1)`), STAGE_ROOM),
        formats.integer,
      ),
      output(
        ytd,
        6,
        spill(
          perStage(ytd, `IF(${ytdCol(5)}>0, ${ytdCol(3)}/${ytdCol(5)}*${MONTHS}, "")`),
          STAGE_ROOM,
        ),
        formats.integer,
        t.runRateNote,
      ),
      output(
        ytd,
        7,
        spill(perStage(ytd, a1Range(plan, totalCol, STAGE_ROOM, 1)), STAGE_ROOM),
        formats.integer,
      ),
      output(
        ytd,
        8,
        spill(perStage(ytd, `IF(${ytdCol(6)}="", "", ${ytdCol(6)}-${ytdCol(7)})`), STAGE_ROOM),
        SIGNED_INTEGER,
      ),
      remark(ytd + STAGE_ROOM + 1, t.behindNote),

      // The won stage's row of the plan and of the actuals, month by month, for the chart.
      section(won - 2, t.wonDeals),
      header(won - 1, 1, [[m.common.month, t.plan, t.actual]]),
      label(won, 1, column(months.map((_, i) => `=${a1(11, i + 2)}`)), formats.month),
      output(
        won,
        2,
        spill(`=ARRAYFORMULA(${wonColumn(zeroed(planCells))})`, MONTHS),
        formats.integer,
      ),
      // A month without an actual figure stays empty (not 0) so the chart shows no bar for it.
      output(
        won,
        3,
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
        ranges: [1, 2, 3].map((c) => a1Range(won - 1, c, MONTHS + 1, 1)),
        // Beside the year-to-date table (columns A–H), over cells no spill reaches.
        row: ytd - 1,
        col: 10,
      },
    ],
    highlights: [
      {
        range: monthsRoom(attain),
        formula: `=AND(ISNUMBER(${a1(attain, 2)}), ${a1(attain, 2)}<1)`,
        background: BEHIND,
      },
      {
        range: a1Range(ytd, 4, STAGE_ROOM, 1),
        formula: `=AND(ISNUMBER(${a1(ytd, 4)}), ${a1(ytd, 4)}<1)`,
        background: BEHIND,
      },
      {
        range: a1Range(ytd, 8, STAGE_ROOM, 1),
        formula: `=AND(ISNUMBER(${a1(ytd, 8)}), ${a1(ytd, 8)}<0)`,
        background: BEHIND,
      },
    ],
  };
}
