/**
 * *Export funnel as SQL…*: the menu command that opens the dialog and the functions it calls. They
 * read the funnel through the stage store's read path and hand the stage names to the pure SQL
 * generator (src/core/sql); nothing here writes to the spreadsheet.
 */
import { DIALECTS, type Dialect } from "../core/sql/dialect";
import { funnelSql, LAYOUTS, type Layout } from "../core/sql/funnelQuery";
import { SqlArgumentError } from "../core/sql/identifiers";
import type {
  SqlExportApi,
  SqlExportField,
  SqlExportRequest,
  SqlExportResult,
} from "../wire/sqlExportApi";
import { userLanguage } from "./locale";
import { uiMessages } from "../i18n/ui";
import { withLanguage } from "./pageLanguage";
import { checkRequest } from "../core/funnel";
import { stageServer, store } from "./stageServer";

const { getFunnels } = stageServer;

/** Menu: Funnel Math ▸ Export funnel as SQL… (in the user's language, like the menu). */
export function showSqlExport(): void {
  const language = userLanguage();
  const page = HtmlService.createHtmlOutputFromFile("sqlExport").getContent();
  const html = HtmlService.createHtmlOutput(withLanguage(page, language))
    .setWidth(720)
    .setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(html, uiMessages(language).plans.exportSqlTitle);
}

export function getFunnelStages(key: string): string[] {
  // The key is checked by the store, as the page sent it (SPEC §9).
  return store()
    .loadFunnel(key)
    .funnel.stages.map((s) => s.name);
}

function oneOf<W extends string>(words: readonly W[], value: unknown): W | undefined {
  return words.find((w) => w === value);
}

const FIELD_OF_ARGUMENT: Readonly<Record<string, SqlExportField>> = {
  stage_order: "funnel",
  table: "table",
  columns: "columns",
};

/** The dialog's field a request's field belongs to. */
const FIELD_OF_REQUEST: Readonly<Record<string, SqlExportField>> = {
  funnelKey: "funnel",
  layout: "layout",
  dialect: "dialect",
  table: "table",
};

export function exportFunnelSql(input: SqlExportRequest): SqlExportResult {
  // Whatever the page sent is checked before use (SPEC §9): a column that is null is refused
  // here, never written into SQL as "null".
  const shape = checkRequest("sqlExport", input);
  if (!shape.ok) {
    const field = FIELD_OF_REQUEST[shape.field.split(".")[0] ?? ""] ?? "columns";
    const t = uiMessages(userLanguage()).store;
    const message = t.badRequest(`${shape.field}: ${t.requestProblem[shape.problem]}`);
    return { ok: false, field, message };
  }
  const request = shape.value;
  const layout = oneOf<Layout>(LAYOUTS, request.layout);
  if (!layout) return { ok: false, field: "layout", message: "Choose a layout." };
  const dialect = oneOf<Dialect>(DIALECTS, request.dialect);
  if (!dialect) return { ok: false, field: "dialect", message: "Choose a SQL dialect." };
  const columns = request.columns;
  let stages: string[];
  try {
    stages = getFunnelStages(request.funnelKey);
  } catch (e) {
    return { ok: false, field: "funnel", message: (e as Error).message };
  }
  try {
    const sql = funnelSql({ stages, table: request.table, columns, layout, dialect });
    return { ok: true, sql };
  } catch (e) {
    if (!(e instanceof SqlArgumentError)) throw e;
    const field = FIELD_OF_ARGUMENT[e.argument] ?? "funnel";
    const message = field === "funnel" ? `The funnel's stage table: ${e.message}` : e.message;
    return { ok: false, field, message };
  }
}

/** Compile-time check that the exports match the API the dialog is typed against. */
export const sqlExportServer: SqlExportApi = { getFunnels, getFunnelStages, exportFunnelSql };
