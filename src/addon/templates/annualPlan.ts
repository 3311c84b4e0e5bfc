import { a1, a1Range } from "../../core/a1";
import { namedRangeNames } from "../../core/funnel";
import type { SheetMessages } from "../../i18n/sheet";
import {
  column,
  conversionToWon,
  FINE_PERCENT,
  header,
  highlight,
  input,
  label,
  one,
  output,
  remark,
  section,
  spill,
  STAGE_ROOM,
  titledFor,
  total,
  type Block,
  type CellInput,
  type Formats,
  type FunnelRef,
  type SheetPlan,
} from "./sheetPlan";

const FIRST_STAGE_ROW = 11;
/** Rows the funnel chart takes below the table (kept free so no spill runs into it, SPEC §6). */
const CHART_ROWS = 22;
/** Example cost of working one record, counted from the won stage up: onboarding, SQL, MQL, lead, visit. */
const EXAMPLE_COSTS_FROM_WON = [0, 400, 50, 20, 2];
const EXAMPLE_COST_ABOVE = 1;
/** Low and high scenarios as shares of the plan's target. */
const SCENARIO_SHARES = [0.8, 1, 1.2];
const DEFAULT_LIFT = 0.1;

/** Example cost per record for each stage, top first: the won stage costs nothing extra. */
export function exampleCosts(stageCount: number): number[] {
  return Array.from({ length: stageCount }, (_, i) => {
    const fromWon = stageCount - 1 - i;
    return EXAMPLE_COSTS_FROM_WON[fromWon] ?? EXAMPLE_COST_ABOVE;
  });
}

/** A per-stage column of the room: its first `values`, then empty cells for stages added later. */
function roomColumn(values: (number | string)[]): CellInput[][] {
  return column(Array.from({ length: STAGE_ROOM }, (_, i) => values[i] ?? ""));
}

/**
 * Annual reverse funnel (SPEC §6.1): target and deal size in, required volume per stage per year,
 * quarter and month out; below the chart a budget (cost per record per stage → cost per stage,
 * total budget, implied CAC), low / plan / high scenarios (one REQUIRED_LEADS call) and which
 * stage to improve (one STAGE_SENSITIVITY call). Every per-stage column is one formula spilling
 * with the stage list over STAGE_ROOM rows, so the sheet follows the stage table; each table
 * starts below the previous one's room, out of every spill's way.
 */
