import { COVERAGE_BASES, coverageBase, stageCoverage, type StageCoverage } from "../core/coverage";
import { normaliseStageName } from "../core/stageName";
import { fail } from "./errors";
import { BASIS_DOCS, CLOSED_WON_DOCS, QUOTA_DOCS } from "./pipelineCoverage";
import { nameList, numberList, option, singleNumber, withDefault } from "./kinds";
import { nonNegativeRule, positiveRule } from "./numbers";
import {
  cellColumn,
  checkAligned,
  dealLabel,
  WIN_PROBABILITY,
  type CellColumn,
} from "./planningKinds";
import { stageIndex } from "./stageIndex";
import { defineFunction, type FunctionDocs } from "./registry";
import { toCheckedNumber, type NumberRule } from "./numbers";
import { countOf, describe, isBlank, type Cell } from "./values";

const AMOUNT: NumberRule = nonNegativeRule("a deal amount", "25000");

export const STAGE_COVERAGE = defineFunction({
  name: "STAGE_COVERAGE",
  params: [
    { name: "deal_stages", kind: cellColumn() },
    { name: "deal_amounts", kind: cellColumn() },
    { name: "stage_order", kind: nameList("stage", "Pipeline_Stages") },
    { name: "win_rates", kind: numberList(WIN_PROBABILITY) },
    { name: "quota", kind: singleNumber(positiveRule("a quota", "1000000")) },
    {
      name: "closed_won",
      kind: withDefault(singleNumber(nonNegativeRule("a closed-won amount", "200000")), 0),
      optional: true,
    },
    { name: "basis", kind: option(COVERAGE_BASES, "remaining"), optional: true },
  ],
  impl(stages, amounts, order, winRates, quota, closed, basis) {
    const k = order.names.length;
    if (winRates.values.length !== k) {
      fail(
        "win_rates",
        `has ${countOf(winRates.values.length, "value")} but stage_order has ${countOf(k, "stage")} — give the win rate of deals at each stage, in the same order`,
      );
    }
    checkAligned(amounts, "deal_amounts", stages, "deal_stages");
    const base = coverageBase(quota, closed, basis);
    if (base <= 0) {
      fail(
        "closed_won",
        `is ${describe(closed)}, which meets or passes the quota of ${describe(quota)}: nothing is left to close — use basis "quota" to compare the pipeline with the whole quota`,
      );
    }
    const index = stageIndex(order.names, "stage_order");
    const lines = stageCoverage(pipelineByStage(stages, amounts, index), winRates.values, base);
    const line = (l: StageCoverage): Cell[] => [
      l.pipeline,
      l.coverage,
      l.required === undefined ? "" : l.required,
      l.expected,
    ];
    if (order.orientation === "column") return lines.map(line);
    return [
      lines.map((l) => l.pipeline),
      lines.map((l) => l.coverage),
      lines.map((l): Cell => (l.required === undefined ? "" : l.required)),
      lines.map((l) => l.expected),
    ];
  },
});

/**
 * The open pipeline of the deals at each stage, rows without an amount skipped. A loop of its
 * own, adding into one total per stage: V8 optimises it whole (a hot loop inside `impl` is
 * re-entered mid-function on every call and bails out on the code after it), and 100 000 deals
 * allocate nothing.
 */
function pipelineByStage(
  stages: CellColumn,
  amounts: CellColumn,
  index: Map<string, number>,
): Float64Array {
  const totals = new Float64Array(index.size);
  // CRM exports repeat a handful of spellings: each distinct raw stage is resolved once.
  const resolved = new Map<unknown, number>();
  const single = stages.length === 1;
  for (let i = 0; i < amounts.length; i++) {
    let amount = amounts.at(i);
    if (!(typeof amount === "number" && amount >= 0 && amount - amount === 0)) {
      if (isBlank(amount)) continue;
      amount = toCheckedNumber(amount, AMOUNT, "deal_amounts", dealLabel(amounts, i));
    }
    const raw = stages.at(single ? 0 : i);
    let s = resolved.get(raw);
    if (s === undefined) {
      s = resolveStage(raw, index, dealLabel(amounts, i));
      resolved.set(raw, s);
    }
    totals[s] = (totals[s] as number) + (amount as number);
  }
  return totals;
}

