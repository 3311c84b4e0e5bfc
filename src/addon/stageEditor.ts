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
  const stages = store();
  const funnels = stages.listFunnels();
  const shown = funnelToShow(spreadsheet.getActiveSheet(), funnels);
  const data: StageEditorData = { ...basics, funnels, loaded: null };
  if (shown) {
    try {
      data.loaded = stages.loadFunnel(shown.key);
    } catch (e) {
      // The sidebar still opens, says why, and lets the user pick another funnel.
      data.loadError = e instanceof Error ? e.message : String(e);
    }
  }
  const html = servePage("sidebar", data).setTitle(uiMessages(basics.language).sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}
