/**
 * The funnel a plan is built on, read in a few calls and never by reading every sheet (SPEC §8):
 * a funnel sheet is recognised by its own named ranges (`<key>_Stages`…), a plan by its record,
 * and the table is read once from the funnel's sheet (with the note holding its stage ids).
 */
import { MAX_STAGES, namedRangeNames, wonIndex } from "../../core/funnel";
import { parseRangeName } from "../../core/funnelRanges";
import { uiMessages } from "../../i18n/ui";
import { matchIds, parseIdNote } from "../stageIds";
import { parseTable, readLayout } from "../stageTable";
import type { FunnelRef } from "./sheetPlan";
import { stageKey } from "./stageKey";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The key of the funnel whose table is on this sheet, from the sheet's own named ranges. */
export function funnelKeyOfSheet(sheet: Sheet): string | undefined {
  for (const named of sheet.getNamedRanges()) {
    const parsed = parseRangeName(named.getName());
    if (parsed) return parsed.key;
  }
  return undefined;
}

export type FunnelRead =
  | { ok: true; funnel: FunnelRef }
  | { ok: false; reason: "noTable" | "tooManyStages"; count?: number };

/**
 * What a template needs of the funnel on `sheet` (its `name`), from one read of the sheet: the
 * table is found by its header row wherever it is (SPEC §4: the sheet is the truth), and with
 * `withIds` its stages' ids (a plan that keys cells to stages needs them).
 */
export function readFunnel(sheet: Sheet, key: string, name: string, withIds: boolean): FunnelRead {
  const values = sheet.getSheetValues(1, 1, -1, -1);
  const headerRow = values.findIndex((row) => readLayout(row) !== undefined);
  const layout = readLayout(values[headerRow]);
  if (headerRow < 0 || !layout) return { ok: false, reason: "noTable" };
  // The plan needs the stages only: the table's problems are the stage editor's to report.
  const { funnel } = parseTable(
    values.slice(headerRow),
    layout,
    { key, name },
    uiMessages("en").validation,
  );
  // Each stage's id, as the store keeps them in the note of the "Stage" header cell (stageIds.ts):
  // plans key typed inputs by it (SPEC §9). A stage the store has not saved yet has none and is
  // keyed by its name, as the plan sync aliases it (its provisional id is not the one it gets).
  // A plan that keys nothing by stage (`withIds` false) keys by name and costs no read of it.
  if (withIds) {
    const note = parseIdNote(sheet.getRange(headerRow + 1, 1).getNote());
    const { ids, persisted } = matchIds(
      funnel.stages.map((s) => s.name),
      note.entries,
      "",
    );
    funnel.stages.forEach((stage, i) => {
      stage.id = persisted[i] ? ids[i] : undefined;
    });
  } else {
    for (const stage of funnel.stages) stage.id = undefined;
  }
  const acquisition = funnel.stages.slice(0, wonIndex(funnel) + 1);
  if (acquisition.length > MAX_STAGES)
    return { ok: false, reason: "tooManyStages", count: acquisition.length };
  const rates = acquisition.map((s, i) =>
    i < acquisition.length - 1 ? (s.conversionToNext ?? "") : "",
  );
  return {
    ok: true,
    funnel: {
      key,
      name,
      stageCount: acquisition.length,
      rates,
      stages: acquisition.map((s) => s.name),
      keys: acquisition.map((s) => stageKey(s)),
      days: acquisition.map((s, i) => (i < acquisition.length - 1 ? (s.daysInStage ?? "") : "")),
    },
  };
}

/** The funnel with this key: its sheet is the one its `<key>_Stages` named range is on. */
export function funnelSheetByKey(spreadsheet: Spreadsheet, key: string): Sheet | undefined {
  return spreadsheet.getRangeByName(namedRangeNames(key).stages)?.getSheet();
}
