/**
 * What a data block's cells say about its layout (SPEC §3, "Layouts"): whether its first row is a
 * header, and whether a column holds stage names — how src/functions tells a record log, a log
 * with status, a stage history and a stage-date matrix apart.
 */
import { isBlank, isDate, parseNumberText } from "../cellValue";
import { scanDateText } from "../dateText";
import { stageOfName, type StageNames } from "../stageMap";
import { stageText } from "./stageCells";

/** Text that can only be a header: not blank, not a number, not a date. */
export function isHeaderText(v: unknown): boolean {
  if (typeof v !== "string" || isBlank(v)) return false;
  const text = v.trim();
  return scanDateText(text) === undefined && parseNumberText(text) === undefined;
}

/** A first row of text only (no blanks, numbers, dates or TRUE/FALSE): column titles. */
export function isHeaderRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isHeaderText(row[c])) return false;
  return row.length > 0;
}

/**
 * A first row of titles over records that hold dates, numbers or TRUE/FALSE: the header of a
 * stage-date matrix read without stage names. A matrix of text only ("x" for reached) has no
 * header to find: its first row is a record, as it always was.
 */
export function isHeaderOverData(rows: readonly (readonly unknown[])[]): boolean {
  if (rows.length < 2 || !isHeaderRow(rows[0]!)) return false;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number" || typeof v === "boolean" || isDate(v)) return true;
      if (typeof v === "string" && !isBlank(v) && scanDateText(v.trim()) !== undefined) return true;
    }
  }
  return false;
}

/**
 * Whether column `col` (from `firstRow`) holds stage names: some cell is a name the stage names
 * know, and no cell is a date, TRUE or FALSE. This is how a block tells a history or a log with
 * status from a stage-date matrix, and a log's header from its records. A number is read as its
 * text, as the readers read it (a CRM's numeric stage IDs, docs/crm-data.md); a 0 is a matrix's
 * "not reached" (SPEC §3), so a column holding one is not read as stage IDs.
 */
export function holdsStageNames(
  rows: readonly (readonly unknown[])[],
  col: number,
  firstRow: number,
  names: StageNames,
): boolean {
  let known = false;
  const checked = new Set<unknown>();
  for (let r = firstRow; r < rows.length; r++) {
    const v = rows[r]![col];
    if (checked.has(v)) continue;
    checked.add(v);
    if (typeof v === "boolean" || isDate(v) || v === 0) return false;
    if (known) continue;
    const text = stageText(v);
    if (text !== undefined && stageOfName(names, text) !== undefined) known = true;
  }
  return known;
}

/**
 * Whether column `col` (from `firstRow`) reads as names even when none is known: some text, and
 * nothing but text that is not a date (no dates, numbers or TRUE/FALSE). A history or log with
 * status whose names are all unknown is then read as one, so the unknown names are reported.
 */
export function holdsOnlyText(
  rows: readonly (readonly unknown[])[],
  col: number,
  firstRow: number,
): boolean {
  let text = false;
  for (let r = firstRow; r < rows.length; r++) {
    const v = rows[r]![col];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || scanDateText(v.trim()) !== undefined) return false;
    text = true;
  }
  return text;
}
