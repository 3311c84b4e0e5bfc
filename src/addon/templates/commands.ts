import { namedRangeNames } from "../../core/funnel";
import { inboundPreset } from "../../core/presets";
import { store } from "../stageServer";
import { TEMPLATES, type TemplateDef } from "./catalog";
import { formatsForLocale } from "./currency";
import { renderPlan } from "./render";
import type { FunnelRef } from "./sheetPlan";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DEFAULT_FUNNEL_NAME = "Funnel";

function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert("Funnel Math", message, ui.ButtonSet.OK);
}

/**
 * The funnel a new plan is built for: the one on the active sheet, else "Funnel", else the first.
 * A spreadsheet without any gets the default funnel (Inbound preset) on a new sheet, so a plan
 * computes at once; existing sheets are never changed.
 */
function resolveFunnel(spreadsheet: Spreadsheet): FunnelRef | undefined {
  const stages = store();
  let funnels = stages.listFunnels();
  if (funnels.length === 0) {
    const created = stages.createFunnel({
      name: DEFAULT_FUNNEL_NAME,
      stages: inboundPreset().stages,
    });
    if (!created.ok) {
      alert(created.message);
      return undefined;
    }
    spreadsheet.toast(
      `Created the "${DEFAULT_FUNNEL_NAME}" stage table from the Inbound preset. Edit it with Funnel Math ▸ Stage editor.`,
      "Funnel Math",
    );
    funnels = stages.listFunnels();
  }
  const activeName = spreadsheet.getActiveSheet().getName();
  const chosen =
    funnels.find((f) => f.name === activeName) ??
    funnels.find((f) => f.key === "Funnel") ??
    funnels[0];
  // The plan's formulas read the named ranges, so they decide its size.
  const names = namedRangeNames(chosen.key);
  const stageRange = spreadsheet.getRangeByName(names.stages);
  const rateRange = spreadsheet.getRangeByName(names.rates);
  if (!stageRange || !rateRange) {
    alert(
      `The "${chosen.name}" table has no named ranges yet. Open Funnel Math ▸ Stage editor, save the funnel once, then create the plan again.`,
    );
    return undefined;
  }
  const rates = rateRange.getValues().map((row) => (typeof row[0] === "number" ? row[0] : ""));
  return { key: chosen.key, name: chosen.name, stageCount: stageRange.getNumRows(), rates };
}

function createPlan(template: TemplateDef): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const funnel = template.needsFunnel ? resolveFunnel(spreadsheet) : undefined;
  if (template.needsFunnel && !funnel) return;
  const formats = formatsForLocale(spreadsheet.getSpreadsheetLocale());
  const plan = template.build({ funnel, formats, today: new Date() });
  renderPlan(spreadsheet, plan).activate();
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
