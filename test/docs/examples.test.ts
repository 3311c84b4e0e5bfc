/**
 * Every example and every error message of docs/functions.md, executed: each formula runs in the
 * formula engine with the built add-on's functions (dist/Code.js), and its result or message is
 * compared with what the docs print.
 */
import { loadCustomFunctions } from "../../fakes/bundle";
import { columnLetter } from "../../src/core/a1";
import { REFERENCE } from "../../src/functions/reference";
import { createEngine, rangeValues, useBuiltAddon, type Sheet } from "../../fakes/formulaEngine";
import { at } from "../harness/at";
import { HUBSPOT_MAP, readCsv } from "../harness/crmFixtures";
import {
  betaExpectation,
  binomialAtLeastDirect,
  chanceAtLeast,
  dealsAtLeastDirect,
  enumerateBookings,
} from "../harness/bruteForce";

useBuiltAddon(loadCustomFunctions());

type Cell = string | number;

/**
 * Sample data for the examples that read cells or a funnel's named ranges, and what they must
 * give. The docs describe these results in words ("one row per target"); here they are exact.
 * Named ranges are replaced by the fixture's ranges (the engine bridge does the same).
 */
interface Fixture {
  /** Cells of sheet S from A1, row by row. */
  cells: Sheet;
  /** Further sheets the example reads, by name. */
  sheets?: Record<string, Sheet>;
  names?: Record<string, string>;
  /**
   * The exact result. When the docs also print a result, it must be this one as printed (numbers
   * rounded to the decimals shown).
   */
  expected: Cell[][] | ((values: unknown[][]) => void);
  /** Rows × columns a function check reads (default 4 × 12). */
  shape?: [number, number];
  /** Significant digits an exact expectation is compared to (default 9). */
  digits?: number;
}

const D = "=DATE(2026,1,15)";
const blankRows = (n: number, width: number): Sheet =>
  Array.from({ length: n }, () => new Array<null>(width).fill(null));

/** Stage table columns at X (stages), Y (rates, last blank), Z (days, last blank), rows 1–4. */
function withStageTable(cells: Sheet): Sheet {
  const table = [
    ["Lead", 0.1, 3],
    ["MQL", 0.3, 7],
    ["SQL", 0.5, 14],
    ["Won", null, null],
  ];
  const out = cells.map((row) => [...row]);
  while (out.length < table.length) out.push([]);
  table.forEach((entry, r) => {
    const row = at(out, r);
    while (row.length < 23) row.push(null);
    row.splice(23, 3, ...entry); // columns X:Z
  });
  return out;
}
/** A date cell: 2026-01-01 plus `offset` days. */
const day = (offset: number) => `=DATE(2026,1,1)+${offset}`;
/** A date cell. */
const date = (y: number, m: number, d: number) => `=DATE(${y},${m},${d})`;

const FUNNEL_NAMES = {
  Funnel_Stages: "$X$1:$X$4",
  Funnel_Rates: "$Y$1:$Y$4",
  Funnel_Days: "$Z$1:$Z$4",
};

/** SPEC §3's cohort records: (3 Jan, 20 Jan, 1 Mar), (15 Jan), (2 Feb, 10 Feb), (20 Feb, 1 Apr, 15 Apr). */
const COHORT_RECORDS: Sheet = [
  [],
  [date(2026, 1, 3), date(2026, 1, 20), date(2026, 3, 1)],
  [date(2026, 1, 15), null, null],
  [date(2026, 2, 2), date(2026, 2, 10), null],
  [date(2026, 2, 20), date(2026, 4, 1), date(2026, 4, 15)],
];

/** docs/crm-data.md's HubSpot export as pasted (record ids as numbers), and its stage map. */
const HUBSPOT_SHEETS: Record<string, Sheet> = {
  Deals: readCsv("hubspot-deals.csv").map((row) =>
    row.map((cell) => (cell === "" ? null : /^\d+$/.test(cell) ? Number(cell) : cell)),
  ),
  Map: HUBSPOT_MAP,
};

/** An open-deal export: stage, amount, win probability, close date (rows 2–9 of sheet Deals). */
const DEALS: Sheet = [
  ["Deal", "Owner", "Stage", "Amount", "Probability", "Close date"],
  ["Acme renewal", "Ana", "Negotiation", 42000, 0.7, date(2026, 1, 20)],
  ["Borealis", "Ben", "Proposal", 18500, 0.5, date(2026, 2, 5)],
  ["Cobalt pilot", "Ana", "Demo", 12000, 0.2, date(2026, 2, 27)],
  ["Delta", "Chen", "Discovery", 30000, 0.1, date(2026, 3, 31)],
  ["Evergreen", "Ben", "Proposal", 25000, 0.5, date(2026, 1, 9)],
  ["Fjord (no amount yet)", "Chen", "Discovery", null, 0.1, date(2026, 3, 2)],
  ["Granite", "Ana", "Demo", 9600, 0.2, date(2026, 4, 14)],
  ["Halcyon", "Ben", "Negotiation", 51000, 0.7, date(2026, 2, 16)],
];
/** The deals with an amount, as the brute force reads them. */
const DEAL_AMOUNTS = [42000, 18500, 12000, 30000, 25000, 9600, 51000];
const DEAL_CHANCES = [0.7, 0.5, 0.2, 0.1, 0.5, 0.2, 0.7];
const FRESHWORKS = [3950, 3060, 1460, 1340, 1285, 1190];

