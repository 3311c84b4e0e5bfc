import { DIALECTS } from "../core/sql/dialect";
import { funnelSql, LAYOUTS } from "../core/sql/funnelQuery";
import { SqlArgumentError } from "../core/sql/identifiers";
import { NOT_A_STAGE, stageOfHeader } from "../core/stageMap";
import { fail } from "./errors";
import { nameList, option, singleText, type Kind } from "./kinds";
import { defineFunction, type FunctionDocs } from "./registry";
import { OPEN_RECORDS } from "./stageConversion";
import { toRows } from "./shapes";
import { stageNames, type StageNamesArg } from "./stageNames";
import { describe, isBlank } from "./values";

/** Sheets' limit for one cell's text (SPEC §9). */
const MAX_CELL_CHARS = 50_000;

/** The table's columns, and for a matrix optionally what each holds (its CRM stage name). */
interface Columns {
  names: string[];
  /** Two columns given: the stage each column holds, as a header would name it. */
  holds?: string[];
}

/**
 * `columns`: a row or column of column names, or — for a matrix whose columns are not named as
 * the stages — two columns: the table's column and the stage it holds (a CRM name or a funnel
 * stage), one row per date column.
 */
function columnList(): Kind<Columns> {
  const list = nameList("column", '"stage"');
  return {
    shape: "names",
    coerce(value, argument) {
      const rows = toRows(value, argument);
      if (rows.length < 2 || rows[0]!.length !== 2) return list.coerce(value, argument);
      const pairs = rows.filter((row) => !isBlank(row[0]) || !isBlank(row[1]));
      const names: string[] = [];
      const holds: string[] = [];
      pairs.forEach(([column, stage], i) => {
        if (typeof column !== "string" || isBlank(column) || isBlank(stage)) {
          fail(
            argument,
            `row ${i + 1} is ${describe(column)}, ${describe(stage)} — give each date column's name and the stage it holds`,
          );
        }
        names.push(column);
        holds.push(typeof stage === "string" ? stage : String(stage));
      });
      return { names, holds };
    },
  };
}

/** The funnel stage of each matrix column: from its pair, or its own name with a stage map. */
function columnStages(names: StageNamesArg, columns: Columns): number[] | undefined {
  const labels = columns.holds ?? (names.isMap ? columns.names : undefined);
  if (labels === undefined) return undefined;
  const unknown: string[] = [];
  const stages = labels.map((label) => {
    const found = stageOfHeader(names, label);
    if (found === undefined) unknown.push(JSON.stringify(label.trim()));
    return found === undefined ? NOT_A_STAGE : found.stage;
  });
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 10).join(", ");
    fail(
      "columns",
      `${unknown.length === 1 ? `${listed} names no stage` : `${unknown.length} columns name no stage: ${listed}`} of stage_order — name each date column after its CRM stage as the map has it, or give two columns: the table's column and the stage it holds`,
    );
  }
  return stages;
}

export const FUNNEL_SQL = defineFunction({
  name: "FUNNEL_SQL",
  params: [
    { name: "stage_order", kind: stageNames() },
    { name: "table", kind: singleText("a table name", '"my-project.crm.stage_log"') },
    { name: "columns", kind: columnList() },
    { name: "layout", kind: option(LAYOUTS, "log"), optional: true },
    { name: "dialect", kind: option(DIALECTS, "bigquery"), optional: true },
    { name: "open_records", kind: option(OPEN_RECORDS, "include"), optional: true },
  ],
  impl(names, table, columns, layout, dialect, openRecords) {
    if (columns.holds !== undefined && layout !== "matrix") {
      fail(
        "columns",
        "pairs of (column, stage) are for the matrix layout — give the column names as one row or column",
      );
    }
    const aliases: [string, number][] = [];
    for (const [key, stage] of names.index) aliases.push([key, stage]);
    let query: string;
    try {
      query = funnelSql({
        stages: names.stages,
        aliases,
        table,
        columns: columns.names,
        columnStages: layout === "matrix" ? columnStages(names, columns) : undefined,
        layout,
        dialect,
        openRecords,
      });
    } catch (e) {
      if (e instanceof SqlArgumentError) fail(e.argument, e.message);
      throw e;
    }
    if (query.length > MAX_CELL_CHARS) {
      fail(
        "result",
        `the query has ${query.length} characters, more than a cell holds (50 000) — use the Export funnel as SQL dialog`,
      );
    }
    return query;
  },
});

/**
 * FUNNEL_SQL's reference text and spill size: read only by the build (stubs, docs) and the
 * formula-engine harness, never bundled.
 */
