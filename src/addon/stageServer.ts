/**
 * The stage editor's server side: the menu command that opens the sidebar, and the functions the
 * sidebar calls through google.script.run (their shapes are in src/wire/stageApi.ts, which the sidebar imports too). Services are reached
 * only inside these functions, never at load (SPEC §9).
 */
import type {
  CreateRequest,
  CreateResult,
  DeleteResult,
  FunnelSummary,
  FunnelUsage,
  RenameRequest,
  RenameResult,
  LoadedFunnel,
  SaveRequest,
  SaveResult,
  StageServerApi,
} from "../wire/stageApi";
import { StageStore } from "./stageStore";
import { userLanguage } from "./locale";
import { uiMessages } from "../i18n/ui";
import { withLanguage } from "./pageLanguage";

export function store(): StageStore {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return new StageStore({
    spreadsheet,
    documentLock: () => LockService.getDocumentLock(),
    flush: () => SpreadsheetApp.flush(),
    now: () => new Date(),
    checkboxRule: () => SpreadsheetApp.newDataValidation().requireCheckbox().build(),
    rowsDimension: SpreadsheetApp.Dimension.ROWS,
    text: () => uiMessages(userLanguage()).store,
  });
}

/** Menu: Funnel Math ▸ Stage editor. */
export function showStageEditor(): void {
  const language = userLanguage();
  const page = HtmlService.createHtmlOutputFromFile("sidebar").getContent();
  const html = HtmlService.createHtmlOutput(withLanguage(page, language)).setTitle(
    uiMessages(language).sidebarTitle,
  );
  SpreadsheetApp.getUi().showSidebar(html);
}

export function getFunnels(): FunnelSummary[] {
  return store().listFunnels();
}

export function loadFunnel(key: string): LoadedFunnel {
  return store().loadFunnel(key);
}

export function saveFunnel(request: SaveRequest): SaveResult {
  return store().saveFunnel(request);
}

export function createFunnel(request: CreateRequest): CreateResult {
  return store().createFunnel(request);
}

export function renameFunnel(request: RenameRequest): RenameResult {
  return store().renameFunnel(request);
}

export function funnelUsage(key: string): FunnelUsage {
  return store().funnelUsage(String(key));
}

export function deleteFunnel(key: string): DeleteResult {
  return store().deleteFunnel(String(key));
}

/** Compile-time check that the exports match the API the sidebar is typed against. */
export const stageServer: StageServerApi = {
  getFunnels,
  loadFunnel,
  saveFunnel,
  createFunnel,
  renameFunnel,
  funnelUsage,
  deleteFunnel,
};
