/**
 * Table and column names for FUNNEL_SQL. Each is checked before it is quoted: only names a
 * warehouse table or column can have get through, so quoting is a second line of defence, not the
 * only one.
 */
import { lazyPattern } from "../lazyPattern";
import { type Dialect, quoteIdentifier } from "./dialect";

/**
 * What is wrong, as data: FUNNEL_SQL reports the English message (custom-function errors stay
 * English, SPEC §11); the Export-as-SQL dialog words it in the user's language from this.
 */
export type SqlProblem =
  | { kind: "empty" }
  | { kind: "emptyPart"; name: string }
  | { kind: "tooManyParts"; name: string }
  | { kind: "character"; name: string; character: string }
  | { kind: "spaces"; name: string }
  | { kind: "tooLong"; name: string }
  | { kind: "postgresLength"; name: string }
  | { kind: "stageUnwritable"; item: number }
  | { kind: "stageRepeats"; item: number; name: string; earlier: number };

/** A problem with one argument of the SQL generator; FUNNEL_SQL reports it as `argument: message`. */
export class SqlArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
    readonly problem?: SqlProblem,
  ) {
    super(message);
  }
}

/**
 * One part of a name: letters and marks of any script, digits, connectors (_), dashes (-) and
 * inner spaces — the characters BigQuery allows in a table name, and a subset of what PostgreSQL
 * and DuckDB allow inside quotes. Quotes, backticks, backslashes, semicolons, dots inside a part,
 * controls and line breaks cannot pass.
 */
const NAME_CHAR = "\\p{L}\\p{M}\\p{N}\\p{Pc}\\p{Pd}";
const namePattern = lazyPattern(`^[${NAME_CHAR}]+(?: [${NAME_CHAR}]+)*$`, "u");
const firstBad = lazyPattern(`[^${NAME_CHAR} ]`, "u");
/** BigQuery's limit for a table name; PostgreSQL truncates names past 63 bytes (checked below). */
const MAX_PART = 1024;
const POSTGRES_MAX_BYTES = 63;

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

function shown(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

function checkPart(part: string, whole: string, argument: string, dialect: Dialect, what: string) {
  if (part === "") {
    throw new SqlArgumentError(argument, `${shown(whole)} has an empty part — ${what}`, {
      kind: "emptyPart",
      name: whole,
    });
  }
  if (!namePattern().test(part)) {
    const bad = firstBad().exec(part);
    const why = bad
      ? `holds ${JSON.stringify(bad[0])}, which a name cannot contain`
      : "starts or ends with a space, or has two in a row";
    const problem: SqlProblem = bad
      ? { kind: "character", name: whole, character: bad[0] }
      : { kind: "spaces", name: whole };
    throw new SqlArgumentError(argument, `${shown(whole)} ${why} — ${what}`, problem);
  }
  if (part.length > MAX_PART) {
    throw new SqlArgumentError(argument, `${shown(whole)} is too long — ${what}`, {
      kind: "tooLong",
      name: whole,
    });
  }
  if (dialect === "postgres" && utf8Length(part) > POSTGRES_MAX_BYTES) {
    throw new SqlArgumentError(
      argument,
      `${shown(part)} is longer than PostgreSQL's 63-byte names (it would be cut short) — use the table's real name`,
      { kind: "postgresLength", name: part },
    );
  }
}

const TABLE_HELP =
  "give the table as project.dataset.table (BigQuery) or schema.table, with letters, digits, _ and -";
const COLUMN_HELP = "give a column name (letters, digits, _ and -), such as stage";

/** A table path of one to three dot-separated parts, each quoted for the dialect. */
export function tableReference(table: string, dialect: Dialect): string {
  const text = table.trim();
  if (text === "") {
    throw new SqlArgumentError("table", `is empty — ${TABLE_HELP}`, { kind: "empty" });
  }
  const parts = text.split(".");
  if (parts.length > 3) {
    throw new SqlArgumentError(
      "table",
      `${shown(text)} has more than three parts — ${TABLE_HELP}`,
      {
        kind: "tooManyParts",
        name: text,
      },
    );
  }
  for (const part of parts) checkPart(part, text, "table", dialect, TABLE_HELP);
  return parts.map((p) => quoteIdentifier(p, dialect)).join(".");
}

/** One column name, quoted for the dialect. */
export function columnReference(column: string, dialect: Dialect): string {
  const text = column.trim();
  if (text === "") {
    throw new SqlArgumentError("columns", `a column name is empty — ${COLUMN_HELP}`, {
      kind: "empty",
    });
  }
  checkPart(text, text, "columns", dialect, COLUMN_HELP);
  return quoteIdentifier(text, dialect);
}
