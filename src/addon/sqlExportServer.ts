/**
 * *Export funnel as SQL…* (SPEC §12): the menu command that opens the dialog and the one function
 * it calls. The dialog arrives with the funnel list and the stage names of the funnel in view, and
 * builds each query in the page from the same generator FUNNEL_SQL uses (src/core/sql): no round
 * trip per edit (SPEC §8). Nothing here writes to the spreadsheet.
 */
import { uiMessages } from "../i18n/ui";
import type { SqlExportApi } from "../wire/sqlExportApi";
import type { SqlExportData } from "../wire/pages";
import { funnelToShow, pageBasics, servePage } from "./pages";
import { store } from "./stageServer";

function stageNames(key: string): string[] {
  return store()
    .loadFunnel(key)
    .funnel.stages.map((s) => s.name);
}

/** Menu: Funnel Math ▸ Export funnel as SQL… (in the user's language, like the menu). */
export function showSqlExport(): void {
  const basics = pageBasics();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  let gone: string | undefined;
  const { funnels, loaded } = store(basics.language, spreadsheet).listAndLoad((list) =>
    funnelToShow(sheet, list, (name) => (gone = name)),
  );
  const data: SqlExportData = {
    ...basics,
    funnels,
    funnelKey: loaded?.funnel.key ?? null,
    stages: loaded?.funnel.stages.map((s) => s.name) ?? [],
  };
  const html = servePage("sqlExport", data).setWidth(720).setHeight(600);
  const t = uiMessages(basics.language).plans;
  SpreadsheetApp.getUi().showModalDialog(html, t.exportSqlTitle);
  // A plan of a deleted funnel in view: the dialog shows another funnel, or none is left, and
  // says why (SPEC §6).
  if (gone !== undefined)
    spreadsheet.toast(
      loaded ? t.viewFunnelGone(gone, loaded.funnel.name) : t.funnelMissing(gone),
      "Funnel Math",
    );
}

/** Another funnel's stage names, when the user picks it in the dialog (the store checks the key). */
export function getFunnelStages(key: string): string[] {
  return stageNames(key);
}

/** The dialog's server: checked against the API its client is typed with. */
export const sqlExportServer = { getFunnelStages } satisfies SqlExportApi;
