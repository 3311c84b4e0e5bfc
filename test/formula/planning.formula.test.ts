/**
 * The team and odds functions in a real formula engine (HyperFormula with the built add-on's
 * functions): each table is one call that spills in the shape its docs declare, reads ranges,
 * dates and percent cells as Sheets sends them, follows a stage table as rows are added, and
 * shows errors as #ERROR! with our message.
 */
import { loadCustomFunctions } from "../../fakes/bundle";
import {
  callCounts,
  cellValue,
  createEngine,
  rangeValues,
  resetCallCounts,
  useBuiltAddon,
} from "../../fakes/formulaEngine";
import { binomialAtLeastDirect, chanceAtLeast, enumerateBookings } from "../harness/bruteForce";

useBuiltAddon(loadCustomFunctions());

const date = (y: number, m: number, d: number) => `=DATE(${y},${m},${d})`;

describe("planning the team in the formula engine", () => {
  it("a capacity table: HIRING_PLAN from the plan's months, SALES_CAPACITY of its hires, SDRs from an opportunity row — one call each", () => {
    resetCallCounts();
    const months = [300000, 300000, 320000, 340000, 360000, 380000];
    const hf = createEngine({
      Plan: [
        ["Target", ...months],
        ["Opportunities", 40, 44, 48, 52, 56, 60],
        ["Quota", 50000, "Ramp", 0, 0.25, 0.5, 0.75],
        ["Attainment", "80%", "Attrition", "2%", "Reps", 7],
        ["=HIRING_PLAN(B1:G1, B3, D3:G3, B4, D4, F4)"],
        [],
        [],
        [],
        [],
        ["=SALES_CAPACITY(A6:F6, B3, D3:G3, B4, D4, F4)"],
        [],
        [],
        ["=SDRS_NEEDED(B2:G2, 15)"],
      ],
    });
    const plan = rangeValues(hf, "Plan", "A5:F9") as number[][];
    expect(plan[0][0]).toBeCloseTo(300000 / 40000, 12);
    // Rows 3–5 of the plan are what SALES_CAPACITY gives for its hires.
    expect(rangeValues(hf, "Plan", "A10:F12")).toEqual(plan.slice(2));
    expect(rangeValues(hf, "Plan", "A13:F13")).toEqual([[3, 3, 4, 4, 4, 4]]);
    expect(callCounts.get("HIRING_PLAN")).toBe(1);
    expect(callCounts.get("SALES_CAPACITY")).toBe(1);
    expect(callCounts.get("SDRS_NEEDED")).toBe(1);
    // Editing a target recalculates the table.
    hf.setCellContents({ sheet: hf.getSheetId("Plan")!, row: 0, col: 6 }, [[600000]]);
    const after = rangeValues(hf, "Plan", "A5:F9") as number[][];
    expect(after[0][5]).toBeCloseTo(15, 12);
    expect(after[1].reduce((a, b) => a + b, 0)).toBeGreaterThan(plan[1].reduce((a, b) => a + b, 0));
  });
});

describe("coverage in the formula engine", () => {
  const deals = [
    ["Deal", "Stage", "Amount", "Probability", "Close date"],
    ["Acme", "Negotiation", 42000, "70%", date(2026, 1, 20)],
    ["Borealis", "Proposal", 18500, "50%", date(2026, 2, 5)],
    ["Cobalt", "Demo", 12000, "20%", date(2026, 2, 27)],
    ["Delta", "Discovery", 30000, "10%", date(2026, 3, 31)],
    ["Evergreen", "proposal ", 25000, "50%", date(2026, 1, 9)],
    ["Fjord", "Discovery", null, "10%", date(2026, 3, 2)],
  ];

  it("STAGE_COVERAGE follows a pipeline stage table as a stage is added", () => {
    resetCallCounts();
    const hf = createEngine({
      Deals: deals,
      Cover: [
        [
          "Quota",
          200000,
          "Stage",
          "Win rate",
          null,
          "=STAGE_COVERAGE(Deals!B2:B7, Deals!C2:C7, C2:C8, D2:D8, B1, B2)",
        ],
        ["Closed won", 50000, "Discovery", 0.1],
        [null, null, "Demo", 0.2],
        [null, null, "Proposal", 0.5],
        [null, null, "Negotiation", 0.7],
      ],
    });
    const table = rangeValues(hf, "Cover", "F1:I4") as number[][];
    expect(table.map((r) => r[0])).toEqual([127500, 97500, 85500, 42000]);
    expect(table[0][1]).toBeCloseTo(127500 / 150000, 12);
    expect(table.map((r) => r[2])).toEqual([10, 5, 2, 1 / 0.7]);
    // The team adds a "Commit" stage at the end of the table; one deal moves there.
    const cover = hf.getSheetId("Cover")!;
    hf.setCellContents({ sheet: cover, row: 5, col: 2 }, [["Commit", 0.9]]);
    hf.setCellContents({ sheet: hf.getSheetId("Deals")!, row: 1, col: 1 }, [["Commit"]]);
    const grown = rangeValues(hf, "Cover", "F1:I5") as number[][];
    expect(grown.map((r) => r[0])).toEqual([127500, 97500, 85500, 42000, 42000]);
    expect(grown[4][2]).toBeCloseTo(1 / 0.9, 12);
    expect(grown[3][3]).toBeCloseTo(42000 * 0.9, 6);
    expect(callCounts.get("STAGE_COVERAGE")).toBeGreaterThanOrEqual(1);
  });

  it("WEIGHTED_PIPELINE under date headers, PIPELINE_COVERAGE per rep", () => {
    const hf = createEngine({
      Deals: deals,
      F: [
        [null, date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)],
        ["=WEIGHTED_PIPELINE(Deals!C2:C7, Deals!D2:D7, Deals!E2:E7, B1:D1)"],
        [],
        [300000, 100000, 40000, "=PIPELINE_COVERAGE(A4:A5, B4:B5, C4:C5)"],
        [90000, 100000, 100000],
      ],
    });
    const forecast = rangeValues(hf, "F", "A2:C3") as number[][];
    expect(forecast[0]).toEqual([42000 + 25000, 18500 + 12000, 30000]);
    expect(forecast[1][0]).toBeCloseTo(42000 * 0.7 + 25000 * 0.5, 6);
    expect(forecast[1][1]).toBeCloseTo(18500 * 0.5 + 12000 * 0.2, 6);
    expect(forecast[1][2]).toBeCloseTo(3000, 6);
    expect(rangeValues(hf, "F", "D4:D5")).toEqual([[5], [""]]);
  });

  it("shows our error text in the cell", () => {
    const hf = createEngine({ S: [["=PIPELINE_COVERAGE(100, 1000, 1000)"]] });
    expect(cellValue(hf, "S", "A1")).toBe(
      '#ERROR! PIPELINE_COVERAGE: closed_won: meets or passes the quota, so nothing is left to close and coverage of the rest is undefined — use basis "quota" to compare the pipeline with the whole quota',
    );
  });
});

