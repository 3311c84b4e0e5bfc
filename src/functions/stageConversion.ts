import { nextStageRates, reachedFromHighWater } from "../core/stageConversion";
import { MATRIX_METHODS, matrixHighWater } from "../core/stageMatrix";
import { fail } from "./errors";
import { nameList, option, rawRange, withDefault } from "./kinds";
import { cellNumber } from "../core/cellValue";
import { nonNegativeRule, toCheckedNumbers } from "./numbers";
import { recordLogHighWater, stageIndex } from "./recordLog";
import { defineFunction, type FunctionDocs, ONE_CELL } from "./registry";
import { orient, rowsToList, type Orientation } from "./shapes";
import { countOf, isBlank, type Cell, type Grid } from "./values";

const COUNT = nonNegativeRule("a count", "1000");

function toCells(rates: (number | undefined)[], orientation: Orientation): Grid {
  const cells = new Array<Cell>(rates.length);
  for (let i = 0; i < rates.length; i++) {
    const r = rates[i];
    cells[i] = r === undefined ? "" : r;
  }
  return orient(cells, orientation);
}

function holdsText(items: readonly unknown[]): boolean {
  for (const v of items) {
    if (typeof v === "string" && !isBlank(v) && cellNumber(v) === undefined) return true;
  }
  return false;
}

export const STAGE_CONVERSION = defineFunction({
  name: "STAGE_CONVERSION",
  params: [
    { name: "data", kind: rawRange() },
    {
      name: "stage_order",
      kind: withDefault(nameList("stage", "Funnel_Stages"), undefined),
      optional: true,
    },
    { name: "method", kind: option(MATRIX_METHODS, "reached"), optional: true },
  ],
  impl(rows, stageOrder, method) {
    if (rows.length > 1 && rows[0]!.length > 1) {
      const columns = rows[0]!.length;
      if (stageOrder !== undefined && stageOrder.names.length !== columns) {
        fail(
          "stage_order",
          `has ${countOf(stageOrder.names.length, "name")} but data has ${countOf(columns, "stage column")} — give one name per column of the stage-date matrix, or leave stage_order out`,
        );
      }
      return toCells(nextStageRates(reachedFromHighWater(matrixHighWater(rows, method))), "row");
    }
    if (stageOrder !== undefined) {
      // Not a matrix, so one column or one row of records (or none), read in place.
      const stages = stageIndex(stageOrder.names, "stage_order");
      const highWater =
        rows.length === 0
          ? new Array<number>(stages.size).fill(0)
          : recordLogHighWater(rows, stages, "data");
      return toCells(nextStageRates(reachedFromHighWater(highWater)), stageOrder.orientation);
    }
    const { items, orientation } = rowsToList(rows, "data");
    if (items.length === 0) {
      fail(
        "data",
        "is empty — enter the count at each stage (top first), a record log with stage_order, or a stage-date matrix",
      );
    }
    if (holdsText(items)) {
      fail(
        "stage_order",
        "is missing — data holds stage names (a record log), so give the stage names top first, e.g. Funnel_Stages",
      );
    }
    const counts = toCheckedNumbers(items, COUNT, "data");
    // Counts are what reached each stage already, not high-water marks.
    return toCells(nextStageRates(counts), orientation);
  },
});

/**
 * STAGE_CONVERSION's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const STAGE_CONVERSION_DOCS: FunctionDocs = {
  summary:
    "Conversion from each stage to the next, from counts per stage, a record log or a stage-date matrix.",
  spill([data = ONE_CELL, stageOrder = ONE_CELL]) {
    if (data.rows > 1 && data.cols > 1) return { rows: 1, cols: data.cols };
    return stageOrder.rows > 1 || stageOrder.cols > 1 ? stageOrder : data;
  },
  details: [
    "The shape of `data` decides how it is read. A list of numbers is the count of records that reached each stage, top first. A list of stage names (one per record, its furthest stage — a CRM export) is a record log, and `stage_order` lists the stages top first. A block of two or more rows and columns is a stage-date matrix: one row per record, one column per stage.",
    "The result lines up with the stages: the last stage's cell is empty, and so is the cell of a stage no record reached. Counts may rise from one stage to the next (period counts), giving a rate above 100%.",
    "Record log: a record at stage j has reached every stage above it (high-water mark). Names match ignoring case and surrounding spaces; empty cells are skipped. The result follows `stage_order`'s orientation.",
    'Stage-date matrix: an empty cell, FALSE, 0 or only white space (no-break spaces too) means "not reached"; a date, TRUE, 1 or any text means reached. The result is a row. With a matrix, `stage_order` is optional and only labels the columns; if given, it must have one name per column. `method` "reached" (default) counts a record at every stage above the furthest it reached; "strict" counts it at a stage only when it has every earlier stage too.',
  ],
  params: {
    data: {
      type: "numbers, stage names, or a block of stage dates",
      description:
        "Counts per stage (top first), a column of each record's furthest stage, or a stage-date matrix (one row per record, one column per stage).",
      example: "B2:B7",
    },
    stage_order: {
      description: "The stage names, top first; required when data is a record log.",
      example: "Funnel_Stages",
      default: "none",
    },
    method: {
      description: 'For a stage-date matrix: "reached" or "strict".',
      example: '"reached"',
      default: '"reached"',
    },
  },
  returns: "The conversion rate from each stage to the next, the last stage's cell empty.",
  examples: [
    { formula: "=STAGE_CONVERSION({1000; 300; 120})", result: '0.3; 0.4; ""' },
    {
      formula: "=STAGE_CONVERSION(C2:C5000, Funnel_Stages)",
      result: "one rate per stage",
      note: "a CRM export of each record's furthest stage",
    },
    {
      formula: '=STAGE_CONVERSION(D2:H900, , "strict")',
      result: "a row of rates",
      note: "one column of stage dates per stage",
    },
  ],
  errors: [
    'STAGE_CONVERSION: data: row 7 is "Lost", which is not in stage_order — add it to stage_order or correct the record',
    "STAGE_CONVERSION: stage_order: is missing — data holds stage names (a record log), so give the stage names top first, e.g. Funnel_Stages",
    "STAGE_CONVERSION: data: item 2 is -5 — can't be negative; enter a count of 0 or more, such as 1000",
    "STAGE_CONVERSION: stage_order: has 3 names but data has 2 stage columns — give one name per column of the stage-date matrix, or leave stage_order out",
  ],
};
