/**
 * Guards the Cohorts sheet's paste area (SPEC §6.7, docs/crm-data.md "The Cohorts sheet") on a
 * HubSpot deals export longer than the 500 records the area reads: like a paste wider than the
 * area, it is flagged over the area, so the cohort table's partial counts and rates are never
 * taken for the whole export.
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

/** The fixture's 16 deals repeated to `count` deals, each with its own Record ID. */
function hubspotDeals(count: number): { header: string[]; deals: string[][] } {
  const rows = readCsv("hubspot-deals.csv");
  const deals: string[][] = [];
  while (deals.length < count)
    for (const row of rows.slice(1))
      if (deals.length < count) deals.push([String(5000 + deals.length), ...row.slice(1)]);
  return { header: at(rows, 0), deals };
}

const TOO_LONG =
  "Only the first 500 records of the paste area are read, and this export is longer: the records below them are left out of the tables. Export a shorter period (filter by create date), or delete the rows you don't need.";

describe("a CRM export longer than the Cohorts paste area", () => {
  function pasteDeals(count: number) {
    const { header, deals } = hubspotDeals(count);
    const addon = withInboundFunnel(hubspotFunnel);
    const sheet = newPlan(addon, "newCohorts");
    const area = anchorsOf(sheet);
    const pasted = [header, ...deals];
    sheet.getRange(area.paste.row, area.paste.col, pasted.length, header.length).setValues(pasted);
    const warning = () => String(at(at(values(sheet, area["paste.warning"].cell(0, 0)), 0), 0));
    return { sheet, area, deals, warning };
  }

  it("is read whole or flagged, never silently cut to its first 500 deals", () => {
    const { sheet, area, deals, warning } = pasteDeals(640);
    expect(errorCells(sheet)).toEqual([]);
    const counted = values(sheet, area.cohort.range(1, 1, 12, 1))
      .map((r) => r[0])
      .reduce<number>((sum, n) => sum + (typeof n === "number" ? n : 0), 0);
    // Either every pasted deal is in a cohort, or the sheet says some were left out.
    if (counted !== deals.length) expect(warning()).toBe(TOO_LONG);
  });

  it("says nothing for an export of exactly 500 deals", () => {
    const { sheet, warning } = pasteDeals(500);
    expect(errorCells(sheet)).toEqual([]);
    expect(warning()).toBe("");
  });

  it("says both when the export is too wide and too long", () => {
    const { sheet, area, warning } = pasteDeals(501);
    sheet.getRange(area.paste.row, area.paste.col + area.paste.cols - 1).setValue("Last Activity");
    expect(warning()).toBe(
      `Only the first ${area.paste.cols - 1} columns of the paste area are read, and this export is wider: keep the stage date columns among them (delete the columns you don't need, or export fewer). ${TOO_LONG}`,
    );
  });
});