const FIXTURES: Record<string, Fixture> = {
  // Exact fractions, which the docs print to two decimals.
  '=REQUIRED_LEADS(100000, 10000, {0.1; 0.3; 0.5}, "none")': {
    cells: [],
    expected: [[2000 / 3], [200 / 3], [20], [10]],
  },
  "=REQUIRED_LEADS(B2:B4, 10000, Funnel_Rates)": {
    cells: withStageTable([[], [null, 100000], [null, 200000], [null, 300000]]),
    names: FUNNEL_NAMES,
    expected: [
      [670, 67, 20, 10],
      [1340, 134, 40, 20],
      [2000, 200, 60, 30],
    ],
  },
  "=STAGE_CONVERSION(C2:C5000, Funnel_Stages)": {
    cells: withStageTable([
      [],
      ...["Lead", "Lead", "lead ", "Lead", "MQL", "mql", "MQL", " SQL", "sql", "Won"].map(
        (v): (string | null)[] => [null, null, v],
      ),
    ]),
    names: FUNNEL_NAMES,
    // Reached: 10, 6, 3, 1.
    expected: [[0.6], [0.5], [1 / 3], [""]],
  },
  '=STAGE_CONVERSION(D2:H900, , "strict")': {
    cells: [
      [],
      [null, null, null, D, D, D, D, D],
      [null, null, null, D, null, D, null, null],
      [null, null, null, D, D, null, null, null],
      [null, null, null, D, null, null, null, null],
      ...blankRows(3, 8),
    ],
    // Strict high-water marks 2, 1, 0, 0, 1 → reached 4, 2, 1, 1, 1.
    expected: [[0.5, 0.5, 1, 1, ""]],
  },
  '=STAGE_CONVERSION({"Deal Stage"; "New"; "Working"; "Working"; "Closed Lost"; "Won"}, {"New", "Lead"; "Working", "MQL"; "Won", "Customer"; "Closed Lost", ""})':
    {
      cells: [],
      // The header is skipped, Closed Lost left out: Lead 1, MQL 2, Customer 1 → reached 4, 3, 1.
      expected: [[0.75], [1 / 3], [""]],
    },
  '=STAGE_CONVERSION({"Qualified", "open"; "Qualified", "lost"; "Demo", "won"; "Demo", "open"}, {"Qualified", "SQL"; "Demo", "Opportunity"; "", "Customer"}, , "exclude")':
    {
      cells: [],
      // Reached SQL 4, Opportunity 2 (won counts at Customer), Customer 1; one open at SQL and one
      // at Opportunity: 2 / (4 − 1), 1 / (2 − 1).
      expected: [[2 / 3], [1], [""]],
    },
  "=STAGE_CONVERSION(Deals!F1:L17, Funnel_Map)": {
    cells: [],
    sheets: HUBSPOT_SHEETS,
    names: { Funnel_Map: "Map!$A$1:$B$12" },
    // docs/crm-data.md: 16 deals reach SQL, 10 Opportunity, 4 Closed Won.
    expected: [[1, 1, 0.625, 0.4, ""]],
  },
  '=FUNNEL_SQL(Funnel_Map, "crm.opportunity_history", {"opportunity_id", "stage_name", "created_date"}, "history", "duckdb")':
    {
      cells: [],
      sheets: { Map: HUBSPOT_MAP },
      names: { Funnel_Map: "Map!$A$1:$B$12" },
      expected(values) {
        expect(values.flat().filter((v) => v !== "" && v !== null)).toHaveLength(1);
        const sql = String(at(values, 0)[0]);
        expect(sql).toMatch(/Layout history.*Dialect: DuckDB/);
        // CRM names match their funnel stage; Closed Lost counts at none.
        expect(sql).toContain("WHEN 'appointment scheduled' THEN 2");
        expect(sql).toContain("WHEN 'closed lost' THEN NULL");
      },
    },
  '=FUNNEL_SQL(Funnel_Map, "crm.opportunity_history", {"opportunity_id", "stage_name", "created_date"}, "history", "duckdb", "exclude")':
    {
      cells: [],
      sheets: { Map: HUBSPOT_MAP },
      names: { Funnel_Map: "Map!$A$1:$B$12" },
      expected(values) {
        const sql = String(at(values, 0)[0]);
        expect(sql).toMatch(/Layout history.*Dialect: DuckDB/);
        // Open records are counted per stage and left out of its rate's denominator.
        expect(sql).toContain("open_records exclude");
        expect(sql).toMatch(/IN \('closed lost'\) THEN 1 ELSE 0/);
        expect(sql).toContain("records_reached - open_records");
      },
    },
  '=FUNNEL_SQL(Funnel_Map, "pipedrive.deals", {"stage", "status"}, "log", "duckdb", "exclude")': {
    cells: [],
    sheets: { Map: HUBSPOT_MAP },
    names: { Funnel_Map: "Map!$A$1:$B$12" },
    expected(values) {
      const sql = String(at(values, 0)[0]);
      expect(sql).toMatch(
        /Layout log: one row per record holding its furthest stage and its status/,
      );
      // Statuses as Pipedrive writes them; open records left out of their stage's rate.
      expect(sql).toContain('CAST("status" AS VARCHAR) AS status_raw');
      expect(sql).toContain("WHEN 'won' THEN 1");
      expect(sql).toContain("records_reached - open_records");
      // test/sql/statusLog.test.ts runs it on DuckDB and PostgreSQL against STAGE_CONVERSION.
    },
  },
  "=CAC(B2:D13, E2:E13)": {
    cells: [
      [],
      ...Array.from({ length: 12 }, (_, m) => [
        null,
        1000 * (m + 1),
        500,
        m === 5 ? null : 100,
        10,
      ]),
    ],
    expected: Array.from({ length: 12 }, (_, m) => [
      (1000 * (m + 1) + 500 + (m === 5 ? 0 : 100)) / 10,
    ]),
  },
  '=FUNNEL_TARGETS(B2:M2, 10000, Funnel_Rates, Funnel_Days, 30, "cumulative")': {
    // Twelve months of 100 000 / 12 (8 333.33…) at a 10 000 deal: 10/12 of a deal a month.
    cells: withStageTable([[], [null, ...new Array<string>(12).fill("=100000/12")]]),
    names: FUNNEL_NAMES,
    // One row per stage (4), one column per month (12), whole numbers. Won deals: the running
    // total 10m/12 rounded up, month by month the difference — 10 deals in the year, as the docs
    // note says: 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0.
    expected(values) {
      expect(values).toHaveLength(4);
      for (const row of values) {
        expect(row).toHaveLength(12);
        for (const v of row) expect(Number.isInteger(v)).toBe(true);
      }
      expect(values[3]).toEqual([1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0]);
      // Each stage's year total is its total need rounded up: 10 deals ÷ 0.5 = 20 SQLs,
      // ÷ 0.3 → 66.7 → 67 MQLs, ÷ 0.1 → 666.7 → 667 leads.
      const totals = values.map((row) => (row as number[]).reduce((a, b) => a + b, 0));
      expect(totals).toEqual([667, 67, 20, 10]);
    },
  },
  "=PLAN_FORECAST(B2:M4, B6:M8, 5)": {
    // Plan: 100 a month, 10 a month, and an empty row (the room below the stages). Actuals: 90
    // a month for six months (the sixth left out by periods_to_date), 12 a month for five.
    cells: [
      [],
      [null, ...new Array<number>(12).fill(100)],
      [null, ...new Array<number>(12).fill(10)],
      [],
      [],
      [null, ...new Array<number>(6).fill(90)],
      [null, ...new Array<number>(5).fill(12)],
      [],
    ],
    // 450 of 500 (90 %): 1 200 × 0.9 = 1 080, gap −120. 60 of 50 (120 %): 144, gap +24.
    expected: [
      [500, 450, 0.9, 1080, 1200, -120],
      [50, 60, 1.2, 144, 120, 24],
      ["", "", "", "", "", ""],
    ],
  },
  '=FUNNEL_SQL(Funnel_Stages, "my-project.crm.stage_log", "stage")': {
    cells: withStageTable([]),
    names: FUNNEL_NAMES,
    // One text cell: a BigQuery query over the backtick-quoted table, one literal per stage.
    // (test/sql runs the generated queries on DuckDB and PostgreSQL against STAGE_CONVERSION.)
    expected(values) {
      // The rest of the evaluated area (the fixture's rows) stays empty.
      expect(values.flat().filter((v) => v !== "" && v !== null)).toHaveLength(1);
      const sql = String(at(values, 0)[0]);
      expect(sql).toMatch(/Dialect: BigQuery/);
      expect(sql).toContain("FROM `my-project`.`crm`.`stage_log`");
      for (const stage of ["Lead", "MQL", "SQL", "Won"]) expect(sql).toContain(`'${stage}'`);
    },
  },
  '=FUNNEL_SQL(Funnel_Stages, "crm.stage_events", {"deal_id", "stage"}, "events", "postgres")': {
    cells: withStageTable([]),
    names: FUNNEL_NAMES,
    expected(values) {
      expect(values.flat().filter((v) => v !== "" && v !== null)).toHaveLength(1);
      const sql = String(at(values, 0)[0]);
      expect(sql).toMatch(/Layout events.*Dialect: PostgreSQL/);
      expect(sql).toContain('"crm"."stage_events"');
      expect(sql).toContain('"deal_id"');
    },
  },
  "=STAGE_SENSITIVITY({0.1; 0.3; 0.5}, {20; 50; 400})": {
    cells: [],
    // SPEC §3. Per won deal: 200/3 leads × 20, 20/3 MQLs × 50, 2 SQLs × 400 → CAC 7400/3. A 10%
    // lift of rate i divides the cost of stages 1…i by 1.1, i.e. saves a 1/11 share of it:
    // 4000/3 → −20/407, 5000/3 → −25/407, 7400/3 → −1/11.
    expected: [[-20 / 407], [-25 / 407], [-1 / 11], [""]],
  },
  "=STAGE_SENSITIVITY(Funnel_Rates, D2:D7, 20%)": {
    // Costs 20, 50, 400 per lead, MQL, SQL and 100 per won customer (onboarding); D6:D7 blank.
    cells: withStageTable([
      [],
      [null, null, null, 20],
      [null, null, null, 50],
      [null, null, null, 400],
      [null, null, null, 100],
    ]),
    names: FUNNEL_NAMES,
    // CAC 7400/3 + 100 = 7700/3. A 20% lift saves 1/6 of stages 1…i (the onboarding cost never
    // changes): 4000/3 → −20/231, 5000/3 → −25/231, 7400/3 → −37/231.
    expected: [[-20 / 231], [-25 / 231], [-37 / 231], [""]],
  },
  "=HIRING_PLAN(B2:M2, 50000, Ramp!B2:B5, 80%, 2%, 8)": {
    cells: [
      [],
      [
        null,
        320000,
        320000,
        340000,
        340000,
        360000,
        360000,
        380000,
        380000,
        400000,
        400000,
        420000,
        420000,
      ],
    ],
    sheets: {
      Ramp: [
        ["Month", "Ramp"],
        [1, 0],
        [2, 0.25],
        [3, 0.5],
        [4, 0.75],
      ],
    },
    shape: [5, 12],
    expected(values) {
      const [needed = [], hires = [], headcount = [], ramped = [], capacity = []] =
        values as number[][];
      const targets = [
        320000, 320000, 340000, 340000, 360000, 360000, 380000, 380000, 400000, 400000, 420000,
        420000,
      ];
      const ramp = [0, 0.25, 0.5, 0.75];
      // Recomputed from the hires the plan gives: Σ hires × ramp × survival, per month.
      for (let t = 0; t < 12; t++) {
        expect(at(needed, t)).toBeCloseTo(at(targets, t) / 40000, 9);
        expect(Number.isInteger(at(hires, t))).toBe(true);
        let heads = 8 * 0.98 ** t;
        let productive = heads;
        for (let h = 0; h <= t; h++) {
          heads += at(hires, h) * 0.98 ** (t - h);
          productive += at(hires, h) * 0.98 ** (t - h) * (t - h < 4 ? at(ramp, t - h) : 1);
        }
        expect(at(headcount, t)).toBeCloseTo(heads, 9);
        expect(at(ramped, t)).toBeCloseTo(productive, 9);
        expect(at(capacity, t)).toBeCloseTo(productive * 40000, 6);
        // The reps on the team by each month, counted whole, cover its need; from a full ramp
        // (four months) after the start, so does the capacity.
        expect(at(headcount, t)).toBeGreaterThanOrEqual(at(needed, t) - 1e-9);
        if (t >= 4) expect(at(capacity, t)).toBeGreaterThanOrEqual(at(targets, t) - 1e-6);
      }
      expect(at(capacity, 0)).toBe(320000);
      expect(hires.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    },
  },
  "=PIPELINE_COVERAGE(120000, 100000, 65000)": {
    // codingace.net/crmp/quota_gap.html: quota 100 000, booked 65 000, raw pipeline 120 000 →
    // 120 000 ÷ 35 000 = 3.43×.
    cells: [],
    expected: [[120000 / 35000]],
  },
  '=STAGE_COVERAGE({"Demo"; "Proposal"; "Negotiation"; "Demo"}, {50000; 30000; 20000; 40000}, {"Discovery"; "Demo"; "Proposal"; "Negotiation"}, {0.1; 0.2; 0.5; 0.7}, 100000, 20000)':
    {
      cells: [],
      // 80 000 left to close. Demo or later: 50 000 + 30 000 + 20 000 + 40 000; Proposal or
      // later 50 000; Negotiation 20 000. Expected: 90 000 × 0.2 + 30 000 × 0.5 + 20 000 × 0.7.
      expected: [
        [140000, 140000 / 80000, 10, 47000],
        [140000, 140000 / 80000, 5, 47000],
        [50000, 50000 / 80000, 2, 29000],
        [20000, 20000 / 80000, 1 / 0.7, 14000],
      ],
    },
  "=STAGE_COVERAGE(Deals!C2:C500, Deals!D2:D500, F2:F6, G2:G6, B1, B2)": {
    // Quota in B1, closed won in B2; the stage table in F2:G5 (F6 blank).
    cells: [
      [null, 250000],
      [null, 60000, null, null, null, "Discovery", 0.1],
      [null, null, null, null, null, "Demo", 0.2],
      [null, null, null, null, null, "Proposal", 0.5],
      [null, null, null, null, null, "Negotiation", 0.7],
    ],
    sheets: { Deals: DEALS },
    shape: [4, 4],
    expected(values) {
      const left = 250000 - 60000;
      // Discovery or later: every deal with an amount; Demo or later leaves Delta out; …
      const pipeline = [188100, 158100, 136500, 93000];
      const expectedBookings = [
        30000 * 0.1 + 21600 * 0.2 + 43500 * 0.5 + 93000 * 0.7,
        21600 * 0.2 + 43500 * 0.5 + 93000 * 0.7,
        43500 * 0.5 + 93000 * 0.7,
        93000 * 0.7,
      ];
      const required = [10, 5, 2, 1 / 0.7];
      values.forEach((row, s) => {
        expect(row[0]).toBe(pipeline[s]);
        expect(at(row, 1) as number).toBeCloseTo(at(pipeline, s) / left, 12);
        expect(at(row, 2) as number).toBeCloseTo(at(required, s), 12);
        expect(at(row, 3) as number).toBeCloseTo(at(expectedBookings, s), 6);
      });
    },
  },
  "=WEIGHTED_PIPELINE(D2:D4, E2:E4, F2:F4, B1:D1)": {
    // codingace.net/crmp/opportunity_forecasting_tool.html's example opportunities.
    cells: [
      [null, date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)],
      [null, null, null, 45000, 0.7, date(2026, 4, 10)],
      [null, null, null, 18500, 0.85, date(2026, 3, 28)],
      [null, null, null, 12000, 0.5, date(2026, 5, 5)],
    ],
    expected: [
      [18500, 45000, 12000],
      [18500 * 0.85, 45000 * 0.7, 12000 * 0.5],
    ],
  },
  '=WEIGHTED_PIPELINE(Deals!D2:D500, Deals!E2:E500, Deals!F2:F500, B1:E1, "quarter")': {
    cells: [[null, date(2026, 1, 1), date(2026, 4, 1), date(2026, 7, 1), date(2026, 10, 1)]],
    sheets: { Deals: DEALS },
    shape: [2, 4],
    expected(values) {
      // Q1: every deal but Granite (14 April); the row without an amount is skipped.
      expect(values[0]).toEqual([42000 + 18500 + 12000 + 30000 + 25000 + 51000, 9600, 0, 0]);
      const weighted =
        42000 * 0.7 + 18500 * 0.5 + 12000 * 0.2 + 30000 * 0.1 + 25000 * 0.5 + 51000 * 0.7;
      expect(at(at(values, 1), 0) as number).toBeCloseTo(weighted, 6);
      expect(at(values, 1).slice(1)).toEqual([9600 * 0.2, 0, 0]);
    },
  },
  "=DEALS_PROBABILITY(15, 25%, 5)": {
    // Summed term by term; Excel's NEGBINOM.DIST(10, 5, 0.25, TRUE) documents 0.3135141.
    cells: [],
    expected: [[binomialAtLeastDirect(15, 0.25, 5)]],
  },
  "=DEALS_PROBABILITY({200; 60; 20; 3}, {0.3; 0.4; 0.25}, {15; 20})": {
    cells: [],
    expected: [
      [dealsAtLeastDirect([200, 60, 20, 3], [0.3, 0.4, 0.25], 15)],
      [dealsAtLeastDirect([200, 60, 20, 3], [0.3, 0.4, 0.25], 20)],
    ],
  },
  '=DEALS_PROBABILITY({200; 60; 20; 3}, {0.3; 0.4; 0.25}, {15; 20}, {""; ""; 12})': {
    cells: [],
    // The close rate 3 of 12 is Beta(3.5, 9.5) (Jeffreys): the known-rate chance averaged over
    // it by numerical integration, not by the beta-binomial the add-on sums.
    expected: [15, 20].map((need) => [
      betaExpectation(
        (p) => dealsAtLeastDirect([200, 60, 20, 3], [0.3, 0.4, p], need),
        3.5,
        9.5,
        400,
      ),
    ]),
    digits: 6,
  },
  "=BOOKINGS_PROBABILITY({3950; 3060; 1460; 1340; 1285; 1190}, 70%, 8600)": {
    // Freshworks' weighted-pipeline example: six Negotiation deals at 70%, 12 285 in all,
    // "expected revenue … $8600". Enumerated over all 64 outcomes.
    cells: [],
    expected: [
      [
        chanceAtLeast(
          enumerateBookings(
            FRESHWORKS,
            FRESHWORKS.map(() => 0.7),
          ),
          8600,
        ),
      ],
    ],
  },
  "=BOOKINGS_PROBABILITY({3950; 3060; 1460; 1340; 1285; 1190}, 70%, {5000; 8600; 10000})": {
    cells: [],
    expected: [5000, 8600, 10000].map((goal) => [
      chanceAtLeast(
        enumerateBookings(
          FRESHWORKS,
          FRESHWORKS.map(() => 0.7),
        ),
        goal,
      ),
    ]),
  },
  "=BOOKINGS_PROBABILITY(Deals!D2:D500, Deals!E2:E500, B1, B2)": {
    cells: [
      [null, 150000],
      [null, 40000],
    ],
    sheets: { Deals: DEALS },
    // 110 000 still to book from seven deals: enumerated over all 128 outcomes.
    expected: [[chanceAtLeast(enumerateBookings(DEAL_AMOUNTS, DEAL_CHANCES), 110000)]],
  },
  "=STAGE_DAYS(B2:D4)": {
    // SPEC §3: (1 Jan, 11 Jan, 10 Feb), (5 Jan, 25 Jan, —), (10 Jan, —, —).
    cells: [
      [],
      [null, date(2026, 1, 1), date(2026, 1, 11), date(2026, 2, 10)],
      [null, date(2026, 1, 5), date(2026, 1, 25), null],
      [null, date(2026, 1, 10), null, null],
    ],
    // Intervals 10 and 20 → median 15; one of 30.
    expected: [[15, 30, ""]],
  },
  '=STAGE_DAYS(Deals!C2:H5000, "p90")': {
    cells: [],
    sheets: {
      Deals: [
        [],
        [null, null, day(0), day(2), day(5), day(17), day(22), day(52)],
        [null, null, day(0), day(4), day(6), null, null, null],
        [null, null, day(1), day(7), day(17), day(19), null, null],
        // Skipped the second stage: counts in neither interval around it.
        [null, null, day(3), null, day(9), day(12), day(40), day(41)],
        [null, null, day(5), day(6), day(7), day(8), day(9), day(10)],
      ],
    },
    // Intervals per stage, sorted: (1, 2, 4, 6), (1, 2, 3, 10), (1, 2, 3, 12), (1, 5, 28),
    // (1, 1, 30). PERCENTILE.INC 0.9: rank 0.9 × (n − 1) interpolated: 4 + 0.7 × 2, 3 + 0.7 × 7,
    // 3 + 0.7 × 9, 5 + 0.8 × 23, 1 + 0.8 × 29.
    expected: [[5.4, 7.9, 9.3, 23.4, 24.2, ""]],
  },
  "=COHORT_CONVERSION(A2:C5)": {
    cells: COHORT_RECORDS,
    // January: 2 records, 1 reached stage 2 and 3; February: 2, both reached 2, one reached 3.
    expected: [
      ["2026-01", 2, 0.5, 0.5],
      ["2026-02", 2, 1, 0.5],
    ],
  },
  '=COHORT_CONVERSION(A2:C5, "month", 30)': {
    cells: COHORT_RECORDS,
    // Within 30 days: 20 Jan (17 days) counts, 1 Mar (57) does not; 10 Feb (8) counts, 1 Apr (40)
    // and 15 Apr (54) do not.
    expected: [
      ["2026-01", 2, 0.5, 0],
      ["2026-02", 2, 0.5, 0],
    ],
  },
};

