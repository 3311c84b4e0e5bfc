/**
 * Each layout's `furthest` CTE: one row per record with its furthest stage (`stage_index`, NULL
 * for none) and how many records the row stands for (`records`).
 */
import { STATUS_HELP, statusWordList, type RecordStatus } from "../crm/statusWords";
import { normaliseStageName, STAGE_NAME_SPACE } from "../stageName";
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
  openAt?: { lastStage: number },
): string {
  const { lit } = emit;
  const notReached = `(${lit("")}, ${lit("false")}, ${lit("0")})`;
  const space = lit(STAGE_NAME_SPACE);
  // One CASE, in order: NULL is not reached; text with no white space at either end (a date's
  // text, TRUE, 1) needs no TRIM, which costs about a microsecond a cell; the rest is trimmed.
  const reached = (cell: string) =>
    `CASE WHEN ${cell} IS NULL THEN FALSE\n` +
    `        WHEN STRPOS(${space}, LEFT(${cell}, 1)) = 0 AND STRPOS(${space}, RIGHT(${cell}, 1)) = 0 THEN LOWER(${cell}) NOT IN ${notReached}\n` +
    `        ELSE LOWER(${emit.trim(cell)}) NOT IN ${notReached} END`;
  const whens: string[] = [];
  // The furthest stage first; a lost column (-1) counts at no stage and is left out. A stable
  // order (by stage, then column, both descending) keeps the query the same for the same input.
  const order = columns
    .map((_, i) => i)
    .filter((i) => stageOfColumn[i]! >= 0)
    .sort((a, b) => stageOfColumn[b]! - stageOfColumn[a]! || b - a);
  for (const i of order) {
    whens.push(`      WHEN ${reached(`cell_${i}`)} THEN ${stageOfColumn[i]}`);
  }
  const cells = columns.map((c, i) => `${emit.text(c)} AS cell_${i}`).join(", ");
  const furthest =
    `  SELECT\n    CASE\n${whens.join("\n")}\n    END AS stage_index,\n    1 AS records` +
    (openAt === undefined ? "" : `,\n    ${lostReached(columns, stageOfColumn, reached)} AS lost`) +
    `\n  FROM (SELECT ${cells} FROM ${table}) AS cells`;
  if (openAt === undefined) return `furthest AS (\n${furthest}\n)`;
  // STAGE_CONVERSION's rule: a record is closed when it reached a lost column (Closed Lost) or
  // the last stage; every other record is still open at its furthest stage.
  return (
    `furthest AS (\n  SELECT stage_index, records,\n` +
    `    CASE WHEN lost OR stage_index = ${openAt.lastStage} THEN 0 ELSE 1 END AS open_records\n` +
    `  FROM (\n${furthest}\n  ) AS marked\n)`
  );
}

