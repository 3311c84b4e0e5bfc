/**
 * PIPELINE_COVERAGE, STAGE_COVERAGE and WEIGHTED_PIPELINE through dist/Code.js: published
 * coverage figures, the remaining-quota denominator, stage groups, periods read in the
 * spreadsheet's time zone.
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";
import { loadZonedBundle } from "../harness/zonedBundle";
import { at } from "../harness/at";

const bundle = loadCustomFunctions();
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args);
const err = (name: string, ...args: unknown[]) => thrownMessage(() => call(name, ...args));
const column = <T>(xs: readonly T[]) => xs.map((x) => [x]);

describe("PIPELINE_COVERAGE", () => {
  it("published examples: against the quota still to close, or the whole quota", () => {
    // codingace.net/crmp/quota_gap.html: quota 100 000, booked 65 000, pipeline 120 000 → 3.43×.
    expect(call("PIPELINE_COVERAGE", 120000, 100000, 65000)).toBeCloseTo(3.428571, 6);
    // winsabove.pages.dev glossary: 4.8M open against 1.6M remaining quota is 3.0×.
    expect(call("PIPELINE_COVERAGE", 4800000, 1600000)).toBe(3);
    // contextawareanalytics.com: 7.5M pipeline ÷ 2M quota = 3.75×.
    expect(call("PIPELINE_COVERAGE", 7500000, 2000000, 500000, "quota")).toBe(3.75);
    expect(call("PIPELINE_COVERAGE", 7500000, 2000000, 500000, " Quota ")).toBe(3.75);
    // calclet.com: 2.4M qualified pipeline against an 800 000 quota is exactly 3.0×.
    expect(call("PIPELINE_COVERAGE", 2400000, 800000)).toBe(3);
  });

  it("per rep: same-shaped ranges, a rep past quota gets an empty cell", () => {
    expect(
      call(
        "PIPELINE_COVERAGE",
        column([300000, 240000, 90000]),
        100000,
        column([40000, 100000, 130000]),
      ),
    ).toEqual([[5], [""], [""]]);
    expect(call("PIPELINE_COVERAGE", [[200, ""]], 100)).toEqual([[2, ""]]);
  });

  it("nothing left to close is an error for single values", () => {
    expect(err("PIPELINE_COVERAGE", 500000, 1000000, 1000000)).toBe(
      'PIPELINE_COVERAGE: closed_won: meets or passes the quota, so nothing is left to close and coverage of the rest is undefined — use basis "quota" to compare the pipeline with the whole quota',
    );
    expect(call("PIPELINE_COVERAGE", 500000, 1000000, 1000000, "quota")).toBe(0.5);
  });

  it("reads a range's cells where they are: typed numbers, text numbers, blanks; the range is left as it was", () => {
    // Sheets sends an empty cell as "", a cell of spaces as text and a number typed as text as
    // text: each cell is read the way a single value is, in its own position.
    const pipeline = column([300000, "240 000", "", "  ", 50000]);
    const quota = [[100000], ["100000"], [100000], [100000], [-5]];
    const sentPipeline = JSON.stringify(pipeline);
    const sentQuota = JSON.stringify(quota.slice(0, 4));
    expect(err("PIPELINE_COVERAGE", pipeline, quota)).toBe(
      "PIPELINE_COVERAGE: quota: item 5 is -5 — can't be negative; enter a quota above 0, such as 1000000",
    );
    quota[4] = [50000];
    expect(
      call("PIPELINE_COVERAGE", pipeline, quota, column([40000, 40000, 0, 0, "10 000"])),
    ).toEqual([[5], [4], [""], [""], [1.25]]);
    // Nothing is written into the ranges Sheets sent (a converted text number included).
    expect(JSON.stringify(pipeline)).toBe(sentPipeline);
    expect(JSON.stringify(quota.slice(0, 4))).toBe(sentQuota);
    expect(
      err(
        "PIPELINE_COVERAGE",
        [
          [1, 2],
          [3, "x"],
        ],
        10,
      ),
    ).toBe(
      'PIPELINE_COVERAGE: open_pipeline: row 2, column 2 is "x", which is not a number — enter an open pipeline such as 2400000',
    );
  });

  it.each([
    [[1, 0], "PIPELINE_COVERAGE: quota: is 0 — must be above 0; enter a quota such as 1000000"],
    [
      [-1, 100],
      "PIPELINE_COVERAGE: open_pipeline: is -1 — can't be negative; enter an open pipeline of 0 or more, such as 2400000",
    ],
    [
      [column([1, 2]), column([1, 2, 3])],
      "PIPELINE_COVERAGE: quota: is 3 rows × 1 column but open_pipeline is 2 rows × 1 column — give ranges of the same size, or a single value",
    ],
  ])("refuses %j: %s", (args, message) => {
    expect(err("PIPELINE_COVERAGE", ...(args as unknown[]))).toBe(message);
  });
});

describe("STAGE_COVERAGE", () => {
  const stages = column(["Discovery", "Demo", "Proposal", "Negotiation"]);
  const rates = column([0.1, 0.2, 0.5, 0.7]);

  it("one line per stage: pipeline at or after it, coverage, coverage needed, expected bookings", () => {
    const out = call(
      "STAGE_COVERAGE",
      column([" demo", "PROPOSAL", "Negotiation", "Demo", ""]),
      column([50000, 30000, 20000, 40000, ""]),
      stages,
      rates,
      100000,
      20000,
    ) as number[][];
    expect(out).toHaveLength(4);
    expect(out.map((r) => r[0])).toEqual([140000, 140000, 50000, 20000]);
    expect(out.map((r) => r[1])).toEqual([1.75, 1.75, 0.625, 0.25]);
    expect(out.map((r) => r[2])).toEqual([10, 5, 2, 1 / 0.7]);
    expect(out.map((r) => r[3])).toEqual([47000, 47000, 29000, 14000]);
  });

  it("one stage for every deal: a single deal_stages value goes with each amount", () => {
    const out = call("STAGE_COVERAGE", "Demo", column([1000, 2000]), stages, rates, 10000);
    expect((out as number[][]).map((r) => r[0])).toEqual([3000, 3000, 0, 0]);
  });

  it("coverage needed is 1 ÷ the win rate: a 22% win rate needs 4.5× (winsabove's example)", () => {
    const out = call(
      "STAGE_COVERAGE",
      "Qualified",
      4800000,
      "Qualified",
      0.22,
      1600000,
    ) as number[][];
    expect(at(at(out, 0), 1)).toBe(3);
    expect(at(at(out, 0), 2)).toBeCloseTo(1 / 0.22, 12); // 4.55×
    // Expected closed won 4.8M × 0.22 = 1.056M, 66% of the remaining number.
    expect(at(at(out, 0), 3)).toBeCloseTo(1056000, 6);
  });

  it("a row of stages gives the four lines as rows; a 0% stage needs no coverage figure", () => {
    const out = call(
      "STAGE_COVERAGE",
      column(["Demo", "Closed-lost watch"]),
      column([1000, 500]),
      [["Demo", "Closed-lost watch"]],
      [[0.25, 0]],
      1000,
      "",
      "quota",
    );
    expect(out).toEqual([
      [1500, 500],
      [1.5, 0.5],
      [4, ""],
      [250, 0],
    ]);
  });

  it.each([
    [
      [column(["Demo", "Closed Won"]), column([1, 2]), stages, rates, 100],
      'STAGE_COVERAGE: deal_stages: row 2 is "Closed Won", which is not in stage_order — add the stage to stage_order, or leave closed deals out of the list',
    ],
    [
      [column(["Demo", ""]), column([1, 2]), stages, rates, 100],
      "STAGE_COVERAGE: deal_stages: row 2 is empty but its deal has an amount — give every open deal its stage",
    ],
    [
      [column(["Demo", "Demo", "Demo"]), column([1, 2]), stages, rates, 100],
      "STAGE_COVERAGE: deal_stages: has 3 cells but deal_amounts has 2 — select the same rows of each column of the deal list",
    ],
    [
      ["Demo", 1, stages, rates, 100, 150],
      'STAGE_COVERAGE: closed_won: is 150, which meets or passes the quota of 100: nothing is left to close — use basis "quota" to compare the pipeline with the whole quota',
    ],
    [
      ["Demo", 1, column(["Demo", "demo "]), column([0.2, 0.3]), 100],
      'STAGE_COVERAGE: stage_order: item 2 "demo" repeats item 1 — stage names must be unique (case and spaces don\'t count)',
    ],
  ])("refuses bad input: %s", (args, message) => {
    expect(err("STAGE_COVERAGE", ...(args as unknown[]))).toBe(message);
  });
});

describe("WEIGHTED_PIPELINE", () => {
  // codingace.net/crmp/opportunity_forecasting_tool.html's example opportunities.
  const amounts = column([45000, 18500, 12000]);
  const probabilities = column([0.7, 0.85, 0.5]);

  it("sums each month's deals and their weighted value, as a row of periods gives", () => {
    const out = call(
      "WEIGHTED_PIPELINE",
      amounts,
      probabilities,
      column(["2026-04-10", "2026-03-28", "2026-05-05"]),
      [["2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"]],
    );
    expect(out).toEqual([
      [18500, 45000, 12000, 0],
      [18500 * 0.85, 45000 * 0.7, 12000 * 0.5, 0],
    ]);
  });

  it("a column of periods gives a column per line; past-due and later deals are left out", () => {
    const out = call(
      "WEIGHTED_PIPELINE",
      column([1000, 2000, 4000]),
      0.5,
      column(["2025-12-30", "2026-01-31", "2026-03-01"]),
      column(["2026-01-15", "2026-02-15", ""]),
    );
    expect(out).toEqual([
      [2000, 1000],
      [0, 0],
    ]);
  });

  it("quarters and ISO weeks", () => {
    const quarters = call(
      "WEIGHTED_PIPELINE",
      column([100, 200, 400]),
      1,
      column(["2026-03-31", "2026-04-01", "2026-06-30"]),
      [["2026-01-01", "2026-04-01"]],
      "quarter",
    );
    expect(quarters).toEqual([
      [100, 600],
      [100, 600],
    ]);
    // 29 Dec 2025 is in ISO week 2026-W01, like 2 Jan 2026.
    const weeks = call("WEIGHTED_PIPELINE", 100, 1, "2025-12-29", "2026-01-02", "week");
    expect(weeks).toEqual([[100, 100]]);
  });

  it("reads close dates as CRMs export them, day order from the column's other dates", () => {
    // 03/04/2026 is 3 April here: 15/03/2026 in the same column shows the day comes first.
    const out = call(
      "WEIGHTED_PIPELINE",
      column([1000, 2000, 4000]),
      1,
      column(["15/03/2026", "03/04/2026", "2026-04-20 14:22"]),
      [["2026-03-01", "2026-04-01"]],
    );
    expect(out).toEqual([
      [1000, 6000],
      [1000, 6000],
    ]);
  });

  it("reads Date cells as the sheet shows them, in the spreadsheet's time zone", () => {
    // Midnight 1 April in New York is 31 March in UTC: the deal closes in April on that sheet.
    const newYork = loadZonedBundle("America/New_York");
    const april1 = new Date(Date.UTC(2026, 3, 1, 4, 0));
    const out = newYork.call(
      "WEIGHTED_PIPELINE",
      [[5000]],
      [[0.4]],
      [[april1]],
      [[new Date(Date.UTC(2026, 2, 1, 5)), new Date(Date.UTC(2026, 3, 1, 4))]],
    );
    expect(out).toEqual([
      [0, 5000],
      [0, 2000],
    ]);
    expect(newYork.zoneReads()).toBe(1);
  });

  it.each([
    [
      [column([1000, 2000]), 0.5, column(["2026-03-02", ""]), "2026-03-01"],
      "WEIGHTED_PIPELINE: close_dates: row 2 is empty — give every deal with an amount its expected close date",
    ],
    [
      [1000, 0.5, "next month", "2026-03-01"],
      'WEIGHTED_PIPELINE: close_dates: is "next month", which is not a date — give every deal with an amount its expected close date',
    ],
    [
      [1000, 0.5, "2026-03-02", [["2026-03-01", "2026-03-15"]]],
      "WEIGHTED_PIPELINE: periods: item 2 is in 2026-03, like item 1 — give one date per month",
    ],
    [
      [1000, 0.5, "2026-03-02", [["2026-03-01", "", "2026-05-01"]]],
      "WEIGHTED_PIPELINE: periods: item 2 is empty — give a date in each period, such as its first day",
    ],
    [
      [1000, 0.5, "2026-03-02", ""],
      "WEIGHTED_PIPELINE: periods: is empty — select the plan's period headers, a date in each period",
    ],
    [
      [1000, 0.5, "2026-03-02", "2026-03-01", "year"],
      'WEIGHTED_PIPELINE: period: "year" is not an option — use one of "month", "quarter", "week"',
    ],
  ])("refuses bad input: %s", (args, message) => {
    expect(err("WEIGHTED_PIPELINE", ...(args as unknown[]))).toBe(message);
  });
});
