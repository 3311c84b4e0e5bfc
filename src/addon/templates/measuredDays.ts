/**
 * Menu: Funnel Math ▸ Use measured days in the funnel (SPEC §6.7, "Use these days in the funnel").
 * Apps Script's sheet buttons are drawings bound to a script, which an add-on cannot ship, so the
 * one click is a menu item that works on the active Cohorts sheet: it writes the measured medians
 * into the stage table's Days in stage through the sidebar's own save path (a fresh load, then
 * StageStore.saveFunnel with that fingerprint: validation, lock and conflict check included) and
 * says in words what changed.
 */
import { wonIndex, type Funnel } from "../../core/funnel";
import { uiMessages } from "../../i18n/ui";
import { userLanguage } from "../locale";
import { store } from "../stageServer";
import { DAYS_FIRST_ROW } from "./cohorts";
import { readRecord } from "./planRecord";
import { STAGE_ROOM } from "./sheetPlan";

export const COHORTS_COMMAND = "newCohorts";

/** One decimal is as precise as a planning figure needs; it also drops float noise. */
function tidy(days: number): number {
  return Math.round(days * 10) / 10;
}

export interface MeasuredDaysChange {
  stage: string;
  before: number | null;
  after: number;
}

/**
 * The funnel with each acquisition stage's days replaced by its measured median (matched by
 * stage name); stages without a measurement keep theirs.
 */
export function applyMeasuredDays(
  funnel: Funnel,
  measured: ReadonlyMap<string, number>,
): { funnel: Funnel; changes: MeasuredDaysChange[]; kept: string[] } {
  const next: Funnel = JSON.parse(JSON.stringify(funnel)) as Funnel; // no structuredClone in Apps Script
  const changes: MeasuredDaysChange[] = [];
  const kept: string[] = [];
  const won = wonIndex(next);
  next.stages.forEach((stage, i) => {
    if (i >= won) return; // the won stage and post-sale stages have no days before a deal
    const median = measured.get(stage.name);
    if (median === undefined) {
      kept.push(stage.name);
      return;
    }
    const after = tidy(median);
    if (stage.daysInStage !== after)
      changes.push({ stage: stage.name, before: stage.daysInStage, after });
    stage.daysInStage = after;
  });
  return { funnel: next, changes, kept };
}

/** Stage name → measured median, from the Cohorts sheet's days-in-stage table. */
function readMeasured(sheet: GoogleAppsScript.Spreadsheet.Sheet): Map<string, number> {
  const rows = sheet.getRange(DAYS_FIRST_ROW, 1, STAGE_ROOM, 2).getValues();
  const out = new Map<string, number>();
  for (const [name, median] of rows)
    if (name !== "" && typeof median === "number" && Number.isFinite(median) && median >= 0)
      out.set(String(name), median);
  return out;
}

export function useMeasuredDays(): void {
  const messages = uiMessages(userLanguage());
  const ui = SpreadsheetApp.getUi();
  const say = (text: string) => ui.alert("Funnel Math", text, ui.ButtonSet.OK);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const record = readRecord(sheet);
  if (!record || record.template !== COHORTS_COMMAND) {
    say(messages.plans.notCohortsSheet);
    return;
  }
  const stages = store();
  const summary = stages.listFunnels().find((f) => f.key === record.funnel);
  if (!summary) {
    say(messages.plans.funnelMissing(record.funnel));
    return;
  }
  const measured = readMeasured(sheet);
  if (measured.size === 0) {
    say(messages.plans.noMeasuredDays);
    return;
  }
  const loaded = stages.loadFunnel(summary.key);
  const { funnel, changes, kept } = applyMeasuredDays(loaded.funnel, measured);
  const saved = stages.saveFunnel({ funnel, fingerprint: loaded.fingerprint });
  if (!saved.ok) {
    say(messages.plans.measuredDaysFailed(saved.message));
    return;
  }
  const lines = [
    messages.plans.measuredDaysSaved(summary.name),
    ...changes.map((c) => messages.plans.measuredDayChange(c.stage, c.before, c.after)),
  ];
  if (kept.length > 0) lines.push(messages.plans.measuredDaysKept(kept.join(", ")));
  say(lines.join("\n"));
}
