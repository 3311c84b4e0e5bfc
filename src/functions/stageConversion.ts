import { isHeaderOverData } from "../core/crm/layout";
import {
  nextStageRates,
  nextStageRatesOfClosed,
  reachedFromHighWater,
} from "../core/stageConversion";
import { MATRIX_METHODS, matrixHighWater } from "../core/stageMatrix";
import { cellNumber } from "../core/cellValue";
import { OTHER_COLUMNS, readReach, stageColumnsOnly } from "./crmData";
import { fail } from "./errors";
import { option, rawRange, withDefault } from "./kinds";
import { nonNegativeRule, toCheckedNumbers } from "./numbers";
import { defineFunction, ONE_CELL, stagesNamedBy, type FunctionDocs } from "./registry";
import { OTHER_COLUMNS_DOCS } from "./stageDates";
import { orient, rowsToList, type Orientation } from "./shapes";
import { stageNames } from "./stageNames";
import { isBlank, type Cell, type Grid } from "./values";
import { ArrayOf } from "../core/intrinsics";

const COUNT = nonNegativeRule("a count", "1000");

/** What to do with records still open at the stage they sit at. */
export type OpenRecords = "include" | "exclude";
export const OPEN_RECORDS: readonly OpenRecords[] = ["include", "exclude"];

