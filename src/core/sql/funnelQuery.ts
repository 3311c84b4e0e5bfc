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
import { foldStageName, trimStageName } from "../stageName";
import type { Dialect } from "./dialect";
import { emitter } from "./emit";
import { matrixFurthest, stageColumnFurthest, statusLogFurthest } from "./furthest";
import { columnReference, SqlArgumentError, tableReference } from "./identifiers";

export type Layout = "log" | "history" | "events" | "matrix";

/** "events" is the earlier word for "history" (one row per stage a record entered). */
export const LAYOUTS: readonly Layout[] = ["log", "history", "events", "matrix"];

export interface FunnelSqlRequest {
  /** Stage names, top of the funnel first. */
  stages: readonly string[];
  /**
   * Further names the data may hold (a stage map's CRM names), already folded as
   * core/stageName's normaliseStageName folds them: [key, stage index], or [key, -1] for a name
   * that is no funnel stage (Closed Lost), whose rows count at no stage.
   */
  aliases?: readonly (readonly [string, number])[];
  table: string;
  /**
   * log: [stage] or [stage, status] (a record log with status: open, won, lost …); history: [record id, stage] or [record id, stage, date]; matrix: one date
   * column per stage, or any date columns with `columnStages`.
   */
  columns: readonly string[];
  /** Matrix: the funnel stage each column holds (-1 for a lost column, which is left out). */
  columnStages?: readonly number[];
  layout: Layout;
  dialect: Dialect;
  /**
   * "exclude": a record still open is left out of the rate of the stage it sits at, as
   * STAGE_CONVERSION's `open_records` (a log with its status column; a history or matrix, which
   * show closing through names mapped to no funnel stage). Default "include".
   */
  openRecords?: "include" | "exclude";
}

/** STAGE_CONVERSION's words for data that cannot tell open records from closed ones. */
function cannotExclude(why: string, fix: string): never {
  throw new SqlArgumentError(
    "open_records",
    `"exclude" needs to know which records are still open, but ${why} — ${fix}`,
  );
}

const USE_LOST_NAMES =
  "use the history or matrix layout with a stage map whose lost names (Closed Lost) appear in the data";

