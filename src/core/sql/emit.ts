/** How the query builder writes the pieces every layout uses, in one dialect. */
import { STAGE_NAME_SPACE } from "../stageName";
import { type Dialect, stringLiteral, syntaxOf } from "./dialect";

/** The dialect's ways of writing the pieces every layout uses. */
export interface Emit {
  dialect: Dialect;
  lit: (text: string) => string;
  /** A column as text. */
  text(column: string): string;
  /** A text expression without the stage-name white space at either end. */
  trim(expression: string): string;
  bigint: string;
  double: string;
}

export function emitter(dialect: Dialect): Emit {
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
