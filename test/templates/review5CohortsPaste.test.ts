/**
 * Review 5: the Cohorts sheet's paste area (SPEC §6.7, docs/crm-data.md "The Cohorts sheet") on a
 * HubSpot deals export longer than the 500 rows the area reads. A paste wider than the area is
 * flagged over it; a longer one is not: the rows past 500 are left out without a word, and the
 * cohort table shows partial counts and rates as if they were the whole export.
 */
import type { Funnel } from "../../src/core/funnel";
import { FUNNEL, HUBSPOT_STAGES, readCsv } from "../harness/crmFixtures";
import { at } from "../harness/at";
import { anchorsOf, errorCells, newPlan, values, withInboundFunnel } from "./templateHarness";

/** The funnel with HubSpot's stage names as CRM names and Closed Lost as an end name. */
function hubspotFunnel(f: Funnel): void {
  f.stages.forEach((stage, i) => {
    stage.name = at(FUNNEL, i);
    stage.crmNames = Object.entries(HUBSPOT_STAGES)
      .filter(([, s]) => s === i)
      .map(([name]) => name);
  });
  f.endNames = Object.entries(HUBSPOT_STAGES)
    .filter(([, s]) => s === -1)
    .map(([name]) => name);
}

describe("review 5: a CRM export longer than the Cohorts paste area", () => {
  it("is read whole or flagged, never silently cut to its first 500 deals", () => {
    const rows = readCsv("hubspot-deals.csv");
    const header = at(rows, 0);
    // 640 deals: the fixture's 16 deals forty times over, each with its own Record ID.
    const deals: string[][] = [];
    for (let copy = 0; copy < 40; copy++)
      for (const row of rows.slice(1)) deals.push([String(5000 + deals.length), ...row.slice(1)]);
    const addon = withInboundFunnel(hubspotFunnel);
    const sheet = newPlan(addon, "newCohorts");
    const area = anchorsOf(sheet);
    const pasted = [header, ...deals];
    sheet.getRange(area.paste.row, area.paste.col, pasted.length, header.length).setValues(pasted);
    expect(errorCells(sheet)).toEqual([]);

    const counted = values(sheet, area.cohort.range(1, 1, 12, 1))
      .map((r) => r[0])
      .reduce<number>((sum, n) => sum + (typeof n === "number" ? n : 0), 0);
    const warning = String(at(at(values(sheet, area["paste.warning"].cell(0, 0)), 0), 0));
    // Either every pasted deal is in a cohort, or the sheet says some were left out.
    // On main: 500 counted (140 deals left out) and no warning.
    if (counted !== deals.length) expect(warning).not.toBe("");
  });
});
