/**
 * FUNNEL_SQL's query: STAGE_CONVERSION's numbers computed in a warehouse (SPEC §12). Each record's
 * furthest stage (its high-water mark), how many records stopped at each stage, suffix sums (a
 * record at stage j reached every stage up to j), and the stage-to-next ratio as a double division,
 * as JavaScript divides: the same numbers bit for bit.
 *
 * Nothing the user typed reaches the query unchecked: identifiers are validated and quoted, stage
 * names are literals, and comments hold only fixed words. Blank and unknown stages are decided
 * inside one CASE, because BigQuery may evaluate a WHERE after the SELECT list (an ERROR() there
 * could fire for a row the WHERE removes).
 */
import { STAGE_NAME_SPACE, foldStageName, trimStageName } from "../stageName";
import { type Dialect, stringLiteral, syntaxOf } from "./dialect";
import { columnReference, SqlArgumentError, tableReference } from "./identifiers";
import { foldExpression, foldSteps } from "./stageKey";

export type Layout = "log" | "events" | "matrix";

export const LAYOUTS: readonly Layout[] = ["log", "events", "matrix"];

export interface FunnelSqlRequest {
  /** Stage names, top of the funnel first. */
  stages: readonly string[];
  table: string;
  /** log: [stage]; events: [record id, stage]; matrix: one date column per stage. */
  columns: readonly string[];
  layout: Layout;
  dialect: Dialect;
}

const LAYOUT_TEXT: Readonly<Record<Layout, string>> = {
  log: "one row per record holding its furthest stage",
  events: "one row per stage a record reached (record id, stage)",
  matrix: "one row per record, one date column per stage",
};