export function annualPlan(funnel: FunnelRef, formats: Formats, m: SheetMessages): SheetPlan {
  const t = m.annual;
  const { stages, rates } = namedRangeNames(funnel.key);
  const first = FIRST_STAGE_ROW;
  const last = first + STAGE_ROOM - 1;
  const room = (row: number, col: number) => a1Range(row, col, STAGE_ROOM, 1);
  const stageColumn = room(first, 1);
  const rateColumn = room(first, 2);
  const perYear = room(first, 3);
  const perPeriod = (divisor: number) =>
    `=ARRAYFORMULA(IF(${perYear}="", "", ${perYear}/${divisor}))`;

  // Budget: cost per record (input, per stage) × needed per year.
  const budget = last + CHART_ROWS;
  const budgetFirst = budget + 2;
  const budgetLast = budgetFirst + STAGE_ROOM - 1;
  const costs = room(budgetFirst, 2);
  const costPerStage = room(budgetFirst, 4);
  const totalRow = budgetLast + 2;
  const wonDeals = `INDEX(${perYear}, COUNT(${perYear}))`;

  // Scenarios: a column of targets → one REQUIRED_LEADS call, turned to line up with the stages.
  const scenarios = totalRow + 3;
  const targets = a1Range(scenarios + 1, 2, SCENARIO_SHARES.length, 1);
  const scenarioFirst = scenarios + SCENARIO_SHARES.length + 3;
  const scenarioLast = scenarioFirst + STAGE_ROOM - 1;

  // Which stage to improve: STAGE_SENSITIVITY over the planned rates and the budget's costs.
  const improve = scenarioLast + 3;
  const liftCell = a1(improve + 2, 2);
  const sensFirst = improve + 5;
  const sensitivity = a1Range(sensFirst, 2, STAGE_ROOM, 1, true);
  // The costs beside a stage name (a blank cost counts as 0), so a stage deleted in the table
  // leaves no extra cost behind in the list.
  const stageCosts = `FILTER(IF(${costs}="", 0, ${costs}), ${room(budgetFirst, 1)}<>"")`;

  const stageList = (row: number): Block => label(row, 1, spill(`={${stages}}`, STAGE_ROOM));

  return {
    baseName: t.sheetName,
    frozenRows: 2,
    columnWidths: { 1: 220, 2: 130, 3: 130, 4: 130, 5: 110, 6: 230 },
    stageInputs: [{ row: budgetFirst, col: 2 }],
    blocks: [
      ...titledFor(m.common.funnelLine, t.title, funnel, t.subtitle),
      section(4, m.common.inputs),
      label(5, 1, column([t.revenueTarget, m.common.averageDealSize])),
      input(5, 2, column([100000, 10000]), formats.money),
      section(9, t.requiredVolume),
      header(10, 1, [
        [
          m.common.stage,
          m.common.conversionToNext,
          t.neededPerYear,
          t.perQuarter,
          t.perMonth,
          t.cumulativeConversion,
        ],
      ]),
      stageList(first),
      output(first, 2, spill(`={${rates}}`, STAGE_ROOM), formats.percent),
      output(
        first,
        3,
        spill(`=REQUIRED_LEADS(B5, B6, ${rates}, "end")`, STAGE_ROOM),
        formats.integer,
        t.roundingNote,
      ),
      output(first, 4, spill(perPeriod(4), STAGE_ROOM), formats.decimal),
      output(first, 5, spill(perPeriod(12), STAGE_ROOM), formats.decimal),
      // Share of a stage's records that end as won deals, from the rates beside it.
      output(
        first,
        6,
        spill(
          `=ARRAYFORMULA(IF(${stageColumn}="", "", ${conversionToWon(rateColumn)}))`,
          STAGE_ROOM,
        ),
        FINE_PERCENT,
      ),
      remark(last + 2, t.spreadNote),

      section(budget, t.budget),
      header(budget + 1, 1, [[m.common.stage, t.costPerRecord, t.neededPerYear, t.costPerStage]]),
      stageList(budgetFirst),
      input(budgetFirst, 2, roomColumn(exampleCosts(funnel.stageCount)), formats.money),
      output(
        budgetFirst,
        3,
        spill(`=ARRAYFORMULA(IF(${room(budgetFirst, 1)}="", "", ${perYear}))`, STAGE_ROOM),
        formats.integer,
      ),
      output(
        budgetFirst,
        4,
        spill(
          `=ARRAYFORMULA(IF((${room(budgetFirst, 1)}="")+(${costs}=""), "", ${costs}*${room(budgetFirst, 3)}))`,
          STAGE_ROOM,
        ),
        formats.money,
        t.costNote,
      ),
      label(totalRow, 1, column([t.totalBudget, t.impliedCac])),
      total(
        totalRow,
        4,
        [[`=SUM(${costPerStage})`], [`=IFERROR(D${totalRow}/${wonDeals}, "")`]],
        formats.money,
      ),

      section(scenarios, t.scenarios),
      label(scenarios + 1, 1, column([t.low, t.plan, t.high])),
      input(
        scenarios + 1,
        2,
        column(SCENARIO_SHARES.map((share) => (share === 1 ? "=B5" : `=B5*${share}`))),
        formats.money,
        t.scenarioNote,
      ),
      header(scenarioFirst - 1, 1, [[m.common.stage, t.low, t.plan, t.high]]),
      stageList(scenarioFirst),
      output(
        scenarioFirst,
        2,
        spill(
          `=TRANSPOSE(REQUIRED_LEADS(${targets}, B6, ${rates}, "end"))`,
          STAGE_ROOM,
          SCENARIO_SHARES.length,
        ),
        formats.integer,
      ),

      section(improve, t.stageToImprove),
      label(improve + 1, 1, column([t.bestStage, t.lift])),
      highlight(
        improve + 1,
        2,
        one(
          `=IFERROR(INDEX(${a1Range(sensFirst, 1, STAGE_ROOM, 1, true)}, MATCH(MIN(${sensitivity}), ${sensitivity}, 0)), "")`,
        ),
      ),
      input(improve + 2, 2, one(DEFAULT_LIFT), formats.percent),
      header(sensFirst - 1, 1, [[m.common.stage, t.cacChange]]),
      stageList(sensFirst),
      output(
        sensFirst,
        2,
        spill(`=STAGE_SENSITIVITY(${rates}, ${stageCosts}, ${liftCell})`, STAGE_ROOM),
        formats.signedPercent,
        t.sensitivityNote,
      ),
    ],
    charts: [
      {
        kind: "bar",
        title: t.chartTitle,
        ranges: [
          a1Range(first - 1, 1, STAGE_ROOM + 1, 1),
          a1Range(first - 1, 3, STAGE_ROOM + 1, 1),
        ],
        // Below the table, not beside it: a sidebar open on the right would hide it.
        row: last + 4,
        col: 1,
      },
    ],
    highlights: [
      {
        // The stage whose better conversion saves the most per won deal.
        range: a1Range(sensFirst, 1, STAGE_ROOM, 2),
        formula: `=AND(ISNUMBER($B${sensFirst}), $B${sensFirst}<0, $B${sensFirst}=MIN(${sensitivity}))`,
        background: "#e6f4ea",
      },
    ],
  };
}
