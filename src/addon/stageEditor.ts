/**
 * Menu: Funnel Math ▸ Stage editor. The sidebar arrives with the funnel list and the funnel it
 * shows already loaded — the funnel of the sheet in view (its own sheet, or a plan built on it),
 * else the default, else the first — so opening it is one round trip (SPEC §8).
 */
import { uiMessages } from "../i18n/ui";
import type { StageEditorData } from "../wire/pages";
import { funnelToShow, pageBasics, servePage } from "./pages";
import { store } from "./stageServer";

export function showStageEditor(): void {
  const basics = pageBasics();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // The sidebar still opens when the funnel cannot be read: it says why, and the user picks another.
  const t = uiMessages(basics.language);
  let gone: string | undefined;
  const { funnels, loaded, loadError } = store(basics.language, spreadsheet).listAndLoad((list) =>
    funnelToShow(spreadsheet.getActiveSheet(), list, (name) => (gone = name)),
  );
  const data: StageEditorData = { ...basics, funnels, loaded: loaded ?? null };
  if (loadError !== undefined) data.loadError = loadError;
  const html = servePage("sidebar", data).setTitle(t.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
  // A plan of a deleted funnel in view: the sidebar shows another funnel, or none is left, and
  // says why (SPEC §6).
  if (gone !== undefined)
    spreadsheet.toast(
      loaded ? t.plans.viewFunnelGone(gone, loaded.funnel.name) : t.plans.funnelMissing(gone),
      "Funnel Math",
    );
}
