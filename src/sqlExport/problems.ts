/**
 * A problem the SQL generator found, as the dialog shows it: the field it belongs to and a message
 * in the user's language, worded from the problem's data (src/core/sql/identifiers.ts). Names are
 * user text: shortened, and only ever shown as text.
 */
import type { SqlArgumentError, SqlProblem } from "../core/sql/identifiers";
import type { SqlExportMessages } from "../i18n/sqlExport";

/** The dialog's fields a problem can belong to. */
export type SqlField = "funnel" | "table" | "columns" | "open_records";

function short(name: string): string {
  return name.length > 40 ? `${name.slice(0, 37)}…` : name;
}

function nameMessage(problem: SqlProblem, t: SqlExportMessages): string | undefined {
  switch (problem.kind) {
    case "empty":
      return t.nameEmpty;
    case "emptyPart":
      return t.nameEmptyPart(short(problem.name));
    case "tooManyParts":
      return t.nameTooManyParts(short(problem.name));
    case "character":
      return t.nameCharacter(short(problem.name), problem.character);
    case "spaces":
      return t.nameSpaces(short(problem.name));
    case "tooLong":
      return t.nameTooLong(short(problem.name));
    case "postgresLength":
      return t.namePostgresLength(short(problem.name));
    case "stageUnwritable":
      return t.stageUnwritable(problem.item);
    case "stageRepeats":
      return t.stageRepeats(problem.item, short(problem.name), problem.earlier);
  }
}

export function describeSqlProblem(
  error: SqlArgumentError,
  t: SqlExportMessages,
): { field: SqlField; message: string } {
  // The dialog offers "exclude" for a record log only, where what it lacks is the status column.
  if (error.argument === "open_records")
    return { field: "open_records", message: t.openNeedsStatus };
  const field: SqlField =
    error.argument === "table" ? "table" : error.argument === "columns" ? "columns" : "funnel";
  const said = error.problem ? nameMessage(error.problem, t) : undefined;
  if (field === "funnel") return { field, message: said ?? t.fixStageTable };
  const help = field === "table" ? t.tableHelp : t.columnHelp;
  return { field, message: said ? `${said} ${help}` : help };
}