function toCells(rates: (number | undefined)[], orientation: Orientation): Grid {
  const cells = new ArrayOf<Cell>(rates.length);
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

function cannotExclude(why: string): never {
  fail(
    "open_records",
    `"exclude" needs to know which records are still open, but ${why} — give a status column (open, won, lost) beside the stages, or a stage map whose lost names (Closed Lost) appear in the data`,
  );
}

export const STAGE_CONVERSION = defineFunction({
  name: "STAGE_CONVERSION",
  params: [
    { name: "data", kind: rawRange() },
    { name: "stage_order", kind: withDefault(stageNames(), undefined), optional: true },
    { name: "method", kind: option(MATRIX_METHODS, "reached"), optional: true },
    { name: "open_records", kind: option(OPEN_RECORDS, "include"), optional: true },
    { name: "other_columns", kind: option(OTHER_COLUMNS, "error"), optional: true },
  ],
  impl(data, names, method, openRecords, otherColumns) {
    const rows = otherColumns === "ignore" ? stageColumnsOnly(data, names) : data;
    const exclude = openRecords === "exclude";
    if (names !== undefined) {
      const { reach, orientation } = readReach(rows, names, method === "strict");
      if (!exclude)
        return toCells(nextStageRates(reachedFromHighWater(reach.highWater)), orientation);
      if (!reach.showsClosed) cannotExclude("these records show no status and no lost stage");
      return toCells(nextStageRatesOfClosed(reach.highWater, reach.openAt), orientation);
    }
    if (rows.length > 1 && rows[0]!.length > 1) {
      if (exclude) cannotExclude("a stage-date matrix without stage names shows no lost stage");
      // A first row of titles (Lead, MQL, …) over dates is the export's header, not a record.
      const records = isHeaderOverData(rows) ? rows.slice(1) : rows;
      return toCells(nextStageRates(reachedFromHighWater(matrixHighWater(records, method))), "row");
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
    if (exclude) cannotExclude("counts per stage don't say which records are open");
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
    "Conversion from each stage to the next, from counts per stage or a CRM export: a record log, a stage history or a stage-date matrix.",
  spill([data = ONE_CELL, stageOrder]) {
    const k = stagesNamedBy(stageOrder);
    if (k === undefined) {
      return data.rows > 1 && data.cols > 1 ? { rows: 1, cols: data.cols } : data;
    }
    // A history or a log with status gives a column, a matrix of two or three columns a row:
    // only the values tell, so both fit.
    if (data.rows > 1 && (data.cols === 2 || data.cols === 3)) return { rows: k, cols: k };
    if (data.rows > 1 && data.cols > 1) return { rows: 1, cols: k };
    return (stageOrder?.rows ?? 1) > 1 ? { rows: k, cols: 1 } : { rows: 1, cols: k };
  },
  details: [
    "The shape of `data` decides how it is read. A list of numbers is the count of records that reached each stage, top first. A list of stage names (one per record: where it is, or where it stopped — a CRM export) is a record log. With stage names, two columns whose first holds stage names are a record log with a status column (open, won, lost); three columns whose second holds stage names are a stage history (record id, stage, date: one row per stage change, in any order). Any other block of two or more rows and columns is a stage-date matrix: one row per record, one column per stage. A header row is recognised and skipped (see docs/crm-data.md).",
    "`stage_order` is a list of stage names (one row or column, top first) or a stage map: two columns, the CRM's name and the funnel stage it counts as, such as the stage table's Funnel_Map. A map's funnel stages are its second column's names in order of first appearance; an empty funnel stage marks a name that is known but no funnel stage (Closed Lost). Names match ignoring case and surrounding spaces. Every name the data holds that stage_order does not know is an error listing them (up to ten).",
    "The result lines up with the stages: the last stage's cell is empty, and so is the cell of a stage no record reached. Counts may rise from one stage to the next (period counts), giving a rate above 100%.",
    "Record log: a record at stage j has reached every stage above it (high-water mark); empty cells are skipped; a record at a name mapped to no funnel stage is left out (where it stopped is not in the name). A status of won counts the record at the last stage; deleted leaves it out. The result follows `stage_order`'s orientation (a map's is a column).",
    "Stage history: a record reached the furthest funnel stage it ever entered; its latest event says whether it is closed. The result is a column.",
    'Stage-date matrix: an empty cell, FALSE, 0 or only white space (no-break spaces too) means "not reached"; a date, TRUE, 1 or any text means reached. The result is a row. Columns are matched to stages by their header (the CRM name, or HubSpot\'s `Date entered "Stage (Pipeline)"`); without a header, `stage_order` must have one name per column. `method` "reached" (default) counts a record at every stage above the furthest it reached; "strict" counts it at a stage only when it has every earlier stage too (matrix and history).',
    '`open_records` "exclude" leaves a record still open out of the rate of the stage it sits at: 10 deals at SQL, 4 on to Opportunity, 3 lost and 3 still open give 0.4 with "include" (default) and 4 / (10 − 3) = 0.571 with "exclude". It needs data that shows which records are closed: a status column, or a stage map with a lost name (Closed Lost) for a history or a matrix.',
    '`other_columns` "ignore" (with a stage map) reads a whole export pasted as it came, as STAGE_DAYS does: in a stage-date matrix, the columns whose title names no stage (Record ID, Deal Name) and empty ones are left out; a column titled with a name mapped to no funnel stage (Closed Lost) still closes its records.',
  ],
  params: {
    data: {
      type: "numbers, stage names, a stage history or a block of stage dates",
      description:
        "Counts per stage (top first), a column of each record's stage (with an optional status column), a stage history (record id, stage, date), or a stage-date matrix (one row per record, one column per stage); a header row is skipped.",
      example: "B2:B7",
    },
    stage_order: {
      type: "row or column of stage names, or a stage map",
      description:
        "The stage names, top first, or a stage map (CRM name, funnel stage) such as Funnel_Map; required for everything but counts and a plain stage-date matrix.",
      example: "Funnel_Map",
      default: "none",
    },
    method: {
      description: 'For a stage-date matrix or history: "reached" or "strict".',
      example: '"reached"',
      default: '"reached"',
    },
    open_records: {
      description:
        'Records still open at the stage they sit at: "include" counts them as not converted (yet); "exclude" leaves them out of that stage\'s rate.',
      example: '"exclude"',
      default: '"include"',
    },
    other_columns: OTHER_COLUMNS_DOCS,
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
    {
      formula:
        '=STAGE_CONVERSION({"Deal Stage"; "New"; "Working"; "Working"; "Closed Lost"; "Won"}, {"New", "Lead"; "Working", "MQL"; "Won", "Customer"; "Closed Lost", ""})',
      result: '0.75; 0.3333; ""',
      note: "a record log with its header, read through a stage map; the Closed Lost record can't be placed and is left out",
    },
    {
      formula:
        '=STAGE_CONVERSION({"Qualified", "open"; "Qualified", "lost"; "Demo", "won"; "Demo", "open"}, {"Qualified", "SQL"; "Demo", "Opportunity"; "", "Customer"}, , "exclude")',
      result: '0.6667; 1; ""',
      note: "stage and status (Pipedrive); won counts at the last stage, open records are left out of their stage's rate",
    },
    {
      formula: "=STAGE_CONVERSION(Deals!F1:L17, Funnel_Map)",
      result: "a row of rates, one per funnel stage",
      note: "HubSpot's Date entered columns with their header row (docs/crm-data.md)",
    },
    {
      formula: `=STAGE_CONVERSION({"Record ID", "Deal Name", "Date entered 'Demo (Sales)'", "Date entered 'Won (Sales)'"; 1, "Acme", "2026-01-05", "2026-01-25"; 2, "Beta", "2026-01-10", ""}, {"Demo", "Opportunity"; "Won", "Customer"}, , , "ignore")`,
      result: '0.5, ""',
      note: "a whole export as pasted: the columns whose titles name no stage are left out",
    },
  ],
  errors: [
    'STAGE_CONVERSION: data: row 7 is "Lost", which is not in stage_order — add it to stage_order, or give a stage map (CRM name, funnel stage), such as Funnel_Map, that names it',
    'STAGE_CONVERSION: data: 2 names are not in stage_order: "Demo" (row 2), "Lost" (row 3) — add each to the stage table\'s CRM names (the stage map\'s first column) with the funnel stage it counts as, or with none for a name that ends a record (Closed Lost)',
    "STAGE_CONVERSION: stage_order: is missing — data holds stage names (a record log), so give the stage names top first, e.g. Funnel_Stages",
    "STAGE_CONVERSION: data: item 2 is -5 — can't be negative; enter a count of 0 or more, such as 1000",
    "STAGE_CONVERSION: stage_order: has 3 names but data has 2 stage columns — give one name per column of the stage-date matrix, or leave stage_order out",
    'STAGE_CONVERSION: open_records: "exclude" needs to know which records are still open, but counts per stage don\'t say which records are open — give a status column (open, won, lost) beside the stages, or a stage map whose lost names (Closed Lost) appear in the data',
  ],
};
