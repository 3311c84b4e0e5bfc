/**
 * The vendor fixtures of test/fixtures/crm (exports laid out as HubSpot, Salesforce and Pipedrive
 * document them), the stage maps a team would keep for them, and a brute-force recomputation of
 * conversion, days in stage and cohorts written independently of src/ — record by record, with
 * its own date reading — so the built functions can be checked against it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDelimited } from "../../preview/delimited";
import { at } from "./at";

const DIR = join(__dirname, "..", "fixtures", "crm");

/** A fixture as RFC 4180 CSV (the preview's reader of pasted exports); lines starting with # are comments. */
export function readCsv(file: string): string[][] {
  const text = readFileSync(join(DIR, file), "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("#"))
    .join("\n");
  return parseDelimited(text, ",");
}

/** The funnel every example uses, top first. */
export const FUNNEL = ["Lead", "MQL", "SQL", "Opportunity", "Customer"];
const LEAD = 0;
const SQL = 2;
const OPPORTUNITY = 3;
const CUSTOMER = 4;
const LOST = -1;

/**
 * A stage map as the stage table gives it (`<key>_Map`): for each stage, top first, its own name
 * and then its CRM names; then the names that end a record, with no funnel stage.
 */
function stageMap(crm: Record<string, number>): string[][] {
  const rows: string[][] = [];
  FUNNEL.forEach((stage, i) => {
    rows.push([stage, stage]);
    for (const [name, s] of Object.entries(crm)) if (s === i) rows.push([name, stage]);
  });
  for (const [name, s] of Object.entries(crm)) if (s === LOST) rows.push([name, ""]);
  return rows;
}

export const HUBSPOT_STAGES: Record<string, number> = {
  "Appointment Scheduled": SQL,
  "Qualified To Buy": SQL,
  "Presentation Scheduled": OPPORTUNITY,
  "Decision Maker Bought-In": OPPORTUNITY,
  "Contract Sent": OPPORTUNITY,
  "Closed Won": CUSTOMER,
  "Closed Lost": LOST,
};
export const SALESFORCE_STAGES: Record<string, number> = {
  Prospecting: SQL,
  Qualification: SQL,
  "Needs Analysis": OPPORTUNITY,
  "Value Proposition": OPPORTUNITY,
  "Id. Decision Makers": OPPORTUNITY,
  "Perception Analysis": OPPORTUNITY,
  "Proposal/Price Quote": OPPORTUNITY,
  "Negotiation/Review": OPPORTUNITY,
  "Closed Won": CUSTOMER,
  "Closed Lost": LOST,
};
export const PIPEDRIVE_STAGES: Record<string, number> = {
  Qualified: SQL,
  "Contact Made": SQL,
  "Demo Scheduled": OPPORTUNITY,
  "Proposal Made": OPPORTUNITY,
  "Negotiations Started": OPPORTUNITY,
  // Status changes in the deal updates: won makes a customer, lost ends the deal.
  Won: CUSTOMER,
  Lost: LOST,
};

export const HUBSPOT_MAP = stageMap(HUBSPOT_STAGES);
export const SALESFORCE_MAP = stageMap(SALESFORCE_STAGES);
export const PIPEDRIVE_MAP = stageMap(PIPEDRIVE_STAGES);

/** One record as the brute force sees it. */
export interface BruteRecord {
  furthest: number;
  open: boolean;
  /** Wall-clock ms when it first entered each funnel stage (undefined: never, or no date). */
  entered: (number | undefined)[];
}

const DAY = 86_400_000;

/** "2026-01-05 09:14" or "…:05" as wall-clock ms (the sheet's own clock). */
function wall(text: string): number {
  const [date = "", time = "00:00:00"] = text.split(" ");
  const [y = NaN, m = NaN, d = NaN] = date.split("-").map(Number);
  const [hh = NaN, mm = NaN, ss = 0] = time.split(":").map(Number);
  return Date.UTC(y, m - 1, d, hh, mm, ss);
}

/** An instant ("…Z") as the wall clock of `zone`, through toLocaleString (not src/). */
function zoneWall(iso: string, zone: string): number {
  const text = new Date(iso).toLocaleString("sv-SE", { timeZone: zone });
  const [date = "", time = ""] = text.split(" ");
  const [y = NaN, m = NaN, d = NaN] = date.split("-").map(Number);
  const [hh = NaN, mm = NaN, ss = NaN] = time.split(":").map(Number);
  return Date.UTC(y, m - 1, d, hh, mm, ss);
}

function blankRecord(): BruteRecord {
  return { furthest: -1, open: false, entered: FUNNEL.map(() => undefined) };
}

function enter(rec: BruteRecord, stage: number, at: number | undefined): void {
  if (stage > rec.furthest) rec.furthest = stage;
  const was = rec.entered[stage];
  if (at !== undefined && (was === undefined || at < was)) rec.entered[stage] = at;
}

/** HubSpot: each row a deal; its "Date entered" columns (F–L) say which stages it entered. */
export function hubspotRecords(rows: string[][]): BruteRecord[] {
  const header = at(rows, 0);
  const stageOfColumn = header.map((title) => {
    const quoted = /"(.*) \(Sales Pipeline\)"/.exec(title);
    return quoted ? HUBSPOT_STAGES[at(quoted, 1)] : undefined;
  });
  return rows.slice(1).map((row) => {
    const rec = blankRecord();
    let lost = false;
    row.forEach((cell, c) => {
      const stage = stageOfColumn[c];
      if (stage === undefined || cell === "") return;
      if (stage === LOST) lost = true;
      else enter(rec, stage, wall(cell));
    });
    rec.open = !lost && rec.furthest !== CUSTOMER;
    return rec;
  });
}

/**
 * A stage history: rows of (id, stage, date) in any order; a record's furthest stage, its first
 * date at each, and its latest event deciding whether a loss closed it.
 */
function historyRecords(
  rows: string[][],
  stages: Record<string, number>,
  wallOf: (text: string) => number,
): BruteRecord[] {
  const byId = new Map<string, { rec: BruteRecord; latest: number; lost: boolean }>();
  for (const [id = "", stageName = "", when = ""] of rows.slice(1)) {
    const at = wallOf(when);
    let entry = byId.get(id);
    if (!entry) {
      entry = { rec: blankRecord(), latest: -Infinity, lost: false };
      byId.set(id, entry);
    }
    const stage = stages[stageName] ?? LOST; // a name the map lacks counts at no stage
    if (stage !== LOST) enter(entry.rec, stage, at);
    if (at > entry.latest || (at === entry.latest && stage === LOST)) {
      entry.latest = at;
      entry.lost = stage === LOST;
    }
  }
  return [...byId.values()].map(({ rec, lost }) => ({
    ...rec,
    open: !lost && rec.furthest !== CUSTOMER,
  }));
}

/** Salesforce: OpportunityHistory rows, UTC instants read on the sheet's clock in `zone`. */
export function salesforceRecords(rows: string[][], zone: string): BruteRecord[] {
  return historyRecords(rows, SALESFORCE_STAGES, (iso) => zoneWall(iso, zone));
}

/** Pipedrive deals: stage + status; won is a customer, deleted is no record. */
export function pipedriveDealRecords(rows: string[][]): BruteRecord[] {
  const out: BruteRecord[] = [];
  for (const row of rows.slice(1)) {
    const status = at(row, 3).toLowerCase();
    if (status === "deleted") continue;
    const rec = blankRecord();
    rec.furthest = status === "won" ? CUSTOMER : at(PIPEDRIVE_STAGES, at(row, 2));
    if (rec.furthest === LOST) continue;
    rec.open = status === "open";
    out.push(rec);
  }
  return out;
}

/** Pipedrive deal updates: (deal id, new stage or status, log time). */
export function pipedriveUpdateRecords(rows: string[][]): BruteRecord[] {
  return historyRecords(rows, PIPEDRIVE_STAGES, wall);
}

/** Conversion stage to stage; open records left out of the stage they sit at on request. */
export function bruteConversion(records: BruteRecord[], exclude: boolean): (number | "")[] {
  const k = FUNNEL.length;
  return FUNNEL.map((_, s) => {
    if (s === k - 1) return "";
    const reached = records.filter((r) => r.furthest >= s).length;
    const next = records.filter((r) => r.furthest >= s + 1).length;
    const open = exclude ? records.filter((r) => r.open && r.furthest === s).length : 0;
    return reached - open === 0 ? "" : next / (reached - open);
  });
}

/** Days from first entering each stage to first entering the next: median or mean. */
export function bruteDays(records: BruteRecord[], statistic: "median" | "mean"): (number | "")[] {
  return FUNNEL.map((_, s) => {
    const gaps: number[] = [];
    for (const r of records) {
      const a = r.entered[s];
      const b = r.entered[s + 1];
      if (a !== undefined && b !== undefined && b >= a) gaps.push((b - a) / DAY);
    }
    if (gaps.length === 0) return "";
    if (statistic === "mean") return gaps.reduce((x, y) => x + y, 0) / gaps.length;
    gaps.sort((x, y) => x - y);
    const mid = (gaps.length - 1) / 2;
    return (at(gaps, Math.floor(mid)) + at(gaps, Math.ceil(mid))) / 2;
  });
}

/** Monthly cohorts by the first stage's date, else the earliest date a record has. */
export function bruteCohorts(records: BruteRecord[]): (string | number)[][] {
  const dated = records
    .map((r) => {
      const dates = r.entered.filter((d): d is number => d !== undefined);
      const at = r.entered[LEAD] ?? (dates.length > 0 ? Math.min(...dates) : undefined);
      return { r, at };
    })
    .filter((x): x is { r: BruteRecord; at: number } => x.at !== undefined);
  const monthOf = (ms: number) => {
    const d = new Date(ms);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  };
  const months = dated.map((x) => monthOf(x.at));
  const first = Math.min(...months);
  const last = Math.max(...months);
  const out: (string | number)[][] = [];
  for (let m = first; m <= last; m++) {
    const cohort = dated.filter((x) => monthOf(x.at) === m);
    const label = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    const row: (string | number)[] = [label, cohort.length];
    for (let s = 1; s < FUNNEL.length; s++) {
      row.push(
        cohort.length === 0 ? "" : cohort.filter((x) => x.r.furthest >= s).length / cohort.length,
      );
    }
    out.push(row);
  }
  return out;
}

/** Numbers rounded for a readable comparison with the docs' tables. */
export function rounded(rows: unknown[][], digits = 4): unknown[][] {
  return rows.map((row) => row.map((v) => (typeof v === "number" ? Number(v.toFixed(digits)) : v)));
}