/** Inputs that give each documented error message: a formula, or one with the cells it reads. */
const ERROR_FORMULAS: Record<string, string | { formula: string; cells: Sheet }> = {
  "HIRING_PLAN: ramp: item 2 is 50 — ramp factors are fractions (25% = 0.25): enter 0.5 or 50%":
    "=HIRING_PLAN({100000, 120000}, 25000, {0, 50})",
  "HIRING_PLAN: quota_per_rep: has 2 values but period_targets has 3 periods — give one quota per rep for every period, or one for all":
    "=HIRING_PLAN({100000, 120000, 150000}, {25000, 30000})",
  "HIRING_PLAN: attainment: is 80 — attainment is a share of quota (80% = 0.8): enter 0.8 or 80% (at most 200%)":
    "=HIRING_PLAN(100000, 25000, , 80)",
  "SALES_CAPACITY: attrition: is 1 — 100% would mean the whole team leaves every period; enter the share leaving per period, such as 0.02 (2%)":
    "=SALES_CAPACITY({1, 0}, 25000, , , 1)",
  "SALES_CAPACITY: hires: item 2 is -1 — can't be negative; enter a number of hires of 0 or more, such as 2":
    "=SALES_CAPACITY({1, -1}, 25000)",
  "SDRS_NEEDED: opportunities_per_sdr: is 0 — an SDR who sources no opportunities can't cover any; enter the opportunities one ramped SDR sources per period, such as 15":
    "=SDRS_NEEDED(60, 0)",
  'PIPELINE_COVERAGE: closed_won: meets or passes the quota, so nothing is left to close and coverage of the rest is undefined — use basis "quota" to compare the pipeline with the whole quota':
    "=PIPELINE_COVERAGE(500000, 1000000, 1000000)",
  'PIPELINE_COVERAGE: basis: "full" is not an option — use one of "remaining", "quota"':
    '=PIPELINE_COVERAGE(1, 2, 0, "full")',
  'STAGE_COVERAGE: deal_stages: row 3 is "Closed Won", which is not in stage_order — add the stage to stage_order, or leave closed deals out of the list':
    '=STAGE_COVERAGE({"Demo"; "Proposal"; "Closed Won"}, {1; 2; 3}, {"Demo"; "Proposal"}, {0.2; 0.5}, 100)',
  "STAGE_COVERAGE: win_rates: has 3 values but stage_order has 4 stages — give the win rate of deals at each stage, in the same order":
    '=STAGE_COVERAGE({"Demo"}, {1}, {"Discovery"; "Demo"; "Proposal"; "Negotiation"}, {0.1; 0.2; 0.5}, 100)',
  "WEIGHTED_PIPELINE: close_dates: row 2 is empty — give every deal with an amount its expected close date":
    {
      formula: "=WEIGHTED_PIPELINE(A1:A2, B1:B2, C1:C2, D1)",
      cells: [
        [1000, 0.5, date(2026, 3, 2), date(2026, 3, 1)],
        [2000, 0.5, null],
      ],
    },
  "WEIGHTED_PIPELINE: periods: item 2 is in 2026-03, like item 1 — give one date per month": {
    formula: "=WEIGHTED_PIPELINE(1000, 0.5, D1, D1:E1)",
    cells: [[null, null, null, date(2026, 3, 1), date(2026, 3, 15)]],
  },
  "DEALS_PROBABILITY: stage_volumes: has 2 values but conversion_rates has 3 rates — give the records now at each stage with a rate (top first), and optionally the deals already won":
    "=DEALS_PROBABILITY({200; 60}, {0.3; 0.4; 0.25}, 15)",
  "DEALS_PROBABILITY: rate_samples: item 3 is 0 — a sample needs at least 1 record: give the number of records the rate was measured on, such as 10 (3 won of 10), or leave the cell empty for a rate you take as known":
    '=DEALS_PROBABILITY({200; 60; 20}, {0.3; 0.4; 0.25}, 15, {""; ""; 0})',
  "BOOKINGS_PROBABILITY: win_probabilities: row 2 is 40 — probabilities are fractions (40% = 0.4): enter 0.4 or 40%":
    "=BOOKINGS_PROBABILITY({1000; 2000}, {0.5; 40}, 1500)",
  "BOOKINGS_PROBABILITY: win_probabilities: row 3 is empty but its deal has an amount — give every deal its win probability, such as 0.4 (40%)":
    {
      formula: "=BOOKINGS_PROBABILITY(A1:A3, B1:B3, 1500)",
      cells: [
        [1000, 0.5],
        [2000, 0.5],
        [3000, null],
      ],
    },
  "BOOKINGS_PERCENTILES: percentiles: item 3 is 90 — percentiles are fractions (P10 = 10% = 0.1): enter 0.9 or 90%":
    "=BOOKINGS_PERCENTILES({1000; 2000}, 0.5, {0.1, 0.5, 90})",
  "REQUIRED_LEADS: confidence: is 1 — 100% certainty would need unlimited records while any rate is below 100%; enter a level such as 0.9 (90%)":
    "=REQUIRED_LEADS(100000, 10000, 0.1, , 1)",
  "REQUIRED_LEADS: rate_samples: widens the volumes for a confidence level — give confidence too, such as 0.9 (90%), or leave rate_samples out":
    "=REQUIRED_LEADS(100000, 10000, 0.1, , , 10)",

  'FUNNEL_SQL: table: "crm.log; drop" holds ";", which a name cannot contain — give the table as project.dataset.table (BigQuery) or schema.table, with letters, digits, _ and -':
    '=FUNNEL_SQL({"Lead"; "Won"}, "crm.log; drop", "stage")',
  "FUNNEL_SQL: columns: has 1 name but the events layout needs 2: the record id and the stage column":
    '=FUNNEL_SQL({"Lead"; "Won"}, "crm.events", "stage", "events")',
  'FUNNEL_SQL: columns: "owner_date" names no stage of stage_order — name each date column after its CRM stage as the map has it, or give two columns: the table\'s column and the stage it holds':
    '=FUNNEL_SQL({"Demo", "Opportunity"; "Won", "Customer"}, "crm.deals", {"Demo", "owner_date"}, "matrix")',
  'FUNNEL_SQL: dialect: "mysql" is not an option — use one of "bigquery", "postgres", "duckdb"':
    '=FUNNEL_SQL({"Lead"; "Won"}, "crm.log", "stage", "log", "mysql")',
  'FUNNEL_SQL: open_records: "exclude" needs to know which records are still open, but a log of each record\'s stage shows no status — give its status column (open, won, lost) after the stage column, or use the history or matrix layout with a stage map whose lost names (Closed Lost) appear in the data':
    '=FUNNEL_SQL({"Lead"; "Won"}, "crm.log", "stage", "log", "duckdb", "exclude")',
  "REQUIRED_LEADS: conversion_rates: item 2 is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%":
    "=REQUIRED_LEADS(100000, 10000, {0.1; 30})",
  "REQUIRED_LEADS: revenue_target: is 0 — must be above 0; enter a revenue target such as 100000":
    "=REQUIRED_LEADS(0, 10000, 0.1)",
  "REQUIRED_LEADS: avg_deal_size: has 2 values but revenue_target has 3 — give one deal size, or one per target":
    "=REQUIRED_LEADS({100000; 200000; 300000}, {10000; 20000}, 0.1)",
  'STAGE_CONVERSION: data: row 7 is "Lost", which is not in stage_order — add it to stage_order, or give a stage map (CRM name, funnel stage), such as Funnel_Map, that names it':
    '=STAGE_CONVERSION({"Lead"; "Lead"; "Won"; "Lead"; "Lead"; "Won"; "Lost"}, {"Lead"; "Won"})',
  'STAGE_CONVERSION: data: 2 names are not in stage_order: "Demo" (row 2), "Lost" (row 3) — add each to the stage table\'s CRM names (the stage map\'s first column) with the funnel stage it counts as, or with none for a name that ends a record (Closed Lost)':
    '=STAGE_CONVERSION({"Qualified"; "Demo"; "Lost"}, {"Qualified", "SQL"; "Won", "Customer"})',
  'STAGE_CONVERSION: open_records: "exclude" needs to know which records are still open, but counts per stage don\'t say which records are open — give a status column (open, won, lost) beside the stages, or a stage map whose lost names (Closed Lost) appear in the data':
    '=STAGE_CONVERSION({1000; 300}, , , "exclude")',
  "STAGE_CONVERSION: stage_order: is missing — data holds stage names (a record log), so give the stage names top first, e.g. Funnel_Stages":
    '=STAGE_CONVERSION({"Lead"; "MQL"})',
  "STAGE_CONVERSION: data: item 2 is -5 — can't be negative; enter a count of 0 or more, such as 1000":
    "=STAGE_CONVERSION({100; -5})",
  "STAGE_CONVERSION: stage_order: has 3 names but data has 2 stage columns — give one name per column of the stage-date matrix, or leave stage_order out":
    '=STAGE_CONVERSION({1, 1; 1, ""}, {"Lead"; "MQL"; "SQL"})',
  "CAC: new_customers: is 0 — with no new customers CAC is undefined; enter a count above 0":
    "=CAC(5000, 0)",
  "CAC: new_customers: is 4 rows × 1 column but spend is 3 rows × 1 column — give ranges of the same size, or a single value":
    "=CAC({1; 2; 3}, {1; 2; 3; 4})",
  "CAC: lag_periods: is 1.5 — must be a whole number; enter a number of periods such as 2":
    "=CAC({1; 2}, {1; 2}, 1.5)",
  "LTV: churn_rate: is 0 — with no churn a customer's lifetime is unbounded; enter the churn per period above 0, such as 0.02 (2%)":
    "=LTV(500, 0.8, 0)",
  "LTV: gross_margin: is 80 — gross margins are fractions (25% = 0.25): enter 0.8 or 80%":
    "=LTV(500, 80, 0.02)",
  "CAC_PAYBACK: arpa: is 0 — a customer paying nothing never pays back CAC; enter an ARPA above 0, such as 500":
    "=CAC_PAYBACK(1200, 0, 0.8)",
  "CAC_PAYBACK: arpa: is 2 rows × 1 column but cac is 3 rows × 1 column — give ranges of the same size, or a single value":
    "=CAC_PAYBACK({1; 2; 3}, {1; 2}, 0.8)",
  "PIPELINE_VELOCITY: sales_cycle_days: is 0 — a sales cycle takes time; enter the average days from opportunity to close, such as 45":
    "=PIPELINE_VELOCITY(80, 0.25, 10000, 0)",
  "PIPELINE_VELOCITY: win_rate: is 25 — win rates are fractions (25% = 0.25): enter 0.25 or 25%":
    "=PIPELINE_VELOCITY(80, 25, 10000, 45)",
  "LEAD_VELOCITY: counts: item 3 is -4 — can't be negative; enter a lead count of 0 or more, such as 120":
    "=LEAD_VELOCITY({100; 120; -4})",
  "LEAD_VELOCITY: counts: item 2 is empty — enter a lead count such as 120":
    '=LEAD_VELOCITY({100; ""; 90})',
  'FUNNEL_TARGETS: rounding: "stage" is not offered here — after the lag split each cell mixes volume for several periods\' deals, so rounding stage by stage has no meaning; use "cumulative" (whole numbers that keep each row total), "end" (round every cell up) or "none"':
    '=FUNNEL_TARGETS({100000, 100000}, 10000, 0.5, 10, 30, "stage")',
  "FUNNEL_TARGETS: days_in_stage: has 2 values but conversion_rates has 3 rates — give the days for each stage that has a rate, top first":
    "=FUNNEL_TARGETS({100000, 100000}, 10000, {0.5; 0.5; 0.5}, {1; 2})",
  "FUNNEL_TARGETS: avg_deal_size: has 2 values but period_targets has 12 values — give one deal size, or one per period":
    "=FUNNEL_TARGETS({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {10000; 20000}, 0.5, 10)",
  "STAGE_SENSITIVITY: cost_per_record: has 2 values but conversion_rates has 3 rates — give the cost of one record at each stage with a rate (top first), and optionally one more per won customer":
    "=STAGE_SENSITIVITY({0.1; 0.3; 0.5}, {20; 50})",
  "STAGE_SENSITIVITY: lift: is 0 — must be above 0; enter the relative lift of each rate, such as 0.1 (10%)":
    "=STAGE_SENSITIVITY({0.1; 0.3; 0.5}, {20; 50; 400}, 0)",
  "STAGE_SENSITIVITY: conversion_rates: item 2 is 30 — rates are fractions (30% = 0.3): enter 0.3 or 30%":
    "=STAGE_SENSITIVITY({0.1; 30; 0.5}, {20; 50; 400})",
  // Date serials: 46023 is 2026-01-01.
  'STAGE_DAYS: stage_dates: row 4, column 2 is TRUE, not a date — enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty':
    {
      // The engine takes no TRUE inside an array literal: the matrix is in cells.
      formula: "=STAGE_DAYS(A1:B4)",
      cells: [
        [day(0), day(7)],
        [day(0), day(8)],
        [day(1), day(9)],
        [day(2), true],
      ],
    },
  "STAGE_DAYS: stage_dates: has 1 column — select one column of dates per stage (at least 2), one row per record":
    "=STAGE_DAYS({46023; 46030})",
  'STAGE_DAYS: statistic: "average" is not an option — use one of "median", "mean", "p90"':
    '=STAGE_DAYS({46023, 46030}, "average")',
  "STAGE_DAYS: stage_dates: holds each record's stage but no dates — days in stage and cohorts need the date each stage was entered: use a stage history (record id, stage, date) or one date column per stage":
    '=STAGE_DAYS({"Demo", "open"; "Won", "won"}, , {"Demo", "Opportunity"; "Won", "Customer"})',
  'STAGE_DAYS: stage_dates: mixes two date formats: row 1 has "15/03/2026" (day first) and row 2 "3/16/2026" (month first) — give the column one format, or write dates as 2026-03-15':
    '=STAGE_DAYS({"15/03/2026", "03/04/2026"; "3/16/2026", ""})',
  // 9502 is 1926-01-05 (a mistyped year), 46279 is 2026-09-14.
  "COHORT_CONVERSION: stage_dates: spans 1209 months, from 1926-01-05 to 2026-09-14; at most 600 give a readable table — check those dates for a typing mistake, or use a longer period":
    "=COHORT_CONVERSION({46037; 9502; 46279})",
  'COHORT_CONVERSION: stage_dates: row 12, column 1 is "1/15/26", a date with a two-digit year (format the column with four-digit years, as 3/15/2026) — enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty':
    '=COHORT_CONVERSION({46023; 46024; 46025; 46026; 46027; 46028; 46029; 46030; 46031; 46032; "2026-01-14"; "1/15/26"})',
  "PLAN_FORECAST: actual_by_period: is 2 rows × 12 columns but plan_by_period is 3 rows × 12 columns — give one row of actuals per plan row, for the plan's periods (or its first ones)":
    "=PLAN_FORECAST({1,1,1,1,1,1,1,1,1,1,1,1; 1,1,1,1,1,1,1,1,1,1,1,1; 1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1; 1,1,1,1,1,1,1,1,1,1,1,1})",
  "PLAN_FORECAST: periods_to_date: is 13 but the plan has 12 periods — enter how many of its periods are reported, 0 to 12":
    "=PLAN_FORECAST({1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1}, 13)",
  "PLAN_FORECAST: actual_by_period: row 2, column 3 is -5 — can't be negative; enter a volume or amount of 0 or more, such as 120":
    "=PLAN_FORECAST({1,1,1; 1,1,1}, {1,1,1; 1,1,-5})",
  'COHORT_CONVERSION: period: "year" is not an option — use one of "month", "quarter", "week"':
    '=COHORT_CONVERSION({46023}, "year")',
};

