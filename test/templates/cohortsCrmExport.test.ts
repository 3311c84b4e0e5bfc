/**
 * Cohorts and time in stage (SPEC §6.7) on a CRM export pasted as it came: HubSpot's deals export
 * (test/fixtures/crm/hubspot-deals.csv — Record ID, Deal Name, Deal Stage, Pipeline, Create Date
 * and the Date entered "<stage> (Sales Pipeline)" columns, date-times as HubSpot writes them, won,
 * lost and open deals) pasted whole into the sheet's paste area of a funnel whose stage table
 * knows HubSpot's stage names. Built through the built add-on, evaluated by the formula engine,
 * checked against the brute force of test/harness/crmFixtures.ts; the plan stays right through a
 * stage rename and Refresh plan, and Use measured days writes the medians to the stages they
 * were measured for.
 */
import type { Funnel } from "../../src/core/funnel";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import {
  bruteCohorts,
  bruteDays,
  FUNNEL,
  HUBSPOT_STAGES,
  hubspotRecords,
  readCsv,
} from "../harness/crmFixtures";
import { at } from "../harness/at";
import {
  anchorsOf,
  callsOnEvaluation,
  column,
  errorCells,
  newPlan,
  values,
  withInboundFunnel,
} from "./templateHarness";
import type { FakeSheet } from "../../fakes/spreadsheet";
import type { Addon } from "../../fakes/addon";

const k = FUNNEL.length;
const LOST = -1;

/**
 * The team's funnel: the Inbound preset's five stages renamed to the fixtures' funnel, with
 * HubSpot's stage names as CRM names and Closed Lost as a name that ends a deal — what the team
 * types in the sidebar's "Names in your CRM".
 */
function hubspotFunnel(f: Funnel): void {
  f.stages.forEach((stage, i) => {
    stage.name = at(FUNNEL, i);
    stage.crmNames = Object.entries(HUBSPOT_STAGES)
      .filter(([, s]) => s === i)
      .map(([name]) => name);
  });
  f.endNames = Object.entries(HUBSPOT_STAGES)
    .filter(([, s]) => s === LOST)
    .map(([name]) => name);
}

/**
 * The export as pasted into Sheets: the CSV's cells as typed input (the fake parses them as Sheets
 * does: Record ID becomes a number, `2026-01-05 09:14` a date-time); `asText` keeps every cell text
 * (a leading apostrophe), as an import that does not convert text or a connector writing strings.
 */
function pastedExport(rows: string[][], asText = false): string[][] {
  return asText ? rows.map((row) => row.map((cell) => (cell === "" ? "" : `'${cell}`))) : rows;
}

function paste(sheet: FakeSheet, cells: string[][]): void {
  const area = anchorsOf(sheet).paste;
  sheet.getRange(area.row, area.col, cells.length, at(cells, 0).length).setValues(cells);
}

function rename(addon: Addon, from: string, to: string): void {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  const stage = funnel.stages.find((s) => s.name === from);
  if (!stage) throw new Error(`no stage ${from}`);
  stage.name = to;
  const saved = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
  if (!saved.ok) throw new Error(saved.message);
}

const rows = readCsv("hubspot-deals.csv");
const records = hubspotRecords(rows);
const byHandDays = bruteDays(records, "median");
const byHandCohorts = bruteCohorts(records);

function expectMeasured(sheet: FakeSheet, stages: readonly string[]): void {
  const days = anchorsOf(sheet)["days.body"];
  const table = values(sheet, days.range(0, 0, k + 1, 2));
  expect(table.map((r) => r[0])).toEqual([...stages, ""]);
  byHandDays.forEach((d, s) => {
    const got = at(at(table, s), 1);
    if (d === "") expect(got).toBe("");
    else expect(got).toBeCloseTo(d, 9);
  });
  expect(at(at(table, k), 1)).toBe("");
}

function expectCohorts(sheet: FakeSheet, stages: readonly string[]): void {
  const cohort = anchorsOf(sheet).cohort;
  expect(at(values(sheet, cohort.range(0, 0, 1, k + 2)), 0)).toEqual([
    "Cohort",
    "Records",
    ...stages.slice(1),
    "",
  ]);
  const table = values(sheet, cohort.range(1, 0, byHandCohorts.length + 1, k + 1));
  byHandCohorts.forEach((want, p) => {
    const got = at(table, p);
    expect(got.slice(0, 2)).toEqual(want.slice(0, 2));
    for (let c = 2; c <= k; c++) expect(got[c]).toBeCloseTo(at(want, c) as number, 12);
  });
  // Nothing under the last cohort.
  expect(at(table, byHandCohorts.length).every((v) => v === "")).toBe(true);
}

