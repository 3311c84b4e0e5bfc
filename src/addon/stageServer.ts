/**
 * The functions the stage editor sidebar calls through google.script.run, declared once in
 * `stageServer` (the sidebar's API type is `typeof stageServer`, through src/wire/stageApi.ts;
 * src/main.ts makes each a global; the menu command that opens the sidebar is in
 * ./stageEditor.ts). Arguments are whatever the page sent: the store checks each before use
 * (SPEC §9). Services are reached only inside these functions, never at load.
 */
import type {
  CreateRequest,
  CreateResult,
  DeleteResult,
  FunnelListing,
  FunnelUsage,
  LoadedFunnel,
  RenameRequest,
  RenameResult,
  SaveRequest,
  SaveResult,
  StageServerApi,
} from "../wire/stageApi";
import { StageStore } from "./stageStore";
import { userLanguage } from "./locale";
import { resolveLanguage, type Language } from "../i18n/languages";
import { syncPlans } from "./templates/planSync";
import { planTitles } from "./templates/planTitles";
import { planKeyInUse } from "./templates/planRecord";

/**
 * The stage store over the active spreadsheet; `language` when the caller knows the user's, and
 * `spreadsheet` when it holds it already. The spreadsheet's locale is read once, when first
 * needed: each read is a service call (SPEC §8).
 */
export function store(
  language?: Language,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): StageStore {
  let locale: string | undefined;
  const sheetLocale = () => (locale ??= spreadsheet.getSpreadsheetLocale());
  return new StageStore({
    spreadsheet,
    documentLock: () => LockService.getDocumentLock(),
    flush: () => SpreadsheetApp.flush(),
    now: () => new Date(),
    checkboxRule: () => SpreadsheetApp.newDataValidation().requireCheckbox().build(),
    rowsDimension: SpreadsheetApp.Dimension.ROWS,
    userLanguage: () => language ?? userLanguage(),
    sheetLanguage: () => resolveLanguage(sheetLocale()),
    syncPlans: (sync) =>
      syncPlans({
        spreadsheet,
        locale: sheetLocale,
        userLanguage: () => language ?? userLanguage(),
        ...sync,
      }),
    plans: planTitles(spreadsheet),
    planKeyInUse: (key) => planKeyInUse(spreadsheet, key),
  });
}

/** The functions the stage editor calls. A server function returns plain JSON (no Date). */
export const stageServer = {
  getFunnels: (): FunnelListing[] => store().listNames(),
  loadFunnel: (key: string): LoadedFunnel => store().loadFunnel(key),
  saveFunnel: (request: SaveRequest): SaveResult => store().saveFunnel(request),
  createFunnel: (request: CreateRequest): CreateResult => store().createFunnel(request),
  renameFunnel: (request: RenameRequest): RenameResult => store().renameFunnel(request),
  funnelUsage: (key: string): FunnelUsage => store().funnelUsage(key),
  deleteFunnel: (key: string, next?: string): DeleteResult => store().deleteFunnel(key, next),
} satisfies StageServerApi;
