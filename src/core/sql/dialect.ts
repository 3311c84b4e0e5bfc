/**
 * What differs between the SQL engines FUNNEL_SQL writes for (NOTES.md, "Real SQL engines"):
 * identifier quoting, string literals, text and number types, TRIM with an explicit set, and how
 * a query raises an error. Everything else the query uses (CTEs, UNION ALL, CASE, COUNT, window
 * SUM and LEAD, TRANSLATE, REPLACE) is written the same way for all three.
 */
import { lazyPattern } from "../lazyPattern";

export type Dialect = "bigquery" | "postgres" | "duckdb";

export const DIALECTS: readonly Dialect[] = ["bigquery", "postgres", "duckdb"];

/**
 * Characters never written raw inside a literal: controls, format characters (including the
 * bidirectional overrides of "Trojan source" tricks), every separator but the plain space, and
 * the backslash (an escape character in BigQuery, and in PostgreSQL when
 * standard_conforming_strings is off).
 */
const unsafeInLiteral = lazyPattern("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\\\]|(?! )\\p{Zs}", "u");

function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).toUpperCase().padStart(width, "0");
}

/** BigQuery: '...' with backslash escapes (`''` is not valid there). */
function bigQueryLiteral(text: string): string {
  const unsafe = unsafeInLiteral();
  let out = "'";
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (ch === "'") out += "\\'";
    else if (ch === "\\") out += "\\\\";
    else if (unsafe.test(ch)) out += cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`;
    else out += ch;
  }
  return `${out}'`;
}

/**
 * PostgreSQL and DuckDB: standard '...' with `''`, and chr(n) for characters that must not be
 * written raw (neither engine has one escape syntax the other reads: DuckDB rejects E'\u…' and
 * U&'…'). Concatenations are parenthesised so they stay one operand wherever they are used.
 */
function standardLiteral(text: string): string {
  const unsafe = unsafeInLiteral();
  const parts: string[] = [];
  let run = "";
  for (const ch of text) {
    if (unsafe.test(ch)) {
      if (run !== "") parts.push(`'${run}'`);
      run = "";
      parts.push(`chr(${ch.codePointAt(0) as number})`);
    } else {
      run += ch === "'" ? "''" : ch;
    }
  }
  if (run !== "" || parts.length === 0) parts.push(`'${run}'`);
  const [only] = parts;
  return parts.length === 1 && only !== undefined ? only : `(${parts.join(" || ")})`;
}

/** A text value as a literal of the dialect: no content can end the literal early. */
export function stringLiteral(text: string, dialect: Dialect): string {
  return dialect === "bigquery" ? bigQueryLiteral(text) : standardLiteral(text);
}

/** One identifier (a table path's part or a column), quoted for the dialect. */
export function quoteIdentifier(name: string, dialect: Dialect): string {
  if (dialect === "bigquery") return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
  return `"${name.replace(/"/g, '""')}"`;
}

/** The dialect's names for the few types and functions that differ. */
export interface DialectSyntax {
  text: string;
  bigint: string;
  double: string;
  /** `value` with every character of `set` (a literal) removed from both ends. */
  trim(value: string, set: string): string;
  /** An expression that stops the query with `message` (a text expression). */
  raise(message: string): string;
}

const SYNTAX: Readonly<Record<Dialect, DialectSyntax>> = {
  bigquery: {
    text: "STRING",
    bigint: "INT64",
    double: "FLOAT64",
    trim: (value, set) => `TRIM(${value}, ${set})`,
    raise: (message) => `ERROR(${message})`,
  },
  postgres: {
    text: "TEXT",
    bigint: "BIGINT",
    double: "DOUBLE PRECISION",
    trim: (value, set) => `TRIM(BOTH ${set} FROM ${value})`,
    // PostgreSQL has no ERROR(): casting the message (never an integer: it starts with
    // "FUNNEL_SQL:") to INTEGER fails with `invalid input syntax for type integer: "<message>"`.
    // It depends on a column, so the planner cannot fold it into an error at plan time.
    raise: (message) => `CAST(${message} AS INTEGER)`,
  },
  duckdb: {
    text: "VARCHAR",
    bigint: "BIGINT",
    double: "DOUBLE",
    trim: (value, set) => `TRIM(${value}, ${set})`,
    raise: (message) => `ERROR(${message})`,
  },
};

export function syntaxOf(dialect: Dialect): DialectSyntax {
  return SYNTAX[dialect];
}
