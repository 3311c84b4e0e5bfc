/**
 * Plans name their funnel on the line under their title ("Funnel: EMEA · …", SPEC §6) and record
 * its key in the sheet's developer metadata (planRecord.ts). Finding a funnel's plans and renaming
 * the funnel in them, for the stage store's rename and delete:
 * - found by their records (one query for the spreadsheet, then each record read), not by reading
 *   every sheet — and not by the name on their line, which the funnel's sheet tab, renamed by hand,
 *   no longer has;
 * - a plan's funnel line is found through its markers (planRead.ts), wherever rows were inserted
 *   above it, and only the name it shows is replaced, in the form of any of the languages the line
 *   can be in; a line the team rewrote is left as it is. Each change registers its undo.
 */
import { LANGUAGES } from "../../i18n/languages";
import { sheetMessages } from "../../i18n/sheet";
import { asText } from "../cellContents";
import type { PlanLine, PlanTitles } from "../storeContext";
import { templateOf } from "./catalog";
import { locate } from "./planRead";
import { planSheets, type PlanRecord } from "./planRecord";

type Spreadsheet = Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, "createDeveloperMetadataFinder">;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface FunnelRef {
  key: string;
  name: string;
}

/** A plan with its funnel line as read: the cell and what it says (none: no line found). */
export interface FunnelLine extends PlanLine {
  cell?: GoogleAppsScript.Spreadsheet.Range;
  text: string;
  /** The funnel's name as the plan last showed it, when its record keeps it. */
  shown?: string;
}

/** Each plan built on the funnel (its record names the funnel's key, ignoring case as Sheets does). */
function plansOfKey(spreadsheet: Spreadsheet, key: string): { sheet: Sheet; record: PlanRecord }[] {
  const wanted = key.toLowerCase();
  return planSheets(spreadsheet, (record) => record.funnel.toLowerCase() === wanted);
}

/** The cell of the line under the plan's title, through its markers (A2 when they are gone). */
function funnelLineOf(sheet: Sheet, record: PlanRecord): FunnelLine {
  // One read of the plan's cells (Sheet.getSheetValues: -1 is up to the last row or column with
  // content), for its markers.
  const values: unknown[][] = sheet.getSheetValues(1, 1, -1, -1);
  const template = templateOf(record.template);
  const located = template
    ? locate(template.layout(), { values, formulas: [], formats: [], backgrounds: [], notes: [] })
    : undefined;
  const title = located?.ok ? located.layout.anchors.title : undefined;
  const row = title ? title.row + 1 : 2;
  const col = title ? title.col : 1;
  const text = values[row - 1]?.[col - 1];
  return {
    sheetName: () => sheet.getName(),
    cell: sheet.getRange(row, col),
    text: typeof text === "string" ? text : "",
    ...(record.funnelName === undefined ? {} : { shown: record.funnelName }),
  };
}

/**
 * Where the funnel's name starts on a funnel line written in any language, for the first of
 * `names` it shows (the line "Funnel: EMEA · Enterprise · …" shows "EMEA · Enterprise", not "EMEA").
 */
function nameAt(text: string, names: readonly string[]): { at: number; name: string } | undefined {
  const longestFirst = [...new Set(names)]
    .filter((n) => n !== "")
    .sort((a, b) => b.length - a.length);
  for (const language of LANGUAGES) {
    const [before = "", after = ""] = sheetMessages(language)
      .common.funnelLine("\u0000", "")
      .split("\u0000");
    for (const name of longestFirst)
      if (text.startsWith(`${before}${name}${after}`)) return { at: before.length, name };
  }
  return undefined;
}

export function planTitles(spreadsheet: Spreadsheet): PlanTitles<FunnelLine> {
  return {
    /** The plans built on the funnel, by their records (the delete's question names them). */
    plansOf(funnel: FunnelRef): PlanLine[] {
      return plansOfKey(spreadsheet, funnel.key).map(({ sheet }) => ({
        sheetName: () => sheet.getName(),
      }));
    },
    /** The same with each funnel line read (before any write: one flush). */
    linesOf(funnel: FunnelRef): FunnelLine[] {
      return plansOfKey(spreadsheet, funnel.key).map(({ sheet, record }) =>
        funnelLineOf(sheet, record),
      );
    },
    /** Writes the funnel's new name into those lines; each write can be undone. */
    rename(lines: readonly FunnelLine[], funnel: FunnelRef, newName: string, undo: (() => void)[]) {
      for (const { cell, text, shown } of lines) {
        const found = cell && nameAt(text, [funnel.name, ...(shown === undefined ? [] : [shown])]);
        if (!cell || !found) continue;
        const renamed = `${text.slice(0, found.at)}${newName}${text.slice(found.at + found.name.length)}`;
        cell.setValues([[asText(renamed)]]);
        undo.push(() => cell.setValues([[asText(text)]]));
      }
    },
  };
}