/**
 * A result as the docs print it: rows split by ";", cells by ","; `""` is an empty cell, `"…"` a
 * text, "−" (the typographic minus the docs use) a minus sign.
 */
function parseLiteral(text: string): Cell[][] | undefined {
  const rows = text.split(";").map((row) =>
    row.split(",").map((cell): Cell | undefined => {
      const t = cell.trim().replace(/^\u2212/, "-");
      const quoted = /^"(.*)"$/.exec(t);
      if (quoted) return quoted[1];
      const n = Number(t);
      return t !== "" && Number.isFinite(n) ? n : undefined;
    }),
  );
  for (const row of rows) for (const cell of row) if (cell === undefined) return undefined;
  return rows as Cell[][];
}

/** Digits after the decimal point of a number as printed. */
function decimalsOf(printed: number): number {
  const fraction = /\.(\d+)$/.exec(String(printed));
  return fraction ? at(fraction, 1).length : 0;
}

/** `exact` as the docs print it: each number rounded to the decimals of the printed one. */
function asPrinted(exact: Cell[][], printed: Cell[][]): Cell[][] {
  return exact.map((row, r) =>
    row.map((v, c) => {
      const p = printed[r]?.[c];
      return typeof v === "number" && typeof p === "number" ? Number(v.toFixed(decimalsOf(p))) : v;
    }),
  );
}

