/**
 * The stage editor's server side: the functions the sidebar calls through google.script.run,
 * declared once in `stageServer` (the sidebar's API type is `typeof stageServer`, through
 * src/wire/stageApi.ts; src/main.ts makes each a global). Arguments are whatever the page sent:
 * the store checks each before use (SPEC §9). Services are reached only inside these functions,
 * never at load.
 */
import type {
  CreateRequest,
  CreateResult,
  DeleteResult,
  EditorBootData,
  FunnelSummary,
  FunnelUsage,
  LoadedFunnel,
  RenameRequest,
  RenameResult,
  SaveRequest,
  SaveResult,
} from "../wire/stageApi";
import { StageStore } from "./stageStore";
import { spreadsheetLanguage, userLanguage } from "./locale";
import { uiMessages } from "../i18n/ui";
import type { Language } from "../i18n/languages";
import { withLanguage } from "./pageLanguage";
import { syncPlans } from "./templates/planSync";
import { planTitles } from "./templates/planTitles";

/** The stage store over the active spreadsheet; `language` when the caller knows the user's. */
export function store(language?: Language): StageStore {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return new StageStore({
    spreadsheet,
    documentLock: () => LockService.getDocumentLock(),
    flush: () => SpreadsheetApp.flush(),
    now: () => new Date(),
    checkboxRule: () => SpreadsheetApp.newDataValidation().requireCheckbox().build(),
    rowsDimension: SpreadsheetApp.Dimension.ROWS,
    userLanguage: () => language ?? userLanguage(),
    sheetLanguage: () => spreadsheetLanguage(spreadsheet),
    syncPlans: (sync) => syncPlans({ spreadsheet, ...sync }),
    plans: planTitles(spreadsheet),
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

/**
 * What the stage editor's page carries when it opens (SPEC §8: one round trip to open): the funnel
 * list and the first funnel, from one scan. For showStageEditor, which knows the user's language.
 */
export function editorBootData(language: Language): EditorBootData {
  return store(language).bootData();
}

/** The functions the stage editor calls. A server function returns plain JSON (no Date). */
export const stageServer = {
  /** Everything the editor shows when it opens, in one round trip (SPEC §8). */
  stageEditorBootData(): EditorBootData {
    return store().bootData();
  },
  getFunnels(): FunnelSummary[] {
    return store().listFunnels();
  },
  loadFunnel(key: string): LoadedFunnel {
    return store().loadFunnel(key);
  },
  saveFunnel(request: SaveRequest): SaveResult {
    return store().saveFunnel(request);
  },
  createFunnel(request: CreateRequest): CreateResult {
    return store().createFunnel(request);
  },
  renameFunnel(request: RenameRequest): RenameResult {
    return store().renameFunnel(request);
  },
  funnelUsage(key: string): FunnelUsage {
    return store().funnelUsage(key);
  },
  deleteFunnel(key: string): DeleteResult {
    return store().deleteFunnel(key);
  },
} satisfies Record<string, (...args: never[]) => unknown>;
