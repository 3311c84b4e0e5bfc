import { DIALECTS } from "../core/sql/dialect";
import { funnelSql, LAYOUTS } from "../core/sql/funnelQuery";
import { SqlArgumentError } from "../core/sql/identifiers";
import { fail } from "./errors";
import { nameList, option, singleText } from "./kinds";
import { stageIndex } from "./recordLog";
import { defineFunction, type FunctionDocs } from "./registry";

/** Sheets' limit for one cell's text (SPEC §9). */
const MAX_CELL_CHARS = 50_000;

export const FUNNEL_SQL = defineFunction({
  name: "FUNNEL_SQL",
  params: [
    { name: "stage_order", kind: nameList("stage", "Funnel_Stages") },
    { name: "table", kind: singleText("a table name", '"my-project.crm.stage_log"') },
    { name: "columns", kind: nameList("column", '"stage"') },
    { name: "layout", kind: option(LAYOUTS, "log"), optional: true },
    { name: "dialect", kind: option(DIALECTS, "bigquery"), optional: true },
  ],
  impl(stageOrder, table, columns, layout, dialect) {
    // The same duplicate check and message as STAGE_CONVERSION's.
    stageIndex(stageOrder.names, "stage_order");
    let query: string;
    try {
      query = funnelSql({
        stages: stageOrder.names,
        table,
        columns: columns.names,
        layout,
        dialect,
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
    'Layouts: "log" (default) — `columns` is the column holding each record\'s furthest stage; "events" — `columns` is the record id column and the stage column, one row per stage a record reached, and each record counts at its furthest stage; "matrix" — `columns` lists one date column per stage, in stage order, read like STAGE_CONVERSION\'s stage-date matrix with method "reached" (NULL, blank text, FALSE and 0 mean not reached).',
    "Stage names match as in STAGE_CONVERSION: case and surrounding white space don't count. A stage value that is not in `stage_order` stops the query with an error naming it (BigQuery and DuckDB: ERROR(); PostgreSQL: a failed cast whose message names it). In the events layout, rows without a record id are ignored.",
    "Table and column names are checked (letters, digits, _, - and inner spaces; a table has up to three dot-separated parts) and quoted for the dialect; stage names are written as escaped literals. No input can change the query's shape.",
  ],
  params: {
    stage_order: {
      description: "The stage names, top first.",
      example: "Funnel_Stages",
    },
    table: {
      description: "The warehouse table, e.g. project.dataset.table in BigQuery.",
      example: '"my-project.crm.stage_log"',
    },
    columns: {
      description:
        "The column names: the stage column (log), the record id and stage columns (events), or one date column per stage (matrix).",
      example: '"stage"',
    },
    layout: {
      description: 'How the table holds the records: "log", "events" or "matrix".',
      example: '"log"',
      default: '"log"',
    },
    dialect: {
      description: 'The SQL dialect: "bigquery", "postgres" or "duckdb".',
      example: '"bigquery"',
      default: '"bigquery"',
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
  ],
  errors: [
    'FUNNEL_SQL: table: "crm.log; drop" holds ";", which a name cannot contain — give the table as project.dataset.table (BigQuery) or schema.table, with letters, digits, _ and -',
    "FUNNEL_SQL: columns: has 1 name but the events layout needs 2: the record id and the stage column",
    'FUNNEL_SQL: dialect: "mysql" is not an option — use one of "bigquery", "postgres", "duckdb"',
  ],
};