const LAYOUT_TEXT: Readonly<Record<Layout | "statusLog", string>> = {
  log: "one row per record holding its furthest stage",
  // Not a layout of its own: the log with a status column.
  statusLog: "one row per record holding its furthest stage and its status",
  history: "one row per stage a record entered (record id, stage)",
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

/** The folded names the query matches, each with its stage (-1: no funnel stage). */
function matchedKeys(request: FunnelSqlRequest, keys: readonly string[]): [string, number][] {
  const out: [string, number][] = keys.map((key, i) => [key, i]);
  const seen = new Set(keys);
  for (const [key, stage] of request.aliases ?? []) {
    if (seen.has(key)) continue;
    if (unwritable(key)) {
      throw new SqlArgumentError(
        "stage_order",
        "a CRM name holds a character SQL text cannot carry (NUL or a broken surrogate pair) — retype the name",
      );
    }
    seen.add(key);
    out.push([key, stage]);
  }
  return out;
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
        { kind: "stageUnwritable", item: i + 1 },
      );
    }
    const key = foldStageName(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new SqlArgumentError(
        "stage_order",
        `item ${i + 1} "${name}" repeats item ${earlier + 1} — stage names must be unique (case and spaces don't count)`,
        { kind: "stageRepeats", item: i + 1, name, earlier: earlier + 1 },
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

/** Builds the query, or throws a {@link SqlArgumentError} naming the argument at fault. */
export function funnelSql(request: FunnelSqlRequest): string {
  const { dialect, layout } = request;
  const { names, keys } = checkStages(request.stages);
  const k = names.length;
  if (layout === "log") {
    if (request.columns.length !== 2) {
      expectColumns(
        request,
        1,
        "1 or 2: the column holding each record's stage and (optionally) its status column",
      );
    }
  } else if (layout === "events")
    expectColumns(request, 2, "2: the record id and the stage column");
  else if (layout === "history") {
    if (request.columns.length !== 3) {
      expectColumns(
        request,
        2,
        "2 or 3: the record id, the stage and (optionally) the date column",
      );
    }
  } else if (request.columnStages === undefined) {
    expectColumns(request, k, `${k}: one date column per stage, in stage order`);
  }
  const exclude = request.openRecords === "exclude";
  const statusLog = layout === "log" && request.columns.length === 2;
  if (exclude && !statusLog) {
    if (layout === "log") {
      cannotExclude(
        "a log of each record's stage shows no status",
        "give its status column (open, won, lost) after the stage column, or use the history or matrix layout with a stage map whose lost names (Closed Lost) appear in the data",
      );
    }
    const lost =
      layout === "matrix"
        ? (request.columnStages ?? []).some((stage) => stage < 0)
        : (request.aliases ?? []).some(([, stage]) => stage < 0);
    if (!lost) {
      cannotExclude(
        layout === "matrix"
          ? "no column holds a name mapped to no funnel stage (Closed Lost)"
          : "stage_order has no name mapped to no funnel stage (Closed Lost)",
        USE_LOST_NAMES,
      );
    }
  }
  const openAt = exclude ? { lastStage: k - 1 } : undefined;
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
    const stagesOf = request.columnStages ?? columns.map((_, i) => i);
    ctes.push(matrixFurthest(columns, stagesOf, table, emit, openAt));
  } else if (statusLog) {
    ctes.push(
      ...statusLogFurthest(columns, table, matchedKeys(request, keys), emit, k - 1, exclude),
    );
  } else {
    const events = layout !== "log";
    ctes.push(
      ...stageColumnFurthest(events, columns, table, matchedKeys(request, keys), emit, openAt),
    );
  }
  const openSum = exclude ? ", SUM(open_records) AS open_records" : "";
  ctes.push(
    `stopped AS (\n  SELECT stage_index, SUM(records) AS records${openSum}\n  FROM furthest\n  WHERE stage_index IS NOT NULL\n  GROUP BY stage_index\n)`,
  );
  const openAtStage = exclude
    ? `,\n    CAST(COALESCE(t.open_records, 0) AS ${emit.bigint}) AS open_records`
    : "";
  ctes.push(
    `reached AS (\n  SELECT s.stage_index, s.stage,\n` +
      `    CAST(SUM(COALESCE(t.records, 0)) OVER (ORDER BY s.stage_index DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ${emit.bigint}) AS records_reached${openAtStage}\n` +
      `  FROM stage_list AS s LEFT JOIN stopped AS t ON t.stage_index = s.stage_index\n)`,
  );
  const header = [
    "-- Funnel Math: conversion from each stage to the next, as STAGE_CONVERSION computes it.",
    `-- Layout ${layout}: ${LAYOUT_TEXT[statusLog ? "statusLog" : layout]}. Dialect: ${DIALECT_TEXT[dialect]}. Stages: ${k}.`,
    "-- Stage names match ignoring case and surrounding white space; an unknown stage stops the query.",
  ];
  if (statusLog) {
    header.push(
      "-- Status: open (or blank, FALSE, 0); won counts at the last stage; lost, closed (TRUE, 1) stop where they are; deleted is left out; any other value stops the query.",
    );
  }
  if (exclude) {
    header.push(
      "-- Open records are left out of the rate of the stage they sit at (open_records exclude).",
    );
  }
  // A stage's rate divides by the records decided there: all that reached it, less (with
  // "exclude") those still open at it.
  const decided = exclude ? "records_reached - open_records" : "records_reached";
  const select =
    `SELECT stage, records_reached,\n` +
    `  CASE WHEN ${decided} = 0 THEN NULL\n` +
    `    ELSE CAST(LEAD(records_reached) OVER (ORDER BY stage_index) AS ${emit.double}) / CAST(${decided} AS ${emit.double})\n` +
    `  END AS conversion_to_next\nFROM reached\nORDER BY stage_index`;
  return `${header.join("\n")}\nWITH ${ctes.join(",\n")}\n${select};\n`;
}