/** Numbers compared to 9 significant digits (the docs round; floats carry noise). */
function rounded(rows: unknown[][], digits = 9): unknown[][] {
  return rows.map((row) =>
    row.map((v) => (typeof v === "number" ? Number(v.toPrecision(digits)) : v)),
  );
}

/** The formula in AA1 (clear of every fixture), named ranges replaced; its spilled values. */
function evaluate(
  formula: string,
  cells: Sheet,
  names: Record<string, string> = {},
  shape?: [number, number],
  sheets: Record<string, Sheet> = {},
) {
  let text = formula;
  for (const [name, range] of Object.entries(names)) text = text.split(name).join(range);
  const rows = cells.map((row) => [...row]);
  while (rows.length < 1) rows.push([]);
  while (at(rows, 0).length < 26) at(rows, 0).push(null);
  at(rows, 0)[26] = text;
  const hf = createEngine({ S: rows, ...sheets });
  const [height, width] = shape ?? [1, 1];
  const values = rangeValues(hf, "S", `AA1:${columnLetter(26 + width)}${height}`);
  hf.destroy();
  return values;
}

const examples = REFERENCE.flatMap(({ spec, docs }) =>
  docs.examples.map((e) => [spec.name, e.formula, e.result] as const),
);
const errors = REFERENCE.flatMap(({ spec, docs }) =>
  docs.errors.map((m) => [spec.name, m] as const),
);

