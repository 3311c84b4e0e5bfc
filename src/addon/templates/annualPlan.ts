import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import { LayoutBuilder, STAGE_ROOM, type Layout } from "./layout";
import { DEAL_SIZE, YEAR_TARGET } from "./examplePlan";
import {
  column,
  conversionToWon,
  exampleMark,
  FINE_PERCENT,
  header,
  highlight,
  input,
  label,
  output,
  RATE_PERCENT,
  section,
  spill,
  titledFor,
  total,
  type CellInput,
  type Formats,
  type FunnelRef,
  type SheetPlan,
  type StageInputs,
} from "./sheetPlan";
import { removedStagesBlocks, stageRefs } from "./stageBlocks";

/** Example cost of working one record, counted from the won stage up: onboarding, SQL, MQL, lead, visit. */
const EXAMPLE_COSTS_FROM_WON = [0, 400, 50, 20, 2];
const EXAMPLE_COST_ABOVE = 1;
/** Low and high scenarios as shares of the plan's target. */
const LOW_SHARE = 0.8;
const HIGH_SHARE = 1.2;
const DEFAULT_LIFT = 0.1;
/** The chance of reaching the won deals needed that the confidence column plans for. */
const DEFAULT_CONFIDENCE = 0.9;

/** Example cost per record for each stage, top first: the won stage costs nothing extra. */
export function exampleCosts(stageCount: number): number[] {
  return Array.from({ length: stageCount }, (_, i) => {
    const fromWon = stageCount - 1 - i;
    return EXAMPLE_COSTS_FROM_WON[fromWon] ?? EXAMPLE_COST_ABOVE;
  });
}

/**
 * Where the annual plan's blocks go: inputs and results side by side under the title, then the
 * stage tables side by side over the stage room — required volume, scenarios, which stage to
 * improve and the budget, its typed cost per record last (beside it, the hidden marker column
 * and the inputs of removed stages) — and the funnel chart to their right.
 */
export function annualLayout() {
  const l = new LayoutBuilder();
  const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
  const inputs = l.add("inputs", { rows: 6, cols: 2 }, l.below(title, 2), "input");
  const results = l.add("results", { rows: 6, cols: 2 }, l.rightOf(inputs));
  const volume = l.stageTable("volume", 7, { row: results.lastRow + 3, col: 1 });
  const scenarios = l.stageTable("scenarios", 3, l.rightOf(volume.block));
  const improve = l.stageTable("improve", 1, l.rightOf(scenarios.block));
  const budget = l.stageTable("budget", 1, l.rightOf(improve.block));
  const costs = l.stageTable("costs", 1, l.rightOf(budget.block, 0), "stageInput", { note: true });
  l.markerAt(costs.block.lastCol + 1);
  const removed = l.stageTable("removed", 2, l.rightOf(costs.block), "removed");
  l.add("chart", { rows: 1, cols: 1 }, l.rightOf(removed.block));
  l.freeze(volume.header.row, 1);
  return l.build() as Layout<
    | "title"
    | "inputs"
    | "results"
    | `${"volume" | "scenarios" | "improve" | "budget" | "costs" | "removed"}${"" | ".header" | ".body"}`
    | "costs.note"
    | "chart"
  >;
}

export type AnnualLayout = ReturnType<typeof annualLayout>;

/** The typed cost per record follows its stage; removed stages' costs are kept beside it. */
export function annualStageInputs(layout: AnnualLayout): StageInputs {
  return {
    axis: "rows",
    input: layout.anchors["costs.body"],
    removed: layout.anchors["removed.body"],
  };
}

/**
 * Annual reverse funnel (SPEC §6.1): target and deal size in, required volume per stage per year,
 * quarter and month out; a budget (cost per record per stage → cost per stage, total budget,
 * implied CAC), low / plan / high scenarios (one REQUIRED_LEADS call) and which stage to improve
 * (one STAGE_SENSITIVITY call). Every per-stage column is one formula spilling with the stage
 * list over the stage room, so the sheet follows the stage table.
 */
