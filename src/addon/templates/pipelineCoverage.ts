import { namedRangeNames } from "../../core/funnel";
import { serialOfDay } from "../../core/localDates";
import type { SheetMessages } from "../../i18n/sheet";
import { YEAR_TARGET } from "./examplePlan";
import { LayoutBuilder, STAGE_ROOM, type Layout, type Rect } from "./layout";
import {
  column,
  conversionToWon,
  FINE_PERCENT,
  header,
  highlight,
  input,
  label,
  monthSerial,
  output,
  RATE_PERCENT,
  remark,
  section,
  spill,
  titledFor,
  total,
  type Block,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

/** Rows of the open-deals table: room to paste a CRM export. */
export const DEAL_ROOM = 200;
/** Months the weighted pipeline shows from the first month of the period: two quarters. */
export const WEIGHTED_MONTHS = 6;
const PERIOD_MONTHS = 3;
/** Close dates as ISO days: unambiguous in every locale, as CRM exports write them. */
const DATE_FORMAT = "yyyy-mm-dd";
const EXAMPLE_QUOTA = YEAR_TARGET / 4;
const EXAMPLE_CLOSED_WON = 10000;
const PERCENTILES = [0.1, 0.5, 0.9];
/** Example open deals: amount and the month (from the first) it is expected to close in. */
const EXAMPLE_DEALS: readonly [number, number][] = [
  [12000, 0],
  [8000, 0],
  [15000, 0],
  [9500, 1],
  [11000, 1],
  [7000, 1],
  [13500, 2],
  [10000, 2],
  [6000, 3],
  [16000, 3],
  [9000, 4],
  [12500, 5],
];

/**
 * Inputs, results and the odds side by side under the title; the weighted pipeline by month
 * under them; then the coverage-by-stage table over the stage room and, beside it, the pasted
 * open deals with each deal's win rate (looked up from its stage).
 */
export function pipelineLayout() {
  const l = new LayoutBuilder();
  const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
  const inputs = l.add("inputs", { rows: 4, cols: 2 }, l.below(title, 2), "input");
  const results = l.add("results", { rows: 5, cols: 2 }, l.rightOf(inputs));
  const odds = l.add("odds", { rows: 1, cols: 2 }, l.rightOf(results));
  const rangeHeader = l.add("rangeHeader", { rows: 1, cols: 2 }, l.below(odds, 2));
  l.add("levels", { rows: PERCENTILES.length, cols: 1 }, l.below(rangeHeader, 0), "input");
  l.add(
    "range",
    { rows: PERCENTILES.length, cols: 1 },
    { row: rangeHeader.row + 1, col: rangeHeader.col + 1 },
  );
  const weighted = l.add(
    "weighted",
    { rows: 3, cols: WEIGHTED_MONTHS + 1 },
    { row: results.lastRow + 3, col: 1 },
  );
  l.add("leftOut", { rows: 1, cols: 1 }, l.rightOf(weighted));
  const coverage = l.stageTable("coverage", 7, { row: weighted.lastRow + 3, col: 1 });
  const deals = l.add("deals.header", { rows: 1, cols: 4 }, l.rightOf(coverage.block));
  l.add("deals", { rows: DEAL_ROOM, cols: 4 }, l.below(deals, 0), "input");
  l.add("dealOdds", { rows: DEAL_ROOM + 1, cols: 1 }, l.rightOf(deals, 0));
  l.freeze(coverage.header.row, 1);
  return l.build() as Layout<
    | "title"
    | "inputs"
    | "results"
    | "odds"
    | "rangeHeader"
    | "levels"
    | "range"
    | "weighted"
    | "leftOut"
    | `coverage${"" | ".header" | ".body"}`
    | "deals.header"
    | "deals"
    | "dealOdds"
  >;
}

export type PipelineLayout = ReturnType<typeof pipelineLayout>;

/**
 * Each open deal's stage, pasted or typed: a deal at a stage the team renames is at the renamed
 * stage, so a rename rewrites it (planSync.ts, SPEC §9); a deal at a deleted stage is left out
 * and counted in the line that says so.
 */
export function pipelineStageNames(layout: PipelineLayout): Rect[] {
  const deals = layout.anchors.deals;
  return [{ row: deals.row, col: deals.col + 1, rows: deals.rows, cols: 1 }];
}

/**
 * Pipeline coverage and forecast: a pasted table of open deals (deal, stage, amount, close
 * date) against the period's quota and closed won. Each deal's win rate is its stage's planned
 * conversion to won, from the funnel's rates (built-ins over the stage room, so they follow the
 * table). Coverage of what is left (one PIPELINE_COVERAGE call), coverage by "this stage or
 * later" (one STAGE_COVERAGE call), the weighted pipeline by close month (one WEIGHTED_PIPELINE
 * call), the chance of making the quota (one BOOKINGS_PROBABILITY call) and the range of
 * bookings (one BOOKINGS_PERCENTILES call). Deals at a stage that is not an open stage of the
 * funnel are left out and counted in a line that says so.
 */
export function pipelineCoverage(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  firstMonth: Date,
  layout: PipelineLayout = pipelineLayout(),
): SheetPlan {
  const t = m.pipeline;
  const a = layout.anchors;
  const { stages, rates } = namedRangeNames(funnel.key);
  const body = a["coverage.body"];
  const stageColumn = body.column(0, 0, true);
  const rateColumn = body.column(1, 0, true);
  const winColumn = body.column(2, 0, true);
  const deals = a.deals;
  const dealStages = deals.column(1, 0, true);
  const amounts = deals.column(2, 0, true);
  const dates = deals.column(3, 0, true);
  const winRates = a.dealOdds.column(0, 1, true);
  const quota = a.inputs.cell(0, 1, true);
  const closedWon = a.inputs.cell(1, 1, true);
  const start = a.inputs.cell(2, 1, true);
  const months = a.inputs.cell(3, 1, true);
  const inPeriod = `(${winRates}<>"")*(${dates}>=${start})*(${dates}<EDATE(${start}, ${months}))`;
  const periodAmounts = `IF(${inPeriod}, ${amounts}, "")`;
  const openAmounts = `IF(${winRates}<>"", ${amounts}, "")`;
  const pipeline = a.results.cell(0, 1);
  const stageWin = `SUMIF(${stageColumn}, TRIM(${dealStages}), ${winColumn})`;
  const leftOut = `ARRAYFORMULA(SUM((${amounts}<>"")*(${winRates}="")))`;
  const openStages = (c: string) => `FILTER(${c}, ${rateColumn}<>"")`;
  const coverageCell = body.cell(0, 4, "column");
  const n = funnel.stageCount;
  const late = funnel.stages[Math.max(0, n - 2)] ?? "";
  const early = funnel.stages[Math.max(0, n - 3)] ?? late;
  const y = firstMonth.getFullYear();
  const mo = firstMonth.getMonth();

  const blocks: Block[] = [
    ...titledFor(a.title, m.common.funnelLine, t.title, funnel, t.subtitle),
    section({ row: a.inputs.row - 1, col: a.inputs.col }, m.common.inputs),
    label(a.inputs.row, a.inputs.col, column([t.quota, t.closedWon, t.firstMonth, t.periodMonths])),
    input(
      a.inputs.row,
      a.inputs.col + 1,
      column([EXAMPLE_QUOTA, EXAMPLE_CLOSED_WON]),
      formats.money,
      t.exampleNote,
    ),
    input(a.inputs.rowAt(2), a.inputs.col + 1, column([monthSerial(firstMonth)]), formats.month),
    input(a.inputs.rowAt(3), a.inputs.col + 1, column([PERIOD_MONTHS]), formats.integer),

    section({ row: a.results.row - 1, col: a.results.col }, m.plans.results),
    label(
      a.results.row,
      a.results.col,
      column([t.openPipeline, t.leftToClose, t.coverage, t.coverageOfQuota, t.coverageNeeded]),
    ),
    total(
      a.results.row,
      a.results.col + 1,
      column([
        `=ARRAYFORMULA(SUM(IF(${inPeriod}, ${amounts}, 0)))`,
        `=IFERROR(${quota}-${closedWon}, "")`,
      ]),
      formats.money,
    ),
    highlight(
      a.results.rowAt(2),
      a.results.col + 1,
      column([
        `=PIPELINE_COVERAGE(${pipeline}, ${quota}, ${closedWon})`,
        `=IFERROR(${pipeline}/${quota}, "")`,
        `=ARRAYFORMULA(IFERROR(${pipeline}/SUM(IF(${inPeriod}, ${amounts}*${winRates}, 0)), ""))`,
      ]),
      formats.multiple,
      t.coverageNote,
    ),

    section({ row: a.odds.row - 1, col: a.odds.col }, t.odds),
    label(a.odds.row, a.odds.col, column([t.chance])),
    highlight(
      a.odds.row,
      a.odds.col + 1,
      column([
        `=ARRAYFORMULA(BOOKINGS_PROBABILITY(${periodAmounts}, ${winRates}, ${quota}, ${closedWon}))`,
      ]),
      formats.percent,
      t.chanceNote,
    ),
    section({ row: a.rangeHeader.row - 1, col: a.rangeHeader.col }, t.range),
    header(a.rangeHeader.row, a.rangeHeader.col, [[t.percentile, t.bookings]]),
    input(a.levels.row, a.levels.col, column(PERCENTILES), formats.percent, t.percentileNote),
    output(
      a.range.row,
      a.range.col,
      spill(
        `=ARRAYFORMULA(BOOKINGS_PERCENTILES(${periodAmounts}, ${winRates}, ${a.levels.a1(true)}, ${closedWon}))`,
        PERCENTILES.length,
      ),
      formats.money,
    ),

    section({ row: a.weighted.row - 1, col: a.weighted.col }, t.weighted),
    label(a.weighted.row, a.weighted.col, column([m.common.month, t.pipelineRow, t.weightedRow])),
    header(
      a.weighted.row,
      a.weighted.col + 1,
      [Array.from({ length: WEIGHTED_MONTHS }, (_, i) => `=EDATE(${start}, ${i})`)],
      formats.month,
    ),
    output(
      a.weighted.rowAt(1),
      a.weighted.col + 1,
      spill(
        `=ARRAYFORMULA(WEIGHTED_PIPELINE(${openAmounts}, ${winRates}, ${dates}, ${a.weighted.range(0, 1, 1, WEIGHTED_MONTHS)}))`,
        2,
        WEIGHTED_MONTHS,
      ),
      formats.money,
    ),
    remark({ row: a.leftOut.row, col: a.leftOut.col }, t.leftOut(leftOut)),

    section({ row: a.coverage.row - 1, col: a.coverage.col }, t.byStage),
    header(a["coverage.header"].row, a["coverage.header"].col, [
      [
        m.common.stage,
        m.common.conversionToNext,
        t.winRate,
        t.atOrLater,
        t.coverageHeader,
        t.neededHeader,
        t.expected,
      ],
    ]),
    label(body.row, body.col, spill(`={${stages}}`, STAGE_ROOM)),
    output(body.row, body.col + 1, spill(`={${rates}}`, STAGE_ROOM), RATE_PERCENT),
    // The won stage's own row stays empty: its deals are closed, not open pipeline.
    output(
      body.row,
      body.col + 2,
      spill(
        `=ARRAYFORMULA(IF(${body.column(1)}="", "", ${conversionToWon(body.column(1))}))`,
        STAGE_ROOM,
      ),
      FINE_PERCENT,
    ),
    // One block for the whole spill, so Refresh knows its room (SPEC §6).
    {
      ...output(
        body.row,
        body.col + 3,
        spill(
          `=ARRAYFORMULA(STAGE_COVERAGE(${dealStages}, ${periodAmounts}, ${openStages(stageColumn)}, ${openStages(winColumn)}, ${quota}, ${closedWon}))`,
          STAGE_ROOM,
          4,
        ),
        formats.money,
        t.byStageNote,
      ),
      columnFormats: [formats.money, formats.multiple, formats.multiple, formats.money],
    },

    section({ row: a["deals.header"].row - 1, col: a["deals.header"].col }, t.deals),
    header(a["deals.header"].row, a["deals.header"].col, [
      [t.deal, m.common.stage, t.amount, t.closeDate],
    ]),
    input(
      deals.row,
      deals.col,
      Array.from({ length: DEAL_ROOM }, (_, i) => {
        const deal = EXAMPLE_DEALS[i];
        if (!deal) return ["", ""];
        return [t.examples[i] ?? "", i % 3 === 0 ? early : late];
      }),
      undefined,
      t.dealsNote,
    ),
    input(
      deals.row,
      deals.col + 2,
      Array.from({ length: DEAL_ROOM }, (_, i) => [EXAMPLE_DEALS[i]?.[0] ?? ""]),
      formats.money,
    ),
    input(
      deals.row,
      deals.col + 3,
      Array.from({ length: DEAL_ROOM }, (_, i) => {
        const deal = EXAMPLE_DEALS[i];
        return [deal ? serialOfDay(y, mo + deal[1], 10 + 3 * (i % 5)) : ""];
      }),
      DATE_FORMAT,
    ),
    header(a.dealOdds.row, a.dealOdds.col, [[t.dealWinRate]]),
    output(
      a.dealOdds.row + 1,
      a.dealOdds.col,
      spill(`=ARRAYFORMULA(IF(${amounts}="", "", IF(${stageWin}>0, ${stageWin}, "")))`, DEAL_ROOM),
      FINE_PERCENT,
    ),
  ];
  return {
    baseName: t.sheetName,
    layout,
    blocks,
    charts: [],
    highlights: [
      {
        // A stage group whose coverage falls short of what its win rate needs.
        ranges: [body.range(0, 4, STAGE_ROOM, 1)],
        formula: `=AND(ISNUMBER(${coverageCell}), ISNUMBER(${body.cell(0, 5, "column")}), ${coverageCell}<${body.cell(0, 5, "column")})`,
        background: "#fce8e6",
      },
    ],
  };
}
