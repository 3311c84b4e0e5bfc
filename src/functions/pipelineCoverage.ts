import { COVERAGE_BASES, coverageBase, pipelineCoverage } from "../core/coverage";
import { broadcastSpill, elementwise, numberBlock, type NumberBlock } from "./broadcast";
import { option, withDefault } from "./kinds";
import { nonNegativeRule, positiveRule } from "./numbers";
import { defineFunction, type FunctionDocs, type ParamDocs } from "./registry";

const NO_CLOSED: NumberBlock = { rows: 1, cols: 1, cells: [[0]] };

export const PIPELINE_COVERAGE = defineFunction({
  name: "PIPELINE_COVERAGE",
  params: [
    { name: "open_pipeline", kind: numberBlock(nonNegativeRule("an open pipeline", "2400000")) },
    { name: "quota", kind: numberBlock(positiveRule("a quota", "1000000")) },
    {
      name: "closed_won",
      kind: withDefault(numberBlock(nonNegativeRule("a closed-won amount", "200000")), NO_CLOSED),
      optional: true,
    },
    { name: "basis", kind: option(COVERAGE_BASES, "remaining"), optional: true },
  ],
  impl(pipeline, quota, closed, basis) {
    return elementwise(
      [
        { name: "open_pipeline", block: pipeline },
        { name: "quota", block: quota },
        { name: "closed_won", block: closed },
      ],
      (open, quota, closedWon) => pipelineCoverage(open, coverageBase(quota, closedWon, basis)),
      {
        argument: "closed_won",
        message:
          'meets or passes the quota, so nothing is left to close and coverage of the rest is undefined — use basis "quota" to compare the pipeline with the whole quota',
      },
    );
  },
});

/*
 * Quota, closed won and basis, as both coverage functions document them (build-time only). Plain
 * constants, not an object spread into the docs: esbuild keeps a spread (it may run getters), and
 * with it the docs in the bundle.
 */
export const QUOTA_DOCS: ParamDocs = {
  description: "Quota (bookings target) for the period.",
  example: "1000000",
};

export const CLOSED_WON_DOCS: ParamDocs = {
  description: "Bookings already closed won in the period.",
  example: "200000",
  default: "0",
};

export const BASIS_DOCS: ParamDocs = {
  description: '"remaining" to divide by quota − closed won, "quota" for the whole quota.',
  example: '"remaining"',
  default: '"remaining"',
};

/**
 * PIPELINE_COVERAGE's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const PIPELINE_COVERAGE_DOCS: FunctionDocs = {
  summary:
    "Pipeline coverage: open pipeline ÷ the quota still to close (quota − closed won), or ÷ the whole quota.",
  spill: broadcastSpill,
  details: [
    'Coverage is measured against what is still to close: open pipeline ÷ (quota − closed won), so a quarter half booked needs half the pipeline. `basis` "quota" divides by the whole quota instead (the figure many CRMs show). Compare it with the coverage your win rate needs, 1 ÷ win rate: at 25% that is 4×; the "3× rule" is a 33% win rate. STAGE_COVERAGE gives both by stage.',
    "Element-wise: same-shaped ranges give one coverage per cell (per rep, team or quarter); a single value combines with a range of any shape. When closed won meets or passes the quota nothing is left to cover: a single-value call is an error, and inside a range that cell is empty.",
  ],
  params: {
    open_pipeline: {
      description: "Open pipeline expected to close in the period (the sum of the deal amounts).",
      example: "2400000",
    },
    quota: QUOTA_DOCS,
    closed_won: CLOSED_WON_DOCS,
    basis: BASIS_DOCS,
  },
  returns: "Coverage as a multiple (3 = 3×), per cell of the inputs.",
  examples: [
    {
      formula: "=PIPELINE_COVERAGE(120000, 100000, 65000)",
      result: "3.43",
      note: "35 000 of a 100 000 quota left to close, 120 000 open",
    },
    {
      formula: "=PIPELINE_COVERAGE(4800000, 1600000)",
      result: "3",
      note: "3× looks safe, but at a 22% win rate the team needs 1 ÷ 0.22 = 4.5×",
    },
    {
      formula: '=PIPELINE_COVERAGE(7500000, 2000000, 500000, "quota")',
      result: "3.75",
      note: "against the whole quota",
    },
    {
      formula: "=PIPELINE_COVERAGE({300000; 240000}, 100000, {40000; 100000})",
      result: '5; ""',
      note: "per rep: the second has already met quota",
    },
  ],
  errors: [
    'PIPELINE_COVERAGE: closed_won: meets or passes the quota, so nothing is left to close and coverage of the rest is undefined — use basis "quota" to compare the pipeline with the whole quota',
    'PIPELINE_COVERAGE: basis: "full" is not an option — use one of "remaining", "quota"',
  ],
};