/** A deal's stage position in stage_order, or an error naming its row. */
function resolveStage(stage: unknown, index: Map<string, number>, where: string): number {
  const name =
    typeof stage === "string"
      ? stage
      : typeof stage === "number" && stage - stage === 0
        ? String(stage)
        : undefined;
  const s = name === undefined || isBlank(stage) ? undefined : index.get(normaliseStageName(name));
  if (s !== undefined) return s;
  fail(
    "deal_stages",
    isBlank(stage)
      ? `${where} is empty but its deal has an amount — give every open deal its stage`
      : `${where} is ${describe(stage)}, which is not in stage_order — add the stage to stage_order, or leave closed deals out of the list`,
  );
}

/**
 * STAGE_COVERAGE's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const STAGE_COVERAGE_DOCS: FunctionDocs = {
  summary:
    'Coverage by "stage X or later": per pipeline stage, the open pipeline at that stage or later, its coverage, the coverage its win rate needs and its expected bookings.',
  spill([, , order = { rows: 1, cols: 1 }]) {
    const k = Math.max(order.rows, order.cols);
    return order.rows === 1 && order.cols > 1 ? { rows: 4, cols: k } : { rows: k, cols: 4 };
  },
  details: [
    "`deal_stages` and `deal_amounts` are two columns of the open deals (a CRM export), row for row; a row without an amount is skipped. `stage_order` lists the open pipeline stages, earliest first, and `win_rates` the share of deals at each stage that are won (the stage probability). Stage names match ignoring case and surrounding spaces; a stage not in `stage_order` is an error naming the deal's row.",
    'One line per stage, in the orientation of `stage_order`: (1) open pipeline at this stage or later; (2) its coverage = (1) ÷ (quota − closed won), or ÷ quota with basis "quota"; (3) the coverage needed = 1 ÷ the win rate from this stage — conservative for the group, which also holds later, likelier deals (empty at a 0% win rate); (4) expected bookings of the group = Σ amount × the win rate of each deal\'s stage.',
    'When closed won meets or passes the quota, nothing is left to close: an error that suggests basis "quota".',
  ],
  params: {
    deal_stages: {
      type: "column of stage names",
      description: "Each open deal's current stage.",
      example: "Deals!C2:C500",
    },
    deal_amounts: {
      type: "column of amounts",
      description: "Each open deal's amount, row for row with deal_stages.",
      example: "Deals!D2:D500",
    },
    stage_order: {
      description: "The open pipeline stages, earliest first.",
      example: "F2:F6",
    },
    win_rates: {
      type: "row or column of win rates (fractions)",
      description: "Share of deals at each stage that are won, aligned with stage_order.",
      example: "G2:G6",
    },
    quota: QUOTA_DOCS,
    closed_won: CLOSED_WON_DOCS,
    basis: BASIS_DOCS,
  },
  returns:
    "Per stage: pipeline at this stage or later, coverage, coverage needed, expected bookings.",
  examples: [
    {
      formula:
        '=STAGE_COVERAGE({"Demo"; "Proposal"; "Negotiation"; "Demo"}, {50000; 30000; 20000; 40000}, {"Discovery"; "Demo"; "Proposal"; "Negotiation"}, {0.1; 0.2; 0.5; 0.7}, 100000, 20000)',
      result:
        "140000, 1.75, 10, 47000; 140000, 1.75, 5, 47000; 50000, 0.625, 2, 29000; 20000, 0.25, 1.43, 14000",
      note: "80 000 left to close: the 140 000 at Demo or later is 1.75×, short of the 5× a 20% win rate from Demo needs",
    },
    {
      formula: "=STAGE_COVERAGE(Deals!C2:C500, Deals!D2:D500, F2:F6, G2:G6, B1, B2)",
      result: "one line per stage",
      note: "a CRM export of open deals against a stage table of win rates",
    },
  ],
  errors: [
    'STAGE_COVERAGE: deal_stages: row 3 is "Closed Won", which is not in stage_order — add the stage to stage_order, or leave closed deals out of the list',
    "STAGE_COVERAGE: win_rates: has 3 values but stage_order has 4 stages — give the win rate of deals at each stage, in the same order",
  ],
};