describe("Cohorts on a HubSpot deals export pasted as it came", () => {
  it("the brute force has something to check: lost, won and open deals over three months", () => {
    expect(records.length).toBe(16);
    expect(byHandCohorts.map((r) => r[0])).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(byHandDays.filter((d) => d !== "").length).toBe(2);
    // The header as HubSpot titles it, other properties before the stage columns.
    expect(at(rows, 0).slice(0, 5)).toEqual([
      "Record ID",
      "Deal Name",
      "Deal Stage",
      "Pipeline",
      "Create Date",
    ]);
    expect(at(at(rows, 0), 5)).toBe('Date entered "Appointment Scheduled (Sales Pipeline)"');
  });

  it.each([
    ["parsed as Sheets parses a paste", false],
    ["kept as text", true],
  ])("reads the Date entered columns through the stage map (%s): by hand", (_, asText) => {
    const addon = withInboundFunnel(hubspotFunnel);
    expect(addon.book.getRangeByName("Funnel_Map")).not.toBeNull();
    const sheet = newPlan(addon, "newCohorts");
    paste(sheet, pastedExport(rows, asText));
    const area = anchorsOf(sheet).paste;
    const dateCell = at(at(values(sheet, area.cell(1, 5)), 0), 0);
    expect(typeof dateCell === "string").toBe(asText);
    expect(errorCells(sheet)).toEqual([]);
    expectMeasured(sheet, FUNNEL);
    expectCohorts(sheet, FUNNEL);
    // One call per table, as with the example (SPEC §8).
    expect(Object.fromEntries(callsOnEvaluation(addon, sheet))).toEqual({
      STAGE_DAYS: 1,
      COHORT_CONVERSION: 1,
    });
  });

  it("follows the stage table: a renamed stage keeps its CRM names, Refresh keeps the paste", () => {
    const addon = withInboundFunnel(hubspotFunnel);
    const sheet = newPlan(addon, "newCohorts");
    paste(sheet, pastedExport(rows));
    const area = anchorsOf(sheet).paste;
    const pasted = values(sheet, area.range(0, 0, rows.length, at(rows, 0).length));
    rename(addon, "Opportunity", "Proposal");
    const renamed = FUNNEL.map((s) => (s === "Opportunity" ? "Proposal" : s));
    expect(errorCells(sheet)).toEqual([]);
    expectMeasured(sheet, renamed);
    expectCohorts(sheet, renamed);
    sheet.activate();
    addon.run("refreshPlan");
    expect(errorCells(sheet)).toEqual([]);
    const moved = anchorsOf(sheet).paste;
    expect(values(sheet, moved.range(0, 0, rows.length, at(rows, 0).length))).toEqual(pasted);
    expectMeasured(sheet, renamed);
    expectCohorts(sheet, renamed);
  });

  it("a funnel given its CRM names after the plan was built reads them at once", () => {
    const addon = withInboundFunnel((f) =>
      f.stages.forEach((s, i) => {
        s.name = at(FUNNEL, i);
      }),
    );
    expect(addon.book.getRangeByName("Funnel_Map")).toBeNull();
    const sheet = newPlan(addon, "newCohorts");
    expect(errorCells(sheet)).toEqual([]);
    paste(sheet, pastedExport(rows));
    // No stage is named in the export's titles yet: the sheet says where to add the names.
    const days = anchorsOf(sheet)["days.body"];
    expect(String(at(at(values(sheet, days.cell(0, 1)), 0), 0))).toMatch(
      /no column whose title names a funnel stage .* CRM names/,
    );
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const funnel = structuredClone(loaded.funnel);
    hubspotFunnel(funnel);
    const saved = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    if (!saved.ok) throw new Error(saved.message);
    // A living sheet: the formulas read the new map at once, and a Refresh changes nothing.
    expect(errorCells(sheet)).toEqual([]);
    expectMeasured(sheet, FUNNEL);
    expectCohorts(sheet, FUNNEL);
    sheet.activate();
    addon.run("refreshPlan");
    expect(errorCells(sheet)).toEqual([]);
    expectMeasured(sheet, FUNNEL);
    expectCohorts(sheet, FUNNEL);
  });

  it("says so when a paste reaches past the columns it reads", () => {
    const addon = withInboundFunnel(hubspotFunnel);
    const sheet = newPlan(addon, "newCohorts");
    const a = anchorsOf(sheet);
    const warning = () => at(at(values(sheet, a["paste.warning"].a1()), 0), 0);
    paste(sheet, pastedExport(rows));
    expect(warning()).toBe("");
    // HubSpot's "all properties" export is wider than the area: a column past it is not read.
    sheet.getRange(a.paste.row, a.paste.col + a.paste.cols - 1).setValue("Last Activity Date");
    expect(warning()).toBe(
      `Only the first ${a.paste.cols - 1} columns of the paste area are read, and this export is wider: keep the stage date columns among them (delete the columns you don't need, or export fewer).`,
    );
    expect(errorCells(sheet)).toEqual([]);
  });

  it("clearing the paste area brings back the stage columns' dates", () => {
    const addon = withInboundFunnel(hubspotFunnel);
    const sheet = newPlan(addon, "newCohorts");
    const a = anchorsOf(sheet);
    const cohortCell = a.cohort.range(1, 0, 3, k + 1);
    const daysCells = a["days.body"].range(0, 1, k, 1);
    const example = [values(sheet, daysCells), values(sheet, cohortCell)];
    paste(sheet, pastedExport(rows));
    expect(values(sheet, daysCells)).not.toEqual(at(example, 0));
    sheet.getRange(a.paste.a1()).clearContent();
    expect(errorCells(sheet)).toEqual([]);
    expect([values(sheet, daysCells), values(sheet, cohortCell)]).toEqual(example);
  });

  it("Use measured days reads a paste by its stage names, the stage columns by their keys", () => {
    const addon = withInboundFunnel(hubspotFunnel);
    const sheet = newPlan(addon, "newCohorts");
    paste(sheet, pastedExport(rows));
    // The stage columns' hidden keys out of order (as after an edit the plan did not follow):
    // they say nothing about the paste, which is read through the stage map.
    const keys = anchorsOf(sheet).keys;
    const keyRow = values(sheet, keys.range(0, 0, 1, 2));
    sheet
      .getRange(keys.range(0, 0, 1, 2))
      .setValues([[at(at(keyRow, 0), 1), at(at(keyRow, 0), 0)]]);
    sheet.activate();
    addon.book.ui.answers.push("NO");
    addon.run("useMeasuredDays");
    expect(at(addon.book.ui.alerts, addon.book.ui.alerts.length - 1).prompt).toMatch(
      /^Use the measured days in stage in the "Funnel" funnel\? Before → after:/,
    );
    // Without the paste, the stage columns are read, and their keys no longer follow the stages.
    sheet.getRange(anchorsOf(sheet).paste.a1()).clearContent();
    const before = addon.book.snapshot();
    addon.run("useMeasuredDays");
    expect(at(addon.book.ui.alerts, addon.book.ui.alerts.length - 1).prompt).not.toMatch(
      /Before → after/,
    );
    expect(addon.book.snapshot()).toEqual(before);
  });

  it("Use measured days writes the export's medians to the stages they were measured for", () => {
    const addon = withInboundFunnel(hubspotFunnel);
    const sheet = newPlan(addon, "newCohorts");
    paste(sheet, pastedExport(rows));
    // The stage is renamed after the paste: the medians still belong to it (SPEC §9).
    rename(addon, "Opportunity", "Proposal");
    const before = addon.run<LoadedFunnel>("loadFunnel", "Funnel").funnel;
    const tidy = (d: number) => Math.round(d * 10) / 10;
    const sql = tidy(at(byHandDays, 2) as number);
    const proposal = tidy(at(byHandDays, 3) as number);
    sheet.activate();
    const shown = addon.book.ui.alerts.length;
    addon.book.ui.answers.push("YES");
    addon.run("useMeasuredDays");
    // The question (before → after), then what was saved.
    expect(addon.book.ui.alerts.length).toBe(shown + 2);
    const asked = at(addon.book.ui.alerts, shown).prompt;
    expect(asked).toContain(`SQL: ${at(before.stages, 2).daysInStage} → ${sql} days`);
    expect(asked).toContain(`Proposal: ${at(before.stages, 3).daysInStage} → ${proposal} days`);
    // Lead and MQL have no dates in deal data: they keep their days, and the user is told.
    expect(asked).toMatch(/Lead, MQL/);
    const after = addon.run<LoadedFunnel>("loadFunnel", "Funnel").funnel;
    expect(after.stages.map((s) => [s.name, s.daysInStage])).toEqual([
      ["Lead", at(before.stages, 0).daysInStage],
      ["MQL", at(before.stages, 1).daysInStage],
      ["SQL", sql],
      ["Proposal", proposal],
      ["Customer", at(before.stages, 4).daysInStage],
    ]);
    // Ids unchanged: the days went to the same stages, not to positions.
    expect(after.stages.map((s) => s.id)).toEqual(before.stages.map((s) => s.id));
    expect(column(sheet, anchorsOf(sheet)["days.body"].range(2, 2, 2, 1))).toEqual([sql, proposal]);
  });
});
