import { readContents, writeContents, type CellContent } from "../cellContents";
import { namedRangeNames, wonIndex } from "../../core/funnel";
import { spreadsheetLanguage, userLanguage } from "../locale";
import { uiMessages } from "../../i18n/ui";
import { sheetMessages } from "../../i18n/sheet";
import { inboundPreset } from "../../i18n/presets/inbound";
import type { ChooseFunnelApi } from "../../wire/chooseFunnelApi";
import type { FunnelSummary } from "../../wire/stageApi";
import { store } from "../stageServer";
import { TEMPLATES, type TemplateDef } from "./catalog";
import { ZoneClock } from "../../core/localDates";
import { formatsForLocale } from "./currency";
import { funnelInView } from "../pages";
import { showFunnelDialog } from "./funnelDialog";
import { readRecord, recordNote } from "./planRecord";
import { renderPlan, rerenderPlan } from "./render";
import { STAGE_ROOM, type FunnelRef, type SheetPlan } from "./sheetPlan";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Today as the spreadsheet shows it, as a runtime-local Date (templates read its year, month and
 * day): in Sheets the script's own time zone may differ from the spreadsheet's, and a plan made on
 * the evening of 30 November in New York starts in December there.
 */
function todayIn(spreadsheet: Spreadsheet): Date {
  const wall = new ZoneClock(() => spreadsheet.getSpreadsheetTimeZone()).wallMs(Date.now());
  const day = new Date(wall);
  return new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}

const DEFAULT_FUNNEL_NAME = "Funnel";

/** Alerts, toasts and dialogs speak the user's language (SPEC §11). */
function ui() {
  return uiMessages(userLanguage());
}

function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert("Funnel Math", message, ui.ButtonSet.OK);
}

/** A spreadsheet without any funnel gets the default one (Inbound preset) on a new sheet. */
function ensureFunnels(spreadsheet: Spreadsheet): FunnelSummary[] | undefined {
  const stages = store();
  const funnels = stages.listFunnels();
  if (funnels.length > 0) return funnels;
  // The table is part of the shared sheet: its stage names follow the spreadsheet's language.
  const preset = inboundPreset(spreadsheetLanguage(spreadsheet));
  const created = stages.createFunnel({ name: DEFAULT_FUNNEL_NAME, stages: preset.stages });
  if (!created.ok) {
    alert(created.message);
    return undefined;
  }
  spreadsheet.toast(ui().plans.createdDefaultFunnel(DEFAULT_FUNNEL_NAME), "Funnel Math");
  return stages.listFunnels();
}

/** What a template needs of a funnel, read from its named ranges (which decide the plan). */
function funnelRef(spreadsheet: Spreadsheet, summary: FunnelSummary): FunnelRef | undefined {
  const names = namedRangeNames(summary.key);
  const stageRange = spreadsheet.getRangeByName(names.stages);
  const rateRange = spreadsheet.getRangeByName(names.rates);
  if (!stageRange || !rateRange) {
    alert(ui().plans.noNamedRanges(summary.name));
    return undefined;
  }
  if (stageRange.getNumRows() > STAGE_ROOM) {
    alert(ui().plans.tooManyStages(summary.name, stageRange.getNumRows(), STAGE_ROOM));
    return undefined;
  }
  const numbers = (range: GoogleAppsScript.Spreadsheet.Range | null) =>
    (range?.getValues() ?? []).map((row) => (typeof row[0] === "number" ? row[0] : ""));
  return {
    key: summary.key,
    name: summary.name,
    stageCount: stageRange.getNumRows(),
    rates: numbers(rateRange),
    stages: stageRange.getValues().map((row) => String(row[0])),
    days: numbers(spreadsheet.getRangeByName(names.days)),
  };
}

function build(spreadsheet: Spreadsheet, template: TemplateDef, funnel?: FunnelRef): SheetPlan {
  const formats = formatsForLocale(spreadsheet.getSpreadsheetLocale());
  const messages = sheetMessages(spreadsheetLanguage(spreadsheet));
  return template.build({ funnel, formats, messages, today: todayIn(spreadsheet) });
}