/** Whether a record reached any lost column (a name mapped to no funnel stage). */
function lostReached(
  columns: readonly string[],
  stageOfColumn: readonly number[],
  reached: (cell: string) => string,
): string {
  const lost = columns.map((_, i) => i).filter((i) => stageOfColumn[i]! < 0);
  return lost.length === 0 ? "FALSE" : lost.map((i) => `(${reached(`cell_${i}`)})`).join(" OR ");
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
  openAt?: { lastStage: number },
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
  const stageColumn = emit.text(columns[events ? 1 : 0]!);
  const spellings = events
    ? `  SELECT DISTINCT raw FROM (SELECT ${stageColumn} AS raw FROM ${table} WHERE ${columns[0]} IS NOT NULL) AS source`
    : `  SELECT raw, COUNT(*) AS records FROM (SELECT ${stageColumn} AS raw FROM ${table}) AS source GROUP BY raw`;
  // With open records counted: which spellings are a name that ends a record (Closed Lost).
  const lostKeys = keys.filter(([, stage]) => stage < 0).map(([key]) => lit(key));
  const lostColumn =
    openAt === undefined
      ? ""
      : `,\n    CASE WHEN stage_text IS NULL OR stage_text = '' THEN 0\n` +
        `      WHEN ${stageKey} IN (${lostKeys.length > 0 ? lostKeys.join(", ") : lit("")}) THEN 1 ELSE 0\n    END AS is_lost`;
  const keyed =
    `  SELECT raw,${events ? "" : " records,"}\n` +
    `    CASE WHEN stage_text IS NULL OR stage_text = '' THEN NULL\n` +
    `      ELSE CASE ${stageKey}\n${whens}\n        ELSE ${unknown}\n      END\n    END AS stage_index${lostColumn}\n` +
    `  FROM (SELECT raw,${events ? "" : " records,"} ${emit.trim("raw")} AS stage_text FROM spellings) AS trimmed`;
  if (openAt !== undefined && events) {
    return [
      `spellings AS (\n${spellings}\n)`,
      `keyed AS (\n${keyed}\n)`,
      historyOpen(columns, stageColumn, table, openAt.lastStage),
    ];
  }
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

/**
 * A stage history's records with whether each is still open, as STAGE_CONVERSION reads a history:
 * a record is closed when it reached the last stage, or when its latest dated event (a row with a
 * known name; blank stages are no event) is a name that ends a record — at the same instant a
 * closing event wins, a later funnel event reopens it. Without dates (no date column, or none
 * filled in), any closing event closes it.
 */
function historyOpen(
  columns: readonly string[],
  stageColumn: string,
  table: string,
  lastStage: number,
): string {
  const dated = columns.length > 2;
  const when = dated ? `${columns[2]!}` : "NULL";
  const events =
    `      SELECT d.record_id, k.stage_index, k.is_lost, d.changed_at,\n` +
    `        MAX(CASE WHEN k.stage_index IS NOT NULL OR k.is_lost = 1 THEN d.changed_at END) OVER (PARTITION BY d.record_id) AS latest_at\n` +
    `      FROM (SELECT ${columns[0]!} AS record_id, ${stageColumn} AS raw, ${when} AS changed_at FROM ${table} WHERE ${columns[0]!} IS NOT NULL) AS d\n` +
    `      JOIN keyed AS k ON k.raw = d.raw`;
  const closing =
    `MAX(CASE WHEN e.latest_at IS NULL THEN e.is_lost\n` +
    `        WHEN e.is_lost = 1 AND e.changed_at = e.latest_at THEN 1 ELSE 0 END)`;
  return (
    `furthest AS (\n  SELECT stage_index, records,\n` +
    `    CASE WHEN stage_index = ${lastStage} OR closing = 1 THEN 0 ELSE 1 END AS open_records\n` +
    `  FROM (\n    SELECT MAX(e.stage_index) AS stage_index, 1 AS records,\n      ${closing} AS closing\n` +
    `    FROM (\n${events}\n    ) AS e\n    GROUP BY e.record_id\n  ) AS per_record\n)`
  );
}

/** How the query codes a status (NULL: a blank stage, whose status is not read). */
const STATUS_CODE: Readonly<Record<RecordStatus, number>> = {
  open: 0,
  won: 1,
  lost: 2,
  closed: 2,
  deleted: 3,
};

/**
 * A record log with a status column (`columns`: stage, status), as STAGE_CONVERSION reads one
 * (core/crm/recordLog.ts, readRecordLog): a blank stage is skipped whatever its status; an unknown
 * stage or a status that is none of the CRM words stops the query; deleted leaves the record
 * out; won counts it at the last stage whatever stage it was in (a name mapped to no funnel stage
 * too); otherwise a name that is no funnel stage leaves it out. A blank status is open; a BOOL or
 * 0/1 column (Salesforce's IsClosed) is read through its text, "true"/"false" or "1"/"0". Open
 * records are those neither closed nor at the last stage. Each (stage, status) spelling pair is
 * decided once.
 */
export function statusLogFurthest(
  columns: readonly string[],
  table: string,
  keys: readonly (readonly [string, number])[],
  emit: Emit,
  lastStage: number,
  exclude: boolean,
): string[] {
  const { lit, dialect } = emit;
  const sql = syntaxOf(dialect);
  const raise = (message: string) => sql.raise(message);
  const unknown = raise(
    `CONCAT(${lit('FUNNEL_SQL: data: "')}, stage_text, ${lit('" is not in stage_order: add it to the stages or correct the record')})`,
  );
  const badStatus = raise(
    `CONCAT(${lit('FUNNEL_SQL: data: status "')}, status_text, ${lit(`" is no status this reads: use ${STATUS_HELP}`)})`,
  );
  const whens = keys
    .map(([key, stage]) => `        WHEN ${lit(key)} THEN ${stage < 0 ? "NULL" : stage}`)
    .join("\n");
  const stageKey = foldExpression("stage_text", foldSteps(keys.map(([key]) => key)), dialect);
  const words: [string, number][] = [];
  for (const [status, list] of statusWordList()) {
    for (const word of list) words.push([normaliseStageName(word), STATUS_CODE[status]]);
  }
  const statusKey = foldExpression("status_text", foldSteps(words.map(([w]) => w)), dialect);
  const statusWhens = words
    .map(([word, code]) => `        WHEN ${lit(word)} THEN ${code}`)
    .join("\n");
  const spellings =
    `  SELECT raw, status_raw, COUNT(*) AS records\n` +
    `  FROM (SELECT ${emit.text(columns[0]!)} AS raw, ${emit.text(columns[1]!)} AS status_raw FROM ${table}) AS source\n` +
    `  GROUP BY raw, status_raw`;
  const blankStage = "stage_text IS NULL OR stage_text = ''";
  const keyed =
    `  SELECT records,\n` +
    `    CASE WHEN ${blankStage} THEN NULL\n` +
    `      ELSE CASE ${stageKey}\n${whens}\n        ELSE ${unknown}\n      END\n    END AS stage_index,\n` +
    `    CASE WHEN ${blankStage} THEN NULL\n` +
    `      WHEN status_text IS NULL OR status_text = '' THEN ${STATUS_CODE.open}\n` +
    `      ELSE CASE ${statusKey}\n${statusWhens}\n        ELSE ${badStatus}\n      END\n    END AS status_code\n` +
    `  FROM (SELECT records, ${emit.trim("raw")} AS stage_text, ${emit.trim("status_raw")} AS status_text FROM spellings) AS trimmed`;
  const last = lastStage;
  const placed =
    `CASE WHEN status_code = ${STATUS_CODE.deleted} THEN NULL\n` +
    `      WHEN status_code = ${STATUS_CODE.won} THEN ${last}\n      ELSE stage_index END`;
  const open = !exclude
    ? ""
    : `,\n    CASE WHEN status_code = ${STATUS_CODE.open} AND stage_index IS NOT NULL AND stage_index <> ${last} THEN records ELSE 0 END AS open_records`;
  const furthest = `  SELECT ${placed} AS stage_index,\n    records${open}\n  FROM keyed`;
  return [
    `spellings AS (\n${spellings}\n)`,
    `keyed AS (\n${keyed}\n)`,
    `furthest AS (\n${furthest}\n)`,
  ];
}
