/**
 * A plan records which template built it and on which funnel, in a note on its subtitle cell (A2,
 * which shows "Funnel: <name>"): plain text a person can read and Refresh plan can parse.
 */
import type { PlanRecord } from "./sheetPlan";

const PREFIX = "Funnel Math plan";

export function recordNote(record: PlanRecord): string {
  return `${PREFIX} · template=${record.template} · funnel=${record.funnel}`;
}

export function parseRecord(note: string): PlanRecord | undefined {
  const m = /^Funnel Math plan · template=([A-Za-z]+) · funnel=(.*)$/.exec(note.trim());
  if (!m) return undefined;
  const [, template = "", funnel = ""] = m;
  return { template, funnel };
}

/** The record of a plan sheet, or undefined for any other sheet. */
export function readRecord(sheet: {
  getRange(row: number, column: number): { getNote(): string };
}): PlanRecord | undefined {
  return parseRecord(sheet.getRange(2, 1).getNote());
}