describe("docs/functions.md examples, executed", () => {
  it.each(examples)("%s: %s → %s", (_name, formula, result) => {
    const literal = parseLiteral(result);
    const fixture = FIXTURES[formula];
    if (fixture === undefined) {
      if (literal === undefined) {
        throw new Error(`the example ${formula} has no literal result and no fixture here`);
      }
      const values = evaluate(formula, [], {}, [literal.length, at(literal, 0).length]);
      expect(rounded(values)).toEqual(rounded(literal));
      return;
    }
    const { cells, names, sheets, expected } = fixture;
    if (typeof expected === "function") {
      expect(literal).toBeUndefined();
      expected(evaluate(formula, cells, names, fixture.shape ?? [4, 12], sheets));
      return;
    }
    const shape: [number, number] = [expected.length, at(expected, 0).length];
    const digits = fixture.digits ?? 9;
    expect(rounded(evaluate(formula, cells, names, shape, sheets), digits)).toEqual(
      rounded(expected, digits),
    );
    if (literal !== undefined) expect(asPrinted(expected, literal)).toEqual(literal);
  });

  it("has no fixture left over for an example the docs no longer show", () => {
    const shown = new Set(examples.map(([, formula]) => formula));
    expect(Object.keys(FIXTURES).filter((f) => !shown.has(f))).toEqual([]);
  });
});

describe("docs/functions.md error messages, produced", () => {
  it.each(errors)("%s: %s", (_name, message) => {
    const input = ERROR_FORMULAS[message];
    if (input === undefined) throw new Error(`no formula here produces: ${message}`);
    const { formula, cells } = typeof input === "string" ? { formula: input, cells: [] } : input;
    expect(at(evaluate(formula, cells), 0)[0]).toBe(`#ERROR! ${message}`);
  });

  it("has no formula left over for a message the docs no longer show", () => {
    const shown = new Set(errors.map(([, message]) => message));
    expect(Object.keys(ERROR_FORMULAS).filter((m) => !shown.has(m))).toEqual([]);
  });
});