export function annualPlan(
  funnel: FunnelRef,
  formats: Formats,
  m: SheetMessages,
  layout: AnnualLayout = annualLayout(),
  figures?: { target: number; dealSize: number },
): SheetPlan {
  const t = m.annual;
  const p = m.plans;
  const a = layout.anchors;
  const { stages, rates } = namedRangeNames(funnel.key);
  const target = a.inputs.cell(0, 1);
  const dealSize = a.inputs.cell(1, 1);
  const lift = a.inputs.cell(2, 1, true);
  const body = (
    name: "volume.body" | "scenarios.body" | "improve.body" | "budget.body" | "costs.body",
    c = 0,
  ) => a[name].column(c);
  const stageColumn = body("volume.body", 0);
  const perYear = body("volume.body", 2);
  const confidence = a.inputs.cell(5, 1);
  const costs = body("costs.body");
  const costPerStage = body("budget.body");
  const sensitivity = a["improve.body"].column(0, 0, true);
  // Quarters and months of numbers only: an error in the year's column shows there, once a row.
  const perPeriod = (divisor: number) =>
    `=ARRAYFORMULA(IF(ISNUMBER(${perYear}), ${perYear}/${divisor}, ""))`;
  const wonDeals = `INDEX(${perYear}, COUNT(${perYear}))`;
  // The costs beside a stage name (a blank cost counts as 0), so a stage deleted in the table
  // leaves no extra cost behind in the list.
  const stageCosts = `FILTER(IF(${costs}="", 0, ${costs}), ${stageColumn}<>"")`;
  const targets = a.results.range(3, 1, 3, 1);
  const head = (
    name: "volume" | "scenarios" | "improve" | "budget" | "costs",
    cells: CellInput[],
  ) => header(a[`${name}.header`].row, a[`${name}.header`].col, [cells]);
  const at = (name: "volume" | "scenarios" | "improve" | "budget" | "costs") => a[`${name}.body`];
  const change = a["improve.body"].cell(0, 0, "column");
  const exampleCost = exampleCosts(funnel.stageCount);

  return {
    baseName: t.sheetName,
    layout,
    stages: stageRefs(funnel),
    stageInputs: annualStageInputs(layout),
    blocks: [
      ...titledFor(a.title, m.common.funnelLine, t.title, funnel, t.subtitle),
      section({ row: a.inputs.row - 1, col: a.inputs.col }, m.common.inputs),
      label(
        a.inputs.row,
        a.inputs.col,
        column([
          t.revenueTarget,
          m.common.averageDealSize,
          t.lift,
          p.lowShare,
          p.highShare,
          t.confidence,
        ]),
      ),
      input(
        a.inputs.row,
        a.inputs.col + 1,
        column([figures?.target ?? YEAR_TARGET, figures?.dealSize ?? DEAL_SIZE]),
        formats.money,
      ),
      input(a.inputs.rowAt(2), a.inputs.col + 1, column([DEFAULT_LIFT]), formats.percent),
      input(
        a.inputs.rowAt(3),
        a.inputs.col + 1,
        column([LOW_SHARE, HIGH_SHARE]),
        formats.percent,
        t.scenarioNote,
      ),
      input(a.inputs.rowAt(5), a.inputs.col + 1, column([DEFAULT_CONFIDENCE]), formats.percent),

      section({ row: a.results.row - 1, col: a.results.col }, p.results),
      label(
        a.results.row,
        a.results.col,
        column([t.totalBudget, t.impliedCac, t.bestStage, t.low, t.plan, t.high]),
      ),
      total(
        a.results.row,
        a.results.col + 1,
        column([`=SUM(${costPerStage})`, `=IFERROR(${a.results.cell(0, 1)}/${wonDeals}, "")`]),
        formats.money,
      ),
      highlight(a.results.rowAt(2), a.results.col + 1, [
        [
          `=IFERROR(INDEX(${a["volume.body"].column(0, 0, true)}, MATCH(MIN(${sensitivity}), ${sensitivity}, 0)), "")`,
        ],
      ]),
      output(
        a.results.rowAt(3),
        a.results.col + 1,
        column([
          // A bad target shows its error once in this block (the total budget above).
          `=IF(ISNUMBER(${target}), ${target}*${a.inputs.cell(3, 1)}, "")`,
          `=${target}`,
          `=IF(ISNUMBER(${target}), ${target}*${a.inputs.cell(4, 1)}, "")`,
        ]),
        formats.money,
      ),

      section({ row: a.volume.row - 1, col: a.volume.col }, t.requiredVolume),
      head("volume", [
        m.common.stage,
        m.common.conversionToNext,
        t.neededPerYear,
        t.neededForConfidence(`ROUND(${confidence}*100, 1)`),
        t.perQuarter,
        t.perMonth,
        t.cumulativeConversion,
      ]),
      label(at("volume").row, at("volume").col, spill(`={${stages}}`, STAGE_ROOM)),
      output(
        at("volume").row,
        at("volume").col + 1,
        spill(`={${rates}}`, STAGE_ROOM),
        RATE_PERCENT,
      ),
      output(
        at("volume").row,
        at("volume").col + 2,
        spill(`=REQUIRED_LEADS(${target}, ${dealSize}, ${rates})`, STAGE_ROOM),
        formats.integer,
        t.roundingNote,
      ),
      // The same target at a chance of reaching its deals instead of on average (one call).
      output(
        at("volume").row,
        at("volume").col + 3,
        // Empty while the yearly need shows an error: its message shows once, there.
        spill(
          `=ARRAYFORMULA(IF(ISERROR(${a["volume.body"].cell(0, 2)}), "", REQUIRED_LEADS(${target}, ${dealSize}, ${rates}, , ${confidence})))`,
          STAGE_ROOM,
        ),
        formats.integer,
        t.confidenceNote,
      ),
      output(
        at("volume").row,
        at("volume").col + 4,
        spill(perPeriod(4), STAGE_ROOM),
        formats.decimal,
        t.spreadNote,
      ),
      output(
        at("volume").row,
        at("volume").col + 5,
        spill(perPeriod(12), STAGE_ROOM),
        formats.decimal,
      ),
      // Share of a stage's records that end as won deals, from the rates beside it.
      output(
        at("volume").row,
        at("volume").col + 6,
        spill(
          `=ARRAYFORMULA(IF(${stageColumn}="", "", ${conversionToWon(body("volume.body", 1))}))`,
          STAGE_ROOM,
        ),
        FINE_PERCENT,
      ),

      section({ row: a.scenarios.row - 1, col: a.scenarios.col }, t.scenarios),
      head("scenarios", [t.low, t.plan, t.high]),
      output(
        at("scenarios").row,
        at("scenarios").col,
        spill(`=TRANSPOSE(REQUIRED_LEADS(${targets}, ${dealSize}, ${rates}))`, STAGE_ROOM, 3),
        formats.integer,
      ),

      section({ row: a.improve.row - 1, col: a.improve.col }, t.stageToImprove),
      head("improve", [t.cacChange]),
      output(
        at("improve").row,
        at("improve").col,
        spill(`=STAGE_SENSITIVITY(${rates}, ${stageCosts}, ${lift})`, STAGE_ROOM),
        formats.signedPercent,
        t.sensitivityNote,
      ),

      section({ row: a.budget.row - 1, col: a.budget.col }, t.budget),
      head("budget", [t.costPerStage]),
      output(
        at("budget").row,
        at("budget").col,
        spill(
          `=ARRAYFORMULA(IF((${stageColumn}="")+(${costs}=""), "", ${costs}*${perYear}))`,
          STAGE_ROOM,
        ),
        formats.money,
        t.costNote,
      ),
      head("costs", [t.costPerRecord]),
      input(
        at("costs").row,
        at("costs").col,
        column(Array.from({ length: STAGE_ROOM }, (_, i) => exampleCost[i] ?? "")),
        formats.money,
      ),
      exampleMark(a["costs.note"], m.common.exampleReplace, costs, exampleCost),
      ...removedStagesBlocks(
        a["removed.header"],
        a["removed.body"],
        [t.costPerRecord],
        m,
        formats.money,
      ),
    ],
    charts: [
      {
        kind: "bar",
        title: t.chartTitle,
        // The whole room: a stage added later is charted too.
        ranges: [a.volume.column(0), a.volume.column(2)],
        row: a.chart.row,
        col: a.chart.col,
      },
    ],
    highlights: [
      {
        // The stage whose better conversion saves the most per won deal, and its name.
        ranges: [a["improve.body"].a1(), a["volume.body"].column(0)],
        formula: `=AND(ISNUMBER(${change}), ${change}<0, ${change}=MIN(${sensitivity}))`,
        background: "#e6f4ea",
      },
    ],
  };
}
