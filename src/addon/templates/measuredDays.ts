/**
 * Menu: Funnel Math ▸ Use measured days in the funnel (SPEC §6.7, "Use these days in the funnel").
 * Apps Script's sheet buttons are drawings bound to a script, which an add-on cannot ship, so the
 * one click is a menu item that works on the active Cohorts sheet: it writes the measured medians
 * into the stage table's Days in stage through the sidebar's own save path (a fresh load, then
 * StageStore.saveFunnelAlone with that fingerprint: validation, lock, conflict check and
 * all-or-nothing included) once the user has seen each stage's days before → after and said
 * yes. Each median belongs to the stage whose export column it was measured from — found by the
 * column's stage key, not its position (SPEC §9) — and nothing is saved while the export's
 * columns do not follow the funnel's stages.
 */
import { wonIndex, type Funnel } from "../../core/funnel";
import { uiMessages } from "../../i18n/ui";
import { userLanguage } from "../locale";
import { messageOf } from "../../core/messageOf";
import { store } from "../stageServer";
import { currentTemplateOf, templateOf } from "./catalog";
import { cohortsStageInputs, type CohortsLayout } from "./cohorts";
import { parseKey } from "./markers";
import { locate, type SheetCells } from "./planRead";
import { readRecord } from "./planRecord";
import { stageKey } from "./stageKey";

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
 * The funnel with each acquisition stage's days replaced by its measured median (matched by the
 * stage's key); stages without a measurement keep theirs.
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
    const median = measured.get(stageKey(stage));
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

type Measured =
  { ok: true; measured: Map<string, number> } | { ok: false; reason: "notLocated" | "misaligned" };

/**
 * Stage key → measured median, from the Cohorts sheet: the medians beside the stage list. From
 * the stage columns, each median comes from the column keyed to the same stage: refused when the
 * columns' keys are not the funnel's stages in order (the funnel changed and the sheet was not
 * refreshed). From a pasted export, each comes from the columns its stage map names: refused
 * when the stage list beside the medians is not the funnel's stages by name.
 */
export function readMeasured(
  cells: SheetCells,
  funnelKeys: readonly string[],
  funnelNames: readonly string[] = [],
): Measured {
  const def = templateOf(COHORTS_COMMAND);
  if (!def) return { ok: false, reason: "notLocated" };
  const located = locate(def.layout(), cells);
  if (!located.ok) return { ok: false, reason: "notLocated" };
  const layout = located.layout as CohortsLayout;
  const inputs = cohortsStageInputs(layout);
  if (inputs.axis !== "columns") return { ok: false, reason: "notLocated" };
  const days = layout.anchors["days.body"];
  const paste = layout.anchors.paste;
  const pasted = (cells.values[paste.row - 1] ?? [])
    .slice(paste.col - 1, paste.lastCol)
    .some((v) => v !== "" && v !== null && v !== undefined);
  if (pasted) {
    const labels = funnelNames.map((_, i) => cells.values[days.row + i - 1]?.[days.col - 1]);
    if (labels.some((name, i) => name !== funnelNames[i]))
      return { ok: false, reason: "misaligned" };
  } else {
    const keys = inputs.keys;
    const columnKeys = funnelKeys.map(
      (_, i) => parseKey(cells.values[keys.row - 1]?.[keys.col - 1 + i])?.key,
    );
    if (columnKeys.some((k, i) => k !== funnelKeys[i])) return { ok: false, reason: "misaligned" };
  }
  const out = new Map<string, number>();
  funnelKeys.forEach((key, i) => {
    const median = cells.values[days.row + i - 1]?.[days.col];
    if (typeof median === "number" && Number.isFinite(median) && median >= 0) out.set(key, median);
  });
  return { ok: true, measured: out };
}

export function useMeasuredDays(): void {
  // The user's language and the spreadsheet, asked for once and handed to the store (SPEC §8).
  const language = userLanguage();
  const messages = uiMessages(language);
  const ui = SpreadsheetApp.getUi();
  const say = (text: string) => ui.alert("Funnel Math", text, ui.ButtonSet.OK);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const found = readRecord(sheet);
  if (!found || found.record.template !== COHORTS_COMMAND) {
    say(messages.plans.notCohortsSheet);
    return;
  }
  if (!currentTemplateOf(found.record)) {
    say(messages.plans.olderPlan);
    return;
  }
  const stages = store(language, spreadsheet);
  let loaded;
  try {
    loaded = stages.loadFunnel(found.record.funnel);
  } catch {
    say(messages.plans.funnelMissing(found.record.funnelName ?? found.record.funnel));
    return;
  }
  const range = sheet.getDataRange();
  const cells: SheetCells = {
    values: range.getValues(),
    formulas: [],
    formats: [],
    backgrounds: [],
    notes: [],
  };
  const acquisition = loaded.funnel.stages.slice(0, wonIndex(loaded.funnel) + 1);
  const read = readMeasured(
    cells,
    acquisition.map((s) => stageKey(s)),
    acquisition.map((s) => s.name),
  );
  if (!read.ok) {
    say(
      read.reason === "misaligned" ? messages.plans.exportMisaligned : messages.plans.markersLost,
    );
    return;
  }
  if (read.measured.size === 0) {
    say(messages.plans.noMeasuredDays);
    return;
  }
  const { funnel, changes, kept } = applyMeasuredDays(loaded.funnel, read.measured);
  const changeLines = changes.map((c) =>
    messages.plans.measuredDayChange(c.stage, c.before, c.after),
  );
  const keptLines = kept.length > 0 ? [messages.plans.measuredDaysKept(kept.join(", "))] : [];
  if (changes.length === 0) {
    say([messages.plans.measuredDaysSame(loaded.funnel.name), ...keptLines].join("\n"));
    return;
  }
  // Before → after first; the stage table changes only when the user says yes (SPEC §6.7).
  const answer = ui.alert(
    "Funnel Math",
    [messages.plans.measuredDaysAsk(loaded.funnel.name), ...changeLines, ...keptLines].join("\n"),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return;
  let saved;
  try {
    saved = stages.saveFunnelAlone({ funnel, fingerprint: loaded.fingerprint });
  } catch (e) {
    say(messages.plans.measuredDaysFailed(messageOf(e)));
    return;
  }
  if (!saved.ok) {
    say(messages.plans.measuredDaysFailed(saved.message));
    return;
  }
  say([messages.plans.measuredDaysSaved(loaded.funnel.name), ...changeLines].join("\n"));
}
