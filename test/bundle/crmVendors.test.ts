/**
 * docs/crm-data.md's worked examples, checked: each vendor's export, laid out as the vendor
 * documents it (test/fixtures/crm), through dist/Code.js in a New York spreadsheet, against a
 * brute-force recomputation written independently of src/ (test/harness/crmFixtures) — and the
 * docs' printed numbers against both.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadZonedBundle } from "../harness/zonedBundle";
import {
  bruteCohorts,
  bruteConversion,
  bruteDays,
  HUBSPOT_MAP,
  HUBSPOT_STAGES,
  hubspotRecords,
  PIPEDRIVE_MAP,
  pipedriveDealRecords,
  pipedriveUpdateRecords,
  readCsv,
  rounded,
  SALESFORCE_MAP,
  salesforceRecords,
} from "../harness/crmFixtures";

const ZONE = "America/New_York";
const bundle = loadZonedBundle(ZONE, "en_US");
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args) as unknown[][];
const flat = (grid: unknown[][]) => grid.flat();

/** Numbers equal to 12 significant digits (median and mean may differ in the last bit). */
function expectSame(got: unknown[], want: unknown[]): void {
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => {
    const w = want[i];
    if (typeof w === "number") expect(g as number).toBeCloseTo(w, 12);
    else expect(g).toEqual(w);
  });
}

function expectSameRows(got: unknown[][], want: unknown[][]): void {
  expect(got.length).toBe(want.length);
  got.forEach((row, i) => expectSame(row, want[i]));
}

/** The result table docs/crm-data.md prints under `<!-- result: id -->`, as rows of cells. */
function docsResult(id: string, labelled = true): unknown[][] {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "crm-data.md"), "utf8");
  const at = doc.indexOf(`<!-- result: ${id} -->`);
  if (at < 0) throw new Error(`docs/crm-data.md has no result ${id}`);
  const lines = doc.slice(at).split("\n").slice(1);
  const first = lines.findIndex((l) => l.startsWith("|"));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith("|"));
  const table = lines.slice(first, end);
  return table.slice(2).map((line) =>
    line
      .split("|")
      .slice(labelled ? 2 : 1, -1)
      .map((cell) => {
        const t = cell.trim();
        if (t === "" || t === "—") return "";
        const n = Number(t);
        return Number.isFinite(n) ? n : t;
      }),
  );
}

describe("HubSpot: a deals export with its Date entered columns (stage-date matrix)", () => {
  const rows = readCsv("hubspot-deals.csv");
  const dates = rows.map((r) => r.slice(5)); // the seven Date entered columns, header included
  const records = hubspotRecords(rows);

  it("conversion, with and without open deals", () => {
    const all = flat(call("STAGE_CONVERSION", dates, HUBSPOT_MAP));
    const closed = flat(call("STAGE_CONVERSION", dates, HUBSPOT_MAP, "", "exclude"));
    expectSame(all, bruteConversion(records, false));
    expectSame(closed, bruteConversion(records, true));
    expect(rounded([all, closed])).toEqual(docsResult("hubspot-conversion").map((r) => r));
  });

  it("days in stage and monthly cohorts", () => {
    const days = flat(call("STAGE_DAYS", dates, "median", HUBSPOT_MAP));
    expectSame(days, bruteDays(records, "median"));
    expect(rounded([days], 2)).toEqual(docsResult("hubspot-days"));
    const cohorts = call("COHORT_CONVERSION", dates, "month", "", HUBSPOT_MAP);
    expectSameRows(cohorts, bruteCohorts(records));
    expect(rounded(cohorts)).toEqual(docsResult("hubspot-cohorts", false));
  });

  it("the Deal Stage column alone is a record log: lost deals are left out", () => {
    const log = rows.map((r) => [r[2]]);
    const got = flat(call("STAGE_CONVERSION", log, HUBSPOT_MAP));
    // Brute force: each deal at its current stage; Closed Lost deals can't be placed.
    const current = rows
      .slice(1)
      .map((r) => HUBSPOT_STAGES[r[2]])
      .filter((stage) => stage >= 0)
      .map((furthest) => ({ furthest, open: false, entered: [] }));
    expectSame(got, bruteConversion(current, false));
  });
});

describe("Salesforce: OpportunityHistory exported with Data Loader (stage history)", () => {
  const rows = readCsv("salesforce-opportunity-history.csv");
  const records = salesforceRecords(rows, ZONE);

  it("conversion, with and without open opportunities", () => {
    const all = flat(call("STAGE_CONVERSION", rows, SALESFORCE_MAP));
    const closed = flat(call("STAGE_CONVERSION", rows, SALESFORCE_MAP, "", "exclude"));
    expectSame(all, bruteConversion(records, false));
    expectSame(closed, bruteConversion(records, true));
    expect(rounded([all, closed])).toEqual(docsResult("salesforce-conversion"));
  });

  it("days in stage and monthly cohorts, in the sheet's time zone", () => {
    const days = flat(call("STAGE_DAYS", rows, "median", SALESFORCE_MAP));
    expectSame(days, bruteDays(records, "median"));
    expect(rounded([days], 2)).toEqual(docsResult("salesforce-days"));
    const cohorts = call("COHORT_CONVERSION", rows, "month", "", SALESFORCE_MAP);
    expectSameRows(cohorts, bruteCohorts(records));
    expect(rounded(cohorts)).toEqual(docsResult("salesforce-cohorts", false));
  });

  it("rows in any order give the same numbers", () => {
    const shuffled = [rows[0], ...rows.slice(1).reverse()];
    expect(call("STAGE_CONVERSION", shuffled, SALESFORCE_MAP, "", "exclude")).toEqual(
      call("STAGE_CONVERSION", rows, SALESFORCE_MAP, "", "exclude"),
    );
    expect(call("STAGE_DAYS", shuffled, "mean", SALESFORCE_MAP)).toEqual(
      call("STAGE_DAYS", rows, "mean", SALESFORCE_MAP),
    );
  });
});

describe("Pipedrive: the deals export (log with status) and deal updates (history)", () => {
  const deals = readCsv("pipedrive-deals.csv");
  const updates = readCsv("pipedrive-deal-updates.csv");

  it("conversion from Stage and Status, with and without open deals", () => {
    const log = deals.map((r) => [r[2], r[3]]);
    const records = pipedriveDealRecords(deals);
    const all = flat(call("STAGE_CONVERSION", log, PIPEDRIVE_MAP));
    const closed = flat(call("STAGE_CONVERSION", log, PIPEDRIVE_MAP, "", "exclude"));
    expectSame(all, bruteConversion(records, false));
    expectSame(closed, bruteConversion(records, true));
    expect(rounded([all, closed])).toEqual(docsResult("pipedrive-conversion"));
  });

  it("days in stage and cohorts from the deal updates", () => {
    const records = pipedriveUpdateRecords(updates);
    const days = flat(call("STAGE_DAYS", updates, "median", PIPEDRIVE_MAP));
    expectSame(days, bruteDays(records, "median"));
    expect(rounded([days], 2)).toEqual(docsResult("pipedrive-days"));
    const cohorts = call("COHORT_CONVERSION", updates, "month", "", PIPEDRIVE_MAP);
    expectSameRows(cohorts, bruteCohorts(records));
    expect(rounded(cohorts)).toEqual(docsResult("pipedrive-cohorts", false));
  });
});