const DIALECT_TEXT: Readonly<Record<Dialect, string>> = {
  bigquery: "BigQuery (GoogleSQL)",
  postgres: "PostgreSQL",
  duckdb: "DuckDB",
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A lone surrogate has no UTF-8 form; NUL cannot be in PostgreSQL text. */
function unwritable(name: string): boolean {
  return name.includes("\u0000") || LONE_SURROGATE.test(name);
}

function checkStages(stages: readonly string[]): { names: string[]; keys: string[] } {
  if (stages.length === 0) {
    throw new SqlArgumentError("stage_order", "is empty — give the stage names, top first");
  }
  const names: string[] = [];
  const keys: string[] = [];
  const seen = new Map<string, number>();
  stages.forEach((raw, i) => {
    const name = trimStageName(raw);
    if (name === "") throw new SqlArgumentError("stage_order", `item ${i + 1} is empty`);
    if (unwritable(name)) {
      throw new SqlArgumentError(
        "stage_order",
        `item ${i + 1} holds a character SQL text cannot carry (NUL or a broken surrogate pair) — retype the name`,
      );
    }
    const key = foldStageName(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new SqlArgumentError(
        "stage_order",
        `item ${i + 1} "${name}" repeats item ${earlier + 1} — stage names must be unique (case and spaces don't count)`,
      );
    }
    seen.set(key, i);
    names.push(name);
    keys.push(key);
  });
  return { names, keys };
}

function expectColumns(request: FunnelSqlRequest, count: number, what: string): void {
  if (request.columns.length !== count) {
    const n = request.columns.length;
    throw new SqlArgumentError(
      "columns",
      `has ${n} name${n === 1 ? "" : "s"} but the ${request.layout} layout needs ${what}`,
    );
  }
}

/** The dialect's ways of writing the pieces every layout uses. */
interface Emit {
  dialect: Dialect;
  lit(text: string): string;
  /** A column as text. */
  text(column: string): string;
  /** A text expression without the stage-name white space at either end. */
  trim(expression: string): string;
  bigint: string;
  double: string;
}

function emitter(dialect: Dialect): Emit {
  const sql = syntaxOf(dialect);
  const lit = (text: string) => stringLiteral(text, dialect);
  const space = lit(STAGE_NAME_SPACE);
  return {
    dialect,
    lit,
    text: (column) => `CAST(${column} AS ${sql.text})`,
    trim: (expression) => sql.trim(expression, space),
    bigint: sql.bigint,
    double: sql.double,
  };
}

/** Builds the query, or throws a {@link SqlArgumentError} naming the argument at fault. */
export function funnelSql(request: FunnelSqlRequest): string {
  const { dialect, layout } = request;
  const { names, keys } = checkStages(request.stages);
  const k = names.length;
  if (layout === "log") expectColumns(request, 1, "1: the column holding each record's stage");
  else if (layout === "events") expectColumns(request, 2, "2: the record id and the stage column");
  else expectColumns(request, k, `${k}: one date column per stage, in stage order`);
  const table = tableReference(request.table, dialect);
  const columns = request.columns.map((c) => columnReference(c, dialect));

  const emit = emitter(dialect);
  const lit = emit.lit;

  const stageList = names
    .map((name, i) =>
      i === 0
        ? `  SELECT 0 AS stage_index, ${lit(name)} AS stage`
        : `  UNION ALL SELECT ${i}, ${lit(name)}`,
    )
    .join("\n");

  const ctes: string[] = [`stage_list AS (\n${stageList}\n)`];
  if (layout === "matrix") {
    ctes.push(matrixFurthest(columns, table, emit));
  } else {
    ctes.push(...stageColumnFurthest(layout, columns, table, keys, emit));
  }
  ctes.push(
    `stopped AS (\n  SELECT stage_index, SUM(records) AS records\n  FROM furthest\n  WHERE stage_index IS NOT NULL\n  GROUP BY stage_index\n)`,
  );
  ctes.push(
    `reached AS (\n  SELECT s.stage_index, s.stage,\n` +
      `    CAST(SUM(COALESCE(t.records, 0)) OVER (ORDER BY s.stage_index DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ${emit.bigint}) AS records_reached\n` +
      `  FROM stage_list AS s LEFT JOIN stopped AS t ON t.stage_index = s.stage_index\n)`,
  );
  const header = [
    "-- Funnel Math: conversion from each stage to the next, as STAGE_CONVERSION computes it.",
    `-- Layout ${layout}: ${LAYOUT_TEXT[layout]}. Dialect: ${DIALECT_TEXT[dialect]}. Stages: ${k}.`,
    "-- Stage names match ignoring case and surrounding white space; an unknown stage stops the query.",
  ];
  const select =
    `SELECT stage, records_reached,\n` +
    `  CASE WHEN records_reached = 0 THEN NULL\n` +
    `    ELSE CAST(LEAD(records_reached) OVER (ORDER BY stage_index) AS ${emit.double}) / CAST(records_reached AS ${emit.double})\n` +
    `  END AS conversion_to_next\nFROM reached\nORDER BY stage_index`;
  return `${header.join("\n")}\nWITH ${ctes.join(",\n")}\n${select};\n`;
}

/**
 * Matrix layout, as STAGE_CONVERSION's "reached" method: a record's furthest stage is the last
 * column it reached. A cell is not reached when it is NULL, blank text, FALSE or 0 (read through its
 * text form, so a BOOL or number column works, and so does a sheet exported to CSV, where FALSE and
 * 0 arrive as text); a date, TRUE, 1 or other text means reached.
 */
function matrixFurthest(columns: readonly string[], table: string, emit: Emit): string {
  const { lit } = emit;
  const notReached = `(${lit("")}, ${lit("false")}, ${lit("0")})`;
  const space = lit(STAGE_NAME_SPACE);
  const whens: string[] = [];
  for (let i = columns.length - 1; i >= 0; i--) {
    const cell = `cell_${i}`;
    // One CASE, in order: NULL is not reached; text with no white space at either end (a date's
    // text, TRUE, 1) needs no TRIM, which costs about a microsecond a cell; the rest is trimmed.
    whens.push(
      `      WHEN CASE WHEN ${cell} IS NULL THEN FALSE\n` +
        `        WHEN STRPOS(${space}, LEFT(${cell}, 1)) = 0 AND STRPOS(${space}, RIGHT(${cell}, 1)) = 0 THEN LOWER(${cell}) NOT IN ${notReached}\n` +
        `        ELSE LOWER(${emit.trim(cell)}) NOT IN ${notReached} END THEN ${i}`,
    );
  }
  const cells = columns.map((c, i) => `${emit.text(c)} AS cell_${i}`).join(", ");
  return (
    `furthest AS (\n  SELECT\n    CASE\n${whens.join("\n")}\n    END AS stage_index,\n    1 AS records\n` +
    `  FROM (SELECT ${cells} FROM ${table}) AS cells\n)`
  );
}

/**
 * Log and events layouts. CRM exports repeat a handful of spellings, so each distinct spelling is
 * trimmed, folded and looked up once (as STAGE_CONVERSION does) — TRIM with an explicit set and
 * TRANSLATE cost about a microsecond a row — in one CASE: blank → no stage, unknown → the query
 * stops. The log counts each spelling's rows; events keep each record's furthest stage.
 */
function stageColumnFurthest(
  layout: "log" | "events",
  columns: readonly string[],
  table: string,
  keys: readonly string[],
  emit: Emit,
): string[] {
  const { lit, dialect } = emit;
  const events = layout === "events";
  const unknown = syntaxOf(dialect).raise(
    `CONCAT(${lit('FUNNEL_SQL: data: "')}, stage_text, ${lit('" is not in stage_order: add it to the stages or correct the record')})`,
  );
  const whens = keys.map((key, i) => `        WHEN ${lit(key)} THEN ${i}`).join("\n");
  const stageKey = foldExpression("stage_text", foldSteps(keys), dialect);
  const stageColumn = emit.text(columns[events ? 1 : 0]);
  const spellings = events
    ? `  SELECT DISTINCT raw FROM (SELECT ${stageColumn} AS raw FROM ${table} WHERE ${columns[0]} IS NOT NULL) AS source`
    : `  SELECT raw, COUNT(*) AS records FROM (SELECT ${stageColumn} AS raw FROM ${table}) AS source GROUP BY raw`;
  const keyed =
    `  SELECT raw,${events ? "" : " records,"}\n` +
    `    CASE WHEN stage_text IS NULL OR stage_text = '' THEN NULL\n` +
    `      ELSE CASE ${stageKey}\n${whens}\n        ELSE ${unknown}\n      END\n    END AS stage_index\n` +
    `  FROM (SELECT raw,${events ? "" : " records,"} ${emit.trim("raw")} AS stage_text FROM spellings) AS trimmed`;
  const furthest = events
    ? `  SELECT MAX(k.stage_index) AS stage_index, 1 AS records\n` +
      `  FROM (SELECT ${columns[0]} AS record_id, ${stageColumn} AS raw FROM ${table} WHERE ${columns[0]} IS NOT NULL) AS d\n` +
      `  JOIN keyed AS k ON k.raw = d.raw\n  GROUP BY d.record_id`
    : "  SELECT stage_index, records FROM keyed";
  return [
    `spellings AS (\n${spellings}\n)`,
    `keyed AS (\n${keyed}\n)`,
    `furthest AS (\n${furthest}\n)`,
  ];
}