export const FUNNEL_SQL_DOCS: FunctionDocs = {
  summary:
    "The SQL that computes STAGE_CONVERSION's numbers in BigQuery, PostgreSQL or DuckDB, for data too big for a sheet.",
  spill: () => ({ rows: 1, cols: 1 }),
  details: [
    "Returns one text cell: a query that gives one row per stage — `stage`, `records_reached` and `conversion_to_next` — with exactly the numbers STAGE_CONVERSION gives on the same records (the last stage's rate, and that of a stage no record reached, is NULL where the function shows an empty cell). Run it in BigQuery and bring the result back with Connected Sheets (see docs/bigquery.md).",
    'Layouts: "log" (default) — `columns` is the column holding each record\'s furthest stage, and optionally its status column (open, won, lost, deleted in the CRM\'s words: Pipedrive\'s `Status`, Salesforce\'s `IsClosed`), read as STAGE_CONVERSION reads a record log with status: won counts at the last stage, deleted is left out, a blank status is open, and any other status stops the query; "history" (also "events") — `columns` is the record id column, the stage column and optionally the date column, one row per stage a record entered, and each record counts at the furthest stage it ever entered; "matrix" — `columns` lists one date column per stage, in stage order, read like STAGE_CONVERSION\'s stage-date matrix with method "reached" (NULL, blank text, FALSE and 0 mean not reached).',
    "`stage_order` may be a stage map (CRM name, funnel stage), such as Funnel_Map: the query matches every CRM name to its funnel stage, and a name mapped to no funnel stage (Closed Lost) counts at none, as in STAGE_CONVERSION. For a matrix with a map, each column in `columns` is matched to a stage by its name as a header would be; or give `columns` as two columns — the table's date column and the stage it holds — one row per date column.",
    '`open_records` "exclude" leaves a record still open out of the rate of the stage it sits at, as STAGE_CONVERSION\'s `open_records` does: stage i\'s rate is reached(i+1) ÷ (reached(i) − open at i). It needs data that shows which records are closed: a log with its status column (closed when won, lost or at the last stage), or a stage map with a name that ends a record (Closed Lost), in the history layout (a record is closed when it reached the last stage or its latest event — by the date column, if given: a DATE or TIMESTAMP — is such a name) or the matrix layout (closed when it reached the last stage or a column of such a name). A log without its status column shows none: there "exclude" is an error.',
    "Stage names match as in STAGE_CONVERSION: case and surrounding white space don't count. A stage value that is not in `stage_order` stops the query with an error naming it (BigQuery and DuckDB: ERROR(); PostgreSQL: a failed cast whose message names it). In the events layout, rows without a record id are ignored.",
    "Table and column names are checked (letters, digits, _, - and inner spaces; a table has up to three dot-separated parts) and quoted for the dialect; stage names are written as escaped literals. No input can change the query's shape.",
  ],
  params: {
    stage_order: {
      type: "row or column of stage names, or a stage map",
      description: "The stage names, top first, or a stage map (CRM name, funnel stage).",
      example: "Funnel_Stages",
    },
    table: {
      description: "The warehouse table, e.g. project.dataset.table in BigQuery.",
      example: '"my-project.crm.stage_log"',
    },
    columns: {
      type: "row or column of names, or two columns (column, stage)",
      description:
        "The column names: the stage column and optionally the status column (log), the record id, stage and optional date columns (history), or the date columns (matrix) — in stage order, named as the stages, or as pairs of column and stage.",
      example: '"stage"',
    },
    layout: {
      description: 'How the table holds the records: "log", "history" ("events") or "matrix".',
      example: '"log"',
      default: '"log"',
    },
    dialect: {
      description: 'The SQL dialect: "bigquery", "postgres" or "duckdb".',
      example: '"bigquery"',
      default: '"bigquery"',
    },
    open_records: {
      description:
        'Records still open at the stage they sit at: "include" counts them as not converted (yet); "exclude" leaves them out of that stage\'s rate (a log with its status column, or the history and matrix layouts with a stage map\'s lost names).',
      example: '"exclude"',
      default: '"include"',
    },
  },
  returns: "The query, as one text cell.",
  examples: [
    {
      formula: '=FUNNEL_SQL(Funnel_Stages, "my-project.crm.stage_log", "stage")',
      result: "a BigQuery query",
      note: "one row per record with its furthest stage",
    },
    {
      formula:
        '=FUNNEL_SQL(Funnel_Stages, "crm.stage_events", {"deal_id", "stage"}, "events", "postgres")',
      result: "a PostgreSQL query",
    },
    {
      formula:
        '=FUNNEL_SQL(Funnel_Map, "crm.opportunity_history", {"opportunity_id", "stage_name", "created_date"}, "history", "duckdb")',
      result: "a DuckDB query",
      note: "a stage history with the CRM's own stage names",
    },
    {
      formula:
        '=FUNNEL_SQL(Funnel_Map, "crm.opportunity_history", {"opportunity_id", "stage_name", "created_date"}, "history", "duckdb", "exclude")',
      result: "a DuckDB query",
      note: "open opportunities left out of the rate of the stage they sit at",
    },
    {
      formula:
        '=FUNNEL_SQL(Funnel_Map, "pipedrive.deals", {"stage", "status"}, "log", "duckdb", "exclude")',
      result: "a DuckDB query",
      note: "a record log with its status column (Pipedrive's Stage and Status): won deals count at the last stage, open ones are left out of their stage's rate",
    },
  ],
  errors: [
    'FUNNEL_SQL: table: "crm.log; drop" holds ";", which a name cannot contain — give the table as project.dataset.table (BigQuery) or schema.table, with letters, digits, _ and -',
    "FUNNEL_SQL: columns: has 1 name but the events layout needs 2: the record id and the stage column",
    'FUNNEL_SQL: columns: "owner_date" names no stage of stage_order — name each date column after its CRM stage as the map has it, or give two columns: the table\'s column and the stage it holds',
    'FUNNEL_SQL: dialect: "mysql" is not an option — use one of "bigquery", "postgres", "duckdb"',
    'FUNNEL_SQL: open_records: "exclude" needs to know which records are still open, but a log of each record\'s stage shows no status — give its status column (open, won, lost) after the stage column, or use the history or matrix layout with a stage map whose lost names (Closed Lost) appear in the data',
  ],
};