describe("the odds in the formula engine", () => {
  it("REQUIRED_LEADS' confidence column beside the plan follows a growing stage table", () => {
    resetCallCounts();
    const hf = createEngine({
      Plan: [
        ["Target", 270000, "Stage", "Rate"],
        ["Deal size", 10000, "Lead", 0.1],
        ["Confidence", "90%", "MQL", 0.3],
        [null, null, "SQL", 0.5],
        [null, null, "Won", null],
        [null, null, null, null],
        ['=REQUIRED_LEADS(B1, B2, D2:D12, "end")', "=REQUIRED_LEADS(B1, B2, D2:D12, , B3)"],
      ],
    });
    expect(rangeValues(hf, "Plan", "A7:B10")).toEqual([
      [1800, 2252],
      [180, 222],
      [54, 64],
      [27, 27],
    ]);
    // A stage is added above the won stage: both columns grow by one row.
    const plan = hf.getSheetId("Plan")!;
    hf.setCellContents({ sheet: plan, row: 4, col: 2 }, [["Opportunity", 0.5]]);
    hf.setCellContents({ sheet: plan, row: 5, col: 2 }, [["Won", null]]);
    const grown = rangeValues(hf, "Plan", "A7:B11") as number[][];
    expect(grown.map((r) => r[0])).toEqual([3600, 360, 108, 54, 27]);
    const rates = [0.1, 0.3, 0.5, 0.5];
    for (let i = 0; i < 4; i++) {
      let p = 1;
      for (let j = i; j < 4; j++) p *= rates[j];
      expect(binomialAtLeastDirect(grown[i][1], p, 27)).toBeGreaterThanOrEqual(0.9 - 1e-9);
      expect(binomialAtLeastDirect(grown[i][1] - 1, p, 27)).toBeLessThan(0.9);
    }
    expect(grown[4][1]).toBe(27);
  });

  it("DEALS_PROBABILITY over a stage table's volumes, for a row of targets", () => {
    const hf = createEngine({
      S: [
        [200, 0.3, 15, 20, 25],
        [60, 0.4],
        [20, 0.25],
        [3, null],
        ["=DEALS_PROBABILITY(A1:A4, B1:B4, C1:E1)"],
      ],
    });
    const row = rangeValues(hf, "S", "A5:C5")[0] as number[];
    expect(row[0]).toBeGreaterThan(row[1]);
    expect(row[1]).toBeGreaterThan(row[2]);
  });

  it("the chance to make the quarter and its P10/P50/P90 from a deal export", () => {
    resetCallCounts();
    const amounts = [42000, 18500, 12000, 30000, 25000, 9600, 51000];
    const chances = [0.7, 0.5, 0.2, 0.1, 0.5, 0.2, 0.7];
    const hf = createEngine({
      Deals: [["Amount", "Probability"], ...amounts.map((a, i) => [a, `${chances[i] * 100}%`])],
      Odds: [
        ["Goal", 100000, 150000, 200000],
        ["Closed won", 40000],
        ["=BOOKINGS_PROBABILITY(Deals!A2:A8, Deals!B2:B8, B1:D1, B2)"],
        ["=BOOKINGS_PERCENTILES(Deals!A2:A8, Deals!B2:B8, , B2)"],
      ],
    });
    const outcomes = enumerateBookings(amounts, chances);
    const chance = rangeValues(hf, "Odds", "A3:C3")[0] as number[];
    [100000, 150000, 200000].forEach((goal, i) =>
      expect(chance[i]).toBeCloseTo(chanceAtLeast(outcomes, goal - 40000), 12),
    );
    const [p10, p50, p90] = rangeValues(hf, "Odds", "A4:C4")[0] as number[];
    expect(p10).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p90);
    expect(callCounts.get("BOOKINGS_PROBABILITY")).toBe(1);
    expect(callCounts.get("BOOKINGS_PERCENTILES")).toBe(1);
  });
});
