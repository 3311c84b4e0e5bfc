/**
 * Funnel Math ▸ New plan ▸ … (SPEC §6): the plan's funnel is the active sheet's (a funnel, or the
 * funnel a plan records), or the only one, or the one the user picks in a small dialog; the plan
 * is built in a new sheet in a handful of calls (SPEC §8) and all-or-nothing (SPEC §9): on any
 * failure the new sheet is removed again and the user reads what failed in their language.
 */
import { ZoneClock } from "../../core/localDates";
import { inboundPreset } from "../../i18n/presets/inbound";
import { sheetMessages } from "../../i18n/sheet";
import { uiMessages } from "../../i18n/ui";
import type { ChooseFunnelApi } from "../../wire/chooseFunnelApi";
import type { FunnelSummary } from "../../wire/stageApi";
import { checkRequest, DEFAULT_FUNNEL_KEY, MAX_STAGES, namedRangeNames } from "../../core/funnel";
import { resolveLanguage } from "../../i18n/languages";
import { userLanguage } from "../locale";
import { store } from "../stageServer";
import type { NewPlanApi } from "../../wire/newPlanApi";
import type { PlanInputs } from "../../wire/pages";
import {
  layoutVersionOf,
  templateOf,
  TEMPLATES,
  type PlanFigures,
  type TemplateDef,
} from "./catalog";
import { figuresFrom, showNewPlanDialog, type OfferedFunnel } from "./newPlanDialog";
import { formatsForLocale } from "./currency";
import { showFunnelDialog } from "./funnelDialog";
import { funnelKeyOfSheet, funnelSheetByKey, readFunnel, type FunnelRead } from "./funnelSource";
import { readRecord, type PlanRecord } from "./planRecord";
import { insertPlanSheet, renderNewPlan } from "./render";
import type { FunnelRef } from "./sheetPlan";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Today as the spreadsheet shows it, as a runtime-local Date (templates read its year, month and
 * day): in Sheets the script's own time zone may differ from the spreadsheet's, and a plan made on
 * the evening of 30 November in New York starts in December there.
 */
export function todayIn(
  spreadsheet: Spreadsheet,
  clock = new ZoneClock(() => spreadsheet.getSpreadsheetTimeZone()),
): Date {
  const wall = clock.wallMs(Date.now());
  const day = new Date(wall);
  return new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}

/** Alerts, toasts and dialogs speak the user's language (SPEC §11). */
export function ui() {
  return uiMessages(userLanguage());
}

export function alert(message: string): void {
  const dialogs = SpreadsheetApp.getUi();
  dialogs.alert("Funnel Math", message, dialogs.ButtonSet.OK);
}

/**
 * A spreadsheet without any funnel gets the default one (Inbound preset) on a new sheet, named in
 * the spreadsheet's language by the store, beside any sheet of the user's with that name.
 */
function ensureFunnels(spreadsheet: Spreadsheet, locale: string): FunnelSummary[] | undefined {
  const stages = store(undefined, spreadsheet);
  const funnels = stages.listFunnels();
  if (funnels.length > 0) return funnels;
  // The table is part of the shared sheet: its stage names follow the spreadsheet's language.
  const preset = inboundPreset(resolveLanguage(locale));
  const created = stages.createDefaultFunnel(preset.stages);
  if (!created.ok) {
    alert(created.message);
    return undefined;
  }
  spreadsheet.toast(ui().plans.createdDefaultFunnel(created.loaded.funnel.name), "Funnel Math");
  return created.funnels;
}

/** The funnel read for a plan, or undefined after telling the user why not. */
function usable(read: FunnelRead, name: string): FunnelRef | undefined {
  if (read.ok) return read.funnel;
  if (read.reason === "tooManyStages")
    alert(ui().plans.tooManyStages(name, read.count ?? 0, MAX_STAGES));
  else alert(ui().plans.noNamedRanges(name));
  return undefined;
}

function funnelOnSheet(sheet: Sheet, key: string, withIds: boolean): FunnelRef | undefined {
  const name = sheet.getName();
  return usable(readFunnel(sheet, key, name, withIds), name);
}

type Choice = { funnel: FunnelRef } | { ask: FunnelSummary[] } | { stop: true };

/**
 * The funnel with this key, read for a plan; undefined after telling the user why not — a table
 * typed by hand has no named ranges for a plan's formulas yet, which is not "no such funnel".
 */
function funnelByKey(
  spreadsheet: Spreadsheet,
  funnelKey: string,
  withIds: boolean,
): FunnelRef | undefined {
  const sheet = funnelSheetByKey(spreadsheet, funnelKey);
  if (sheet) return funnelOnSheet(sheet, funnelKey, withIds);
  const handTyped = store(undefined, spreadsheet)
    .listFunnels()
    .find((f) => f.key === funnelKey);
  alert(handTyped ? ui().plans.noNamedRanges(handTyped.name) : ui().store.noSuchFunnel(funnelKey));
  return undefined;
}

