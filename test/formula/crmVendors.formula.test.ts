/**
 * The vendor exports of docs/crm-data.md pasted into a workbook and read by formulas in the
 * formula engine, as a sheet would: each export on its own sheet with its header row, the stage
 * map on another, results spilled where the formulas stand — against the brute-force
 * recomputation of test/harness/crmFixtures.
 */
import {
  callCounts,
  createEngine,
  rangeValues,
  resetCallCounts,
  useBuiltAddon,
  useTimeZone,
  type Sheet,
} from "../../fakes/formulaEngine";
import {
  bruteCohorts,
  bruteConversion,
  bruteDays,
  HUBSPOT_MAP,
  hubspotRecords,
  PIPEDRIVE_MAP,
  pipedriveDealRecords,
  pipedriveUpdateRecords,
  readCsv,
  SALESFORCE_MAP,
  salesforceRecords,
} from "../harness/crmFixtures";
import { loadZonedBundle } from "../harness/zonedBundle";

const ZONE = "America/New_York";
useBuiltAddon(loadZonedBundle(ZONE, "en_US"));
useTimeZone(ZONE);

/** CSV text as pasted values: numbers as numbers, everything else as the text it is. */
function pasted(rows: string[][]): Sheet {
  return rows.map((row) =>
    row.map((cell) => (cell === "" ? null : /^\d+$/.test(cell) ? Number(cell) : cell)),
  );
}

function expectClose(got: unknown[][], want: unknown[][]): void {
  expect(got.length).toBe(want.length);
  got.forEach((row, r) =>
    row.forEach((v, c) => {
      const w = want[r][c];
      if (typeof w === "number") expect(v as number).toBeCloseTo(w, 12);
      else expect(v).toEqual(w);
    }),
  );
}

/** The engine shows an empty result cell as null; the functions return "". */
const cells = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === null ? "" : v)));

describe("vendor exports through formulas", () => {
  it("HubSpot: the Date entered columns with the stage map", () => {
    const rows = readCsv("hubspot-deals.csv");
    const n = rows.length;
    resetCallCounts();
    const hf = createEngine({
      Deals: pasted(rows),
      Map: HUBSPOT_MAP,
      Out: [
        [`=STAGE_CONVERSION(Deals!F1:L${n}, Map!A1:B12)`],
        [`=STAGE_CONVERSION(Deals!F1:L${n}, Map!A1:B12, , "exclude")`],
        [`=STAGE_DAYS(Deals!F1:L${n}, "median", Map!A1:B12)`],
        [`=COHORT_CONVERSION(Deals!F1:L${n}, "month", , Map!A1:B12)`],
      ],
    });
    const records = hubspotRecords(rows);
    expectClose(cells(rangeValues(hf, "Out", "A1:E1")), [bruteConversion(records, false)]);
    expectClose(cells(rangeValues(hf, "Out", "A2:E2")), [bruteConversion(records, true)]);
    expectClose(cells(rangeValues(hf, "Out", "A3:E3")), [bruteDays(records, "median")]);
    const cohorts = bruteCohorts(records);
    expectClose(cells(rangeValues(hf, "Out", `A4:F${3 + cohorts.length}`)), cohorts);
    expect(callCounts.get("STAGE_CONVERSION")).toBe(2);
  });

  it("Salesforce: the opportunity history, UTC times read on a New York sheet", () => {
    const rows = readCsv("salesforce-opportunity-history.csv");
    const n = rows.length;
    // A history spills a column; its declared spill (a history or a matrix: only the values tell)
    // is a square, so each result has a sheet of its own.
    const hf = createEngine({
      History: pasted(rows),
      Map: SALESFORCE_MAP,
      Conversion: [[`=STAGE_CONVERSION(History!A1:C${n}, Map!A1:B15, , "exclude")`]],
      Days: [[`=STAGE_DAYS(History!A1:C${n}, "mean", Map!A1:B15)`]],
      Cohorts: [[`=COHORT_CONVERSION(History!A1:C${n}, "month", , Map!A1:B15)`]],
    });
    const records = salesforceRecords(rows, ZONE);
    expectClose(
      cells(rangeValues(hf, "Conversion", "A1:A5")),
      bruteConversion(records, true).map((v) => [v]),
    );
    expectClose(cells(rangeValues(hf, "Days", "A1:E1")), [bruteDays(records, "mean")]);
    const cohorts = bruteCohorts(records);
    expectClose(cells(rangeValues(hf, "Cohorts", `A1:F${cohorts.length}`)), cohorts);
  });

  it("Pipedrive: Stage and Status for conversion, the deal updates for days and cohorts", () => {
    const deals = readCsv("pipedrive-deals.csv");
    const updates = readCsv("pipedrive-deal-updates.csv");
    const range = (rows: string[][], cols: string) =>
      `${cols.split(":")[0]}1:${cols.split(":")[1]}${rows.length}`;
    const hf = createEngine({
      Deals: pasted(deals),
      Updates: pasted(updates),
      Map: PIPEDRIVE_MAP,
      All: [[`=STAGE_CONVERSION(Deals!${range(deals, "C:D")}, Map!A1:B12)`]],
      Closed: [[`=STAGE_CONVERSION(Deals!${range(deals, "C:D")}, Map!A1:B12, , "exclude")`]],
      Days: [[`=STAGE_DAYS(Updates!${range(updates, "A:C")}, "median", Map!A1:B12)`]],
      Cohorts: [[`=COHORT_CONVERSION(Updates!${range(updates, "A:C")}, "month", , Map!A1:B12)`]],
    });
    const dealRecords = pipedriveDealRecords(deals);
    const column = (xs: unknown[]) => xs.map((x) => [x]);
    expectClose(
      cells(rangeValues(hf, "All", "A1:A5")),
      column(bruteConversion(dealRecords, false)),
    );
    expectClose(
      cells(rangeValues(hf, "Closed", "A1:A5")),
      column(bruteConversion(dealRecords, true)),
    );
    const updateRecords = pipedriveUpdateRecords(updates);
    expectClose(cells(rangeValues(hf, "Days", "A1:E1")), [bruteDays(updateRecords, "median")]);
    const cohorts = bruteCohorts(updateRecords);
    expectClose(cells(rangeValues(hf, "Cohorts", `A1:F${cohorts.length}`)), cohorts);
  });
});