function createPlan(template: TemplateDef, funnelKey?: string): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let funnel: FunnelRef | undefined;
  if (template.needsFunnel) {
    const funnels = ensureFunnels(spreadsheet);
    if (!funnels) return;
    const chosen =
      funnelKey !== undefined
        ? funnels.find((f) => f.key === funnelKey)
        : (funnelInView(spreadsheet.getActiveSheet(), funnels) ??
          (funnels.length === 1 ? funnels[0] : undefined));
    if (!chosen && funnelKey === undefined) {
      // More than one funnel and none in view: ask, never guess (SPEC §6).
      showFunnelDialog(template, funnels);
      return;
    }
    if (!chosen) {
      alert(ui().store.noSuchFunnel(String(funnelKey)));
      return;
    }
    funnel = funnelRef(spreadsheet, chosen);
    if (!funnel) return;
  }
  const sheet = renderPlan(spreadsheet, build(spreadsheet, template, funnel));
  sheet
    .getRange(2, 1)
    .setNote(recordNote({ template: template.command, funnel: funnel?.key ?? "" }));
  sheet.activate();
}

function command(name: string): () => void {
  const template = TEMPLATES.find((t) => t.command === name);
  if (!template) throw new Error(`No template behind the menu command ${name}`);
  return () => createPlan(template);
}

// Menu: Funnel Math ▸ New plan ▸ … (SPEC §6).
export const newAnnualPlan = command("newAnnualPlan");
export const newMonthlyTargets = command("newMonthlyTargets");
export const newChannelEconomics = command("newChannelEconomics");
export const newFunnelHealth = command("newFunnelHealth");
export const newSlaTracker = command("newSlaTracker");
export const newPlanVsActual = command("newPlanVsActual");
export const newCohorts = command("newCohorts");

/** The funnel dialog's choice: builds the template's plan on that funnel. */
export function newPlanForFunnel(templateCommand: string, funnelKey: string): void {
  const template = TEMPLATES.find((t) => t.command === String(templateCommand));
  if (!template) throw new Error(`There is no template "${templateCommand}".`);
  createPlan(template, String(funnelKey));
}

/** The choose-funnel dialog's server: checked against the API its client is typed with. */
export const chooseFunnelServer = { newPlanForFunnel } satisfies ChooseFunnelApi;

/** Input cells' contents (formulas kept as formulas), to write back after a rebuild. */
function readInputs(
  sheet: Sheet,
  plan: SheetPlan,
): { row: number; col: number; cells: CellContent[][] }[] {
  const perStage = new Set((plan.stageInputs ?? []).map((s) => `${s.row},${s.col}`));
  return plan.blocks
    .filter((b) => b.style === "input" && !perStage.has(`${b.row},${b.col}`))
    .map((b) => {
      const range = sheet.getRange(b.row, b.col, b.cells.length, b.cells[0].length);
      return { row: b.row, col: b.col, cells: readContents(range) };
    });
}

/**
 * Menu: Funnel Math ▸ Refresh plan. Rebuilds the active plan sheet in place from the funnel it
 * records, keeping what the user typed: every input cell, and per-stage inputs by stage name.
 */
export function refreshPlan(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const record = readRecord(sheet);
  const template = record && TEMPLATES.find((t) => t.command === record.template);
  if (!record || !template) {
    alert(ui().plans.notAPlan);
    return;
  }
  let funnel: FunnelRef | undefined;
  let stageNames: string[] = [];
  if (template.needsFunnel) {
    const summary = store()
      .listFunnels()
      .find((f) => f.key === record.funnel);
    if (!summary) {
      alert(ui().plans.funnelMissing(record.funnel));
      return;
    }
    funnel = funnelRef(spreadsheet, summary);
    if (!funnel) return;
    const loaded = store().loadFunnel(summary.key).funnel;
    stageNames = loaded.stages.slice(0, wonIndex(loaded) + 1).map((s) => s.name);
  }
  const plan = build(spreadsheet, template, funnel);
  const kept = readInputs(sheet, plan);
  const perStage = (plan.stageInputs ?? []).map(({ row, col }) => {
    const names = sheet.getRange(row, 1, STAGE_ROOM, 1).getValues();
    const values = readContents(sheet.getRange(row, col, STAGE_ROOM, 1));
    const byName = new Map<string, CellContent>();
    names.forEach(([name], i) => {
      const value = values[i][0];
      if (name !== "" && value !== "") byName.set(String(name), value);
    });
    return { row, col, byName };
  });
  rerenderPlan(sheet, plan);
  for (const { row, col, cells } of kept) writeContents(sheet, row, col, cells);
  for (const { row, col, byName } of perStage) {
    stageNames.forEach((name, i) => {
      const value = byName.get(name);
      if (value !== undefined) writeContents(sheet, row + i, col, [[value]]);
    });
  }
  sheet.getRange(2, 1).setNote(recordNote(record));
}
