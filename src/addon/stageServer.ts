/**
 * The functions the stage editor sidebar calls through google.script.run (their shapes are in
 * src/wire/stageApi.ts, which the sidebar imports too; the menu command that opens it is in
 * ./stageEditor.ts). Services are reached only inside these functions, never at load (SPEC §9).
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

/** The sidebar's server: checked against the API the sidebar's client is typed with. */
export const stageServer = {
  getFunnels,
  loadFunnel,
  saveFunnel,
  createFunnel,
  renameFunnel,
  funnelUsage,
  deleteFunnel,
} satisfies StageServerApi;
