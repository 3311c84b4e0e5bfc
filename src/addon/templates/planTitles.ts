/**
 * Plans name their funnel on the line under their title ("Funnel: EMEA · …", SPEC §6) and record
 * its key in the sheet's developer metadata (planRecord.ts). Finding a funnel's plans and renaming the
 * funnel in them, for the stage store's rename and delete:
 * - found with one search for the name on a plan's funnel line (a TextFinder), not by reading every
 *   sheet; a match counts only when the cell is A2 and its sheet's record names the funnel's key;
 * - in every language the funnel's name comes before the line's first " · ", and only that name is
 *   replaced, whatever the plan's language; each change registers its undo (all-or-nothing).
 */
import { asText } from "../cellContents";
import { readRecord } from "./planRecord";
import { escapeRegExp } from "../../core/escapeRegExp";

type Spreadsheet = Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, "createTextFinder">;

interface FunnelRef {
  key: string;
  name: string;
}

/** A plan's funnel line: its cell, what it says, and its sheet's name (asked for when needed). */
export interface PlanLine {
  sheetName(): string;
  cell: GoogleAppsScript.Spreadsheet.Range;
  text: string;
}

const SEPARATOR = " · ";

/** The funnel line of each plan built on `funnel`. */
function planLines(spreadsheet: Spreadsheet, funnel: FunnelRef): PlanLine[] {
  // The name anywhere before the first " · " (its quotes and label differ by language).
  const pattern = `^[^·]*${escapeRegExp(funnel.name)}[^·]*·`;
  const lines: PlanLine[] = [];
  for (const cell of spreadsheet.createTextFinder(pattern).useRegularExpression(true).findAll()) {
    if (cell.getA1Notation() !== "A2") continue;
    const sheet = cell.getSheet(); // once: each call is a service call (SPEC §8)
    // Keys compare ignoring case, as Sheets compares the named ranges they stand for: a funnel
    // asked for as "emea" is the funnel "EMEA" (Spreadsheet.getRangeByName found it so).
    if (readRecord(sheet)?.record.funnel.toLowerCase() !== funnel.key.toLowerCase()) continue;
    lines.push({
      sheetName: () => sheet.getName(),
      cell,
      text: String(cell.getValues()[0]?.[0] ?? ""),
    });
  }
  return lines;
}

export function planTitles(spreadsheet: Spreadsheet) {
  return {
    /** The funnel lines of the plans built on the funnel (read before any write: one flush). */
    plansOf(funnel: FunnelRef): PlanLine[] {
      return planLines(spreadsheet, funnel);
    },
    /** Writes the funnel's new name into those lines; each write can be undone. */
    rename(lines: readonly PlanLine[], funnel: FunnelRef, newName: string, undo: (() => void)[]) {
      for (const { cell, text } of lines) {
        const head = text.split(SEPARATOR, 1)[0] ?? "";
        const at = head.lastIndexOf(funnel.name);
        if (at < 0) continue;
        const renamed = `${text.slice(0, at)}${newName}${text.slice(at + funnel.name.length)}`;
        cell.setValues([[asText(renamed)]]);
        undo.push(() => cell.setValues([[asText(text)]]));
      }
    },
  };
}