/** The name of the funnel a plan records (none for a plan of no funnel). */
function recordedName(record: PlanRecord | undefined): string | undefined {
  return record && record.funnel !== "" ? (record.funnelName ?? record.funnel) : undefined;
}

/**
 * Whether the sheet in view is a stage table typed by hand (a listed funnel by its sheet's name,
 * without the named ranges a plan's formulas use): then the user is told to save it once, before
 * any dialog asks for figures. Only called when the sheet has no named ranges of a funnel.
 */
function handTypedInView(
  active: Sheet | null,
  record: PlanRecord | undefined,
  funnels: readonly FunnelSummary[],
): boolean {
  if (!active || record) return false;
  const name = active.getName();
  if (!funnels.some((f) => f.name === name)) return false;
  alert(ui().plans.noNamedRanges(name));
  return true;
}

/**
 * The funnel of the active sheet — the funnel itself (its own named ranges say so) or the one a
 * plan records — else the only funnel, else the user is asked (SPEC §6: chosen, not guessed).
 * A plan of a deleted funnel in view: the same, and a toast says why another funnel is used.
 */
function chooseFunnel(
  spreadsheet: Spreadsheet,
  locale: string,
  funnelKey: string | undefined,
  withIds: boolean,
): Choice {
  if (funnelKey !== undefined) {
    const funnel = funnelByKey(spreadsheet, funnelKey, withIds);
    return funnel ? { funnel } : { stop: true };
  }
  const active = spreadsheet.getActiveSheet() as Sheet | null;
  const ownKey = active ? funnelKeyOfSheet(active) : undefined;
  if (active && ownKey !== undefined) {
    const funnel = funnelOnSheet(active, ownKey, withIds);
    return funnel ? { funnel } : { stop: true };
  }
  const record = active ? readRecord(active)?.record : undefined;
  const recorded = record?.funnel;
  const recordedSheet = recorded ? funnelSheetByKey(spreadsheet, recorded) : undefined;
  if (recorded && recordedSheet) {
    const funnel = funnelOnSheet(recordedSheet, recorded, withIds);
    return funnel ? { funnel } : { stop: true };
  }
  // A plan of a deleted funnel in view: a command that goes on with another says why (SPEC §6).
  const gone = recordedName(record);
  const funnels = ensureFunnels(spreadsheet, locale);
  if (!funnels) return { stop: true };
  if (handTypedInView(active, record, funnels)) return { stop: true };
  const only = funnels.length === 1 ? funnels[0] : undefined;
  if (!only) {
    if (gone !== undefined) spreadsheet.toast(ui().plans.viewFunnelGoneChoose(gone), "Funnel Math");
    return { ask: funnels };
  }
  const funnel = funnelByKey(spreadsheet, only.key, withIds);
  if (!funnel) return { stop: true };
  if (gone !== undefined)
    spreadsheet.toast(ui().plans.viewFunnelGone(gone, funnel.name), "Funnel Math");
  return { funnel };
}

/**
 * The funnels New plan's dialog offers: the one in view alone (a funnel's sheet, or the funnel a
 * plan records), else every funnel, the default first; undefined after telling the user why none.
 * A plan of a deleted funnel in view: every funnel, and a toast says why. Also the record of the
 * plan in view, read once for the offer and for the figures the dialog prefills.
 */
function funnelsToOffer(
  spreadsheet: Spreadsheet,
  locale: string,
  active: Sheet | null,
): { offer: OfferedFunnel[]; record?: PlanRecord } | undefined {
  // The funnel in view is found by its named ranges, without listing every funnel (SPEC §8); a
  // plan's funnel has them (plans are built on funnels the store has named). Offered alone, it
  // needs no stage count (no list shows it): its name is its sheet's.
  const ownKey = active ? funnelKeyOfSheet(active) : undefined;
  const record = ownKey === undefined && active ? readRecord(active)?.record : undefined;
  const inViewKey = ownKey ?? record?.funnel;
  let inViewSheet: Sheet | null | undefined;
  if (ownKey !== undefined) {
    // Its own sheet, if its stages are still named (the range plans' formulas read).
    if (spreadsheet.getRangeByName(namedRangeNames(ownKey).stages)) inViewSheet = active;
  } else if (record?.funnel) {
    inViewSheet = funnelSheetByKey(spreadsheet, record.funnel);
  }
  if (inViewKey && inViewSheet) {
    return { offer: [{ key: inViewKey, name: inViewSheet.getName() }], record };
  }
  const funnels = ensureFunnels(spreadsheet, locale);
  if (!funnels) return undefined;
  if (ownKey === undefined && handTypedInView(active, record, funnels)) return undefined;
  const gone = recordedName(record);
  const first = funnels.find((f) => f.key === DEFAULT_FUNNEL_KEY) ?? funnels[0];
  if (gone !== undefined && first) {
    const t = ui().plans;
    const message =
      funnels.length === 1 ? t.viewFunnelGone(gone, first.name) : t.viewFunnelGoneChoose(gone);
    spreadsheet.toast(message, "Funnel Math");
  }
  return { offer: first ? [first, ...funnels.filter((f) => f !== first)] : funnels, record };
}

