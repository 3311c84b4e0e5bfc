/**
 * Each layout's `furthest` CTE: one row per record with its furthest stage (`stage_index`, NULL
 * for none) and how many records the row stands for (`records`).
 */
import { STAGE_NAME_SPACE } from "../stageName";
import { syntaxOf } from "./dialect";
import type { Emit } from "./emit";
import { foldExpression, foldSteps } from "./stageKey";

/**
 * Matrix layout, as STAGE_CONVERSION's "reached" method: a record's furthest stage is the last
 * column it reached. A cell is not reached when it is NULL, blank text, FALSE or 0 (read through its
 * text form, so a BOOL or number column works, and so does a sheet exported to CSV, where FALSE and
 * 0 arrive as text); a date, TRUE, 1 or other text means reached.
 */
export function matrixFurthest(
  columns: readonly string[],
  stageOfColumn: readonly number[],
  table: string,
  emit: Emit,
): string {
  const { lit } = emit;
  const notReached = `(${lit("")}, ${lit("false")}, ${lit("0")})`;
  const space = lit(STAGE_NAME_SPACE);
  const whens: string[] = [];
  // The furthest stage first; a lost column (-1) counts at no stage and is left out. A stable
  // order (by stage, then column, both descending) keeps the query the same for the same input.
  const order = columns
    .map((_, i) => i)
    .filter((i) => stageOfColumn[i] >= 0)
    .sort((a, b) => stageOfColumn[b] - stageOfColumn[a] || b - a);
  for (const i of order) {
    const cell = `cell_${i}`;
    // One CASE, in order: NULL is not reached; text with no white space at either end (a date's
    // text, TRUE, 1) needs no TRIM, which costs about a microsecond a cell; the rest is trimmed.
    whens.push(
      `      WHEN CASE WHEN ${cell} IS NULL THEN FALSE\n` +
        `        WHEN STRPOS(${space}, LEFT(${cell}, 1)) = 0 AND STRPOS(${space}, RIGHT(${cell}, 1)) = 0 THEN LOWER(${cell}) NOT IN ${notReached}\n` +
        `        ELSE LOWER(${emit.trim(cell)}) NOT IN ${notReached} END THEN ${stageOfColumn[i]}`,
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
export function stageColumnFurthest(
  events: boolean,
  columns: readonly string[],
  table: string,
  keys: readonly (readonly [string, number])[],
  emit: Emit,
): string[] {
  const { lit, dialect } = emit;
  const unknown = syntaxOf(dialect).raise(
    `CONCAT(${lit('FUNNEL_SQL: data: "')}, stage_text, ${lit('" is not in stage_order: add it to the stages or correct the record')})`,
  );
  // A name that is no funnel stage (Closed Lost) gives NULL: its rows count at no stage, and a
  // record's MAX over its events ignores it.
  const whens = keys
    .map(([key, stage]) => `        WHEN ${lit(key)} THEN ${stage < 0 ? "NULL" : stage}`)
    .join("\n");
  const stageKey = foldExpression("stage_text", foldSteps(keys.map(([key]) => key)), dialect);
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