function createPlan(template: TemplateDef, funnelKey?: string, inputs?: PlanInputs): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  let figures: PlanFigures | undefined;
  let money: string | undefined;
  if (template.planInputs) {
    if (!inputs) {
      // Asked once, before anything is built (SPEC §6): the plan's own figures.
      // The sheet in view, asked for once: the offer and the prefilled figures both look at it.
      const active = spreadsheet.getActiveSheet() as Sheet | null;
      const chosen =
        funnelKey === undefined
          ? undefined
          : store(undefined, spreadsheet).funnelSummary(funnelKey);
      const offered = template.needsFunnel
        ? funnelKey !== undefined
          ? { offer: chosen ? [chosen] : [] }
          : funnelsToOffer(spreadsheet, locale, active)
        : { offer: [] };
      if (!offered) return;
      // The zone is asked for once, only if a date needs it (a template with months).
      const clock = new ZoneClock(() => spreadsheet.getSpreadsheetTimeZone());
      showNewPlanDialog(spreadsheet, template, offered.offer, () => todayIn(spreadsheet, clock), {
        locale,
        active,
        record: offered.record,
        clock,
      });
      return;
    }
    const read = figuresFrom(inputs, template, locale);
    if ("bad" in read) {
      alert(ui().plans.badFigure(read.bad));
      return;
    }
    figures = read.figures;
    money = read.money;
  }
  let funnel: FunnelRef | undefined;
  if (template.needsFunnel) {
    const choice = chooseFunnel(spreadsheet, locale, funnelKey, template.stageIds);
    if ("stop" in choice) return;
    if ("ask" in choice) {
      // More than one funnel and none in view: ask, never guess (SPEC §6).
      showFunnelDialog(template, choice.ask);
      return;
    }
    funnel = choice.funnel;
  }
  const formats = formatsForLocale(locale);
  const plan = template.build(
    {
      funnel,
      formats: money === undefined ? formats : { ...formats, money },
      messages: sheetMessages(resolveLanguage(locale)),
      today: () => todayIn(spreadsheet),
      figures,
    },
    template.layout(),
  );
  let sheet: Sheet | undefined;
  try {
    sheet = insertPlanSheet(spreadsheet, plan.baseName);
    renderNewPlan(
      sheet,
      plan,
      funnel
        ? {
            template: template.command,
            funnel: funnel.key,
            layout: layoutVersionOf(template),
            funnelName: funnel.name,
          }
        : { template: template.command, funnel: "", layout: layoutVersionOf(template) },
      funnel?.stages ?? [],
    );
  } catch {
    // All or nothing (SPEC §9): the new sheet goes, with everything written on it; the message
    // says whether it did, in the user's words (Google's own text is English).
    let restored = true;
    if (sheet) {
      try {
        spreadsheet.deleteSheet(sheet);
      } catch {
        restored = false;
      }
    }
    const t = ui();
    alert(`${t.plans.newPlanFailed} ${restored ? t.store.restored : t.store.notRestored}`);
  }
}

function command(name: string): () => void {
  const template = templateOf(name);
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
export const newCapacityPlan = command("newCapacityPlan");
export const newPipelineCoverage = command("newPipelineCoverage");

/** The funnel dialog's choice: builds the template's plan on that funnel. */
export function newPlanForFunnel(templateCommand: string, funnelKey: string): void {
  // The dialog's page sent these: anything may arrive (SPEC §9).
  const t = ui().store;
  const args = checkRequest("planForFunnel", [templateCommand, funnelKey]);
  if (!args.ok) {
    const field = args.field === "0" ? "template" : "funnel";
    alert(t.badRequest(`${field}: ${t.requestProblem[args.problem]}`));
    return;
  }
  const [command, key] = args.value;
  const template = TEMPLATES.find((d) => d.command === command);
  if (!template) {
    alert(t.badRequest(`template: ${command}`));
    return;
  }
  createPlan(template, key);
}

/** The choose-funnel dialog's server: checked against the API its client is typed with. */
export const chooseFunnelServer = { newPlanForFunnel } satisfies ChooseFunnelApi;

/** New plan's dialog: builds the template's plan on the funnel with the figures confirmed. */
export function buildPlan(templateCommand: string, funnelKey: string, inputs: PlanInputs): void {
  const template = TEMPLATES.find((t) => t.command === String(templateCommand));
  if (!template) {
    // Only a page that was tampered with sends this: said in words, never a raw error (SPEC §9).
    alert(ui().store.badRequest(`template: ${String(templateCommand)}`));
    return;
  }
  createPlan(template, template.needsFunnel ? String(funnelKey) : undefined, inputs ?? undefined);
}

/** New plan dialog's server: checked against the API its client is typed with. */
export const newPlanServer = { buildPlan } satisfies NewPlanApi;

export { refreshPlan } from "./refresh";
