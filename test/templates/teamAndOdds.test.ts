/**
 * Capacity plan and Pipeline coverage and forecast, built through the built add-on, evaluated by
 * the formula engine and checked against figures computed here by hand: the team simulated month
 * by month from its hires, the monthly plan read from a Monthly targets sheet, and the deals'
 * bookings enumerated exhaustively over every won/lost combination.
 */
import type { FakeSheet } from "../../fakes/spreadsheet";
import type { Anchor } from "../../src/addon/templates/layout";
import { SPEC_TABLES } from "../../spec/templateTables";
import { enumerateBookings } from "./odds";
import {
  anchor,
  anchorsOf,
  callsOnEvaluation,
  errorCells,
  newPlan,
  values,
  withInboundFunnel,
} from "./templateHarness";
import { at } from "../harness/at";

const MONTHS = 12;
const row = (sheet: FakeSheet, block: Anchor, r: number, from = 1, cols = MONTHS) =>
  at(values(sheet, block.range(r, from, 1, cols)), 0);

/**
 * A team month by month (SALES_CAPACITY's documented model): reps start at the beginning of
 * their month at the ramp factor of their month of tenure (1 after the list), today's reps are
 * ramped, and each rep is still there t months later with probability (1 − attrition)^t.
 */
function simulate(
  hires: number[],
  team: { quota: number; ramp: number[]; attainment: number; attrition: number; reps: number },
) {
  const keep = (t: number) => (1 - team.attrition) ** t;
  return hires.map((_, t) => {
    let headcount = team.reps * keep(t);
    let ramped = team.reps * keep(t);
    for (let s = 0; s <= t; s++) {
      headcount += at(hires, s) * keep(t - s);
      ramped += at(hires, s) * keep(t - s) * (team.ramp[t - s] ?? 1);
    }
    return { headcount, ramped, capacity: ramped * team.quota * team.attainment };
  });
}

describe("Capacity plan", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newCapacityPlan");
  const monthly = newPlan(addon, "newMonthlyTargets");
  const a = anchorsOf(plan);
  const team = {
    quota: 4000,
    ramp: [0, 0.25, 0.5, 0.75],
    attainment: 0.8,
    attrition: 0.01,
    reps: 2,
  };
  const target = 100000 / 12;

  it("starts from the example plan and an example team, labelled as examples", () => {
    expect(plan.getName()).toBe("Capacity plan");
    expect(errorCells(plan)).toEqual([]);
    expect(values(plan, a.inputs.range(0, 1, 3, 1))).toEqual([[100000], [10000], [30]]);
    expect(values(plan, a.team.range(0, 1, 6, 1))).toEqual([
      [4000],
      [0.8],
      [0.01],
      [2],
      [15],
      ["SQL"],
    ]);
    expect(plan.cell(a.team.row, a.team.col + 1)?.note).toMatch(/^Example figures/);
    expect(row(plan, a.ramp, 0, 0, 6)).toEqual([0, 0.25, 0.5, 0.75, "", ""]);
    expect(row(plan, a.months, 1)).toEqual(new Array(MONTHS).fill(target));
  });

  it("hires so that every month after a full ramp meets its target; rows 3–5 are the team those hires make", () => {
    expect(row(plan, a.plan, 1).every((v) => v === target / (4000 * 0.8))).toBe(true);
    const hires = row(plan, a.plan, 2) as number[];
    expect(hires.every((h) => Number.isInteger(h) && h >= 0)).toBe(true);
    const sim = simulate(hires, team);
    row(plan, a.plan, 3).forEach((v, t) => expect(v).toBeCloseTo(at(sim, t).headcount, 9));
    row(plan, a.plan, 4).forEach((v, t) => expect(v).toBeCloseTo(at(sim, t).ramped, 9));
    row(plan, a.plan, 5).forEach((v, t) => expect(v).toBeCloseTo(at(sim, t).capacity, 6));
    row(plan, a.plan, 6).forEach((v, t) => expect(v).toBeCloseTo(at(sim, t).capacity - target, 6));
    sim.slice(team.ramp.length).forEach((m) => expect(m.capacity).toBeGreaterThanOrEqual(target));
    // One hire fewer would leave a ramped month short: the plan hires no more than it needs.
    const fewer = simulate(
      hires.map((h, i) => (i === hires.findIndex((x) => x > 0) ? h - 1 : h)),
      team,
    );
    expect(fewer.slice(team.ramp.length).some((m) => m.capacity < target - 1e-6)).toBe(true);
    expect(values(plan, a.results.range(0, 1, 4, 1)).map((r) => r[0])).toEqual([
      hires.reduce((x, y) => x + y, 0),
      expect.closeTo(at(sim, MONTHS - 1).headcount, 9),
      expect.closeTo(
        sim.reduce((x, m) => x + m.capacity, 0),
        6,
      ),
      expect.closeTo(sim.reduce((x, m) => x + m.capacity, 0) / 100000, 9),
    ]);
  });

  it("your hiring plan: the bookings the hires you type deliver, against the target", () => {
    const mine = row(plan, a.yourHires, 0, 0) as number[];
    expect(mine).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const check = () => {
      const typed = row(plan, a.yourHires, 0, 0) as number[];
      const sim = simulate(typed, team);
      row(plan, a.capacity, 0).forEach((v, t) => expect(v).toBeCloseTo(at(sim, t).headcount, 9));
      row(plan, a.capacity, 1).forEach((v, t) => expect(v).toBeCloseTo(at(sim, t).ramped, 9));
      row(plan, a.capacity, 2).forEach((v, t) => expect(v).toBeCloseTo(at(sim, t).capacity, 6));
      row(plan, a.capacity, 3).forEach((v, t) =>
        expect(v).toBeCloseTo(at(sim, t).capacity - target, 6),
      );
    };
    check();
    plan.getRange(a.yourHires.cell(0, 0)).setValue(2);
    check();
    plan.getRange(a.yourHires.cell(0, 0)).setValue(0);
  });

  it("SDRs from the monthly plan's opportunities at the stage SDRs hand over", () => {
    const monthlyBody = anchor(monthly, "volume.body");
    const sql = row(monthly, monthlyBody, 3) as number[];
    expect(at(at(values(plan, a.sdrs.cell(1, 0)), 0), 0)).toBe("SQL needed");
    expect(row(plan, a.sdrs, 1)).toEqual(sql);
    expect(row(plan, a.sdrs, 2)).toEqual(sql.map((o) => Math.ceil(o / 15)));
    expect(at(at(values(plan, a.results.cell(4, 1)), 0), 0)).toBe(
      Math.max(...sql.map((o) => Math.ceil(o / 15))),
    );
    // Another stage by name: the MQL row, and SDRs from it.
    plan.getRange(a.team.cell(5, 1)).setValue("mql");
    const mql = row(monthly, monthlyBody, 2) as number[];
    expect(row(plan, a.sdrs, 1)).toEqual(mql);
    expect(row(plan, a.sdrs, 2)).toEqual(mql.map((o) => Math.ceil(o / 15)));
    expect(at(at(values(plan, a.sdrWarning.a1()), 0), 0)).toBe("");
    // A name the funnel does not have says so beside the table.
    plan.getRange(a.team.cell(5, 1)).setValue("Demo");
    expect(at(at(values(plan, a.sdrWarning.a1()), 0), 0)).toMatch(/not in the funnel/);
  });

  it("one call per table, every block in the first 40 rows", () => {
    // In a workbook of its own: the counts are the workbook's, and this one has a monthly plan.
    const alone = withInboundFunnel();
    const calls = callsOnEvaluation(alone, newPlan(alone, "newCapacityPlan"));
    expect(Object.fromEntries(calls)).toEqual({
      HIRING_PLAN: 1,
      SALES_CAPACITY: 1,
      FUNNEL_TARGETS: 1,
      SDRS_NEEDED: 1,
    });
    expect([...calls.values()].reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(
      at(SPEC_TABLES, "Capacity plan (reps, hires, SDRs)").length,
    );
    const blocks = Object.values<Anchor>(anchorsOf(plan));
    expect(Math.max(...blocks.map((b) => b.lastRow))).toBeLessThanOrEqual(40);
  });
});

describe("Pipeline coverage and forecast", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newPipelineCoverage");
  const a = anchorsOf(plan);
  const body = a["coverage.body"];
  // Inbound's planned conversion to won: MQL 40 % × 25 %, SQL 25 %.
  const toWon: Record<string, number> = {
    Visit: 0.02 * 0.3 * 0.4 * 0.25,
    Lead: 0.3 * 0.4 * 0.25,
    MQL: 0.4 * 0.25,
    SQL: 0.25,
  };
  const order = ["Visit", "Lead", "MQL", "SQL"];
  const quota = 25000;
  const closedWon = 10000;

  /** The deals as the sheet holds them, with their win rate and whether they close in the period. */
  function deals() {
    const start = at(at(values(plan, a.inputs.cell(2, 1)), 0), 0) as Date;
    const end = new Date(start.getFullYear(), start.getMonth() + 3, start.getDate());
    return values(plan, a.deals.a1())
      .filter((r) => r[2] !== "")
      .map(([, stage, amount, close]) => {
        const p = toWon[String(stage)];
        const date = close as Date;
        return {
          stage: String(stage),
          amount: amount as number,
          // A stage without a win rate gives NaN, so any sum that uses it fails visibly.
          p: p ?? NaN,
          close: date,
          inPeriod: p !== undefined && date >= start && date < end,
        };
      });
  }

  it("example deals at the two stages before the won stage; each deal's win rate from its stage", () => {
    expect(plan.getName()).toBe("Pipeline coverage");
    expect(errorCells(plan)).toEqual([]);
    const list = deals();
    expect(list).toHaveLength(12);
    expect(new Set(list.map((d) => d.stage))).toEqual(new Set(["MQL", "SQL"]));
    const rates = values(plan, a.dealOdds.range(1, 0, 12, 1)).map((r) => r[0]);
    rates.forEach((p, i) => expect(p).toBeCloseTo(at(list, i).p, 12));
    expect(plan.cell(a.deals.row, a.deals.col)?.note).toMatch(/^Example deals/);
  });

  it("coverage of what is left, of the whole quota, and what the win rates need, by hand", () => {
    const open = deals().filter((d) => d.inPeriod);
    const pipeline = open.reduce((x, d) => x + d.amount, 0);
    const expected = open.reduce((x, d) => x + d.amount * d.p, 0);
    expect(values(plan, a.results.range(0, 1, 5, 1)).map((r) => r[0])).toEqual([
      pipeline,
      quota - closedWon,
      expect.closeTo(pipeline / (quota - closedWon), 12),
      expect.closeTo(pipeline / quota, 12),
      expect.closeTo(pipeline / expected, 12),
    ]);
  });

  it("the chance of making the quota and P10/P50/P90, by exhaustive enumeration", () => {
    const open = deals().filter((d) => d.inPeriod);
    expect(open.length).toBeGreaterThan(5);
    const distribution = enumerateBookings(open);
    const chance = distribution
      .filter(([total]) => closedWon + total >= quota)
      .reduce((x, [, p]) => x + p, 0);
    expect(at(at(values(plan, a.odds.cell(0, 1)), 0), 0)).toBeCloseTo(chance, 12);
    const percentile = (k: number) => {
      let cumulative = 0;
      for (const [total, p] of distribution) {
        cumulative += p;
        if (cumulative >= k - 1e-12) return closedWon + total;
      }
      throw new Error("no percentile");
    };
    expect(values(plan, a.range.a1()).map((r) => r[0])).toEqual([0.1, 0.5, 0.9].map(percentile));
  });

  it("coverage by stage or later, and the weighted pipeline by close month, by hand", () => {
    const open = deals().filter((d) => d.inPeriod);
    const rows = values(plan, body.range(0, 0, 5, 7));
    expect(rows.map((r) => r[0])).toEqual([...order, "Customer"]);
    order.forEach((stage, i) => {
      const group = open.filter((d) => order.indexOf(d.stage) >= i);
      const sum = group.reduce((x, d) => x + d.amount, 0);
      expect(at(at(rows, i), 2)).toBeCloseTo(at(toWon, stage), 12);
      expect(at(at(rows, i), 3)).toBe(sum);
      expect(at(at(rows, i), 4)).toBeCloseTo(sum / (quota - closedWon), 12);
      expect(at(at(rows, i), 5)).toBeCloseTo(1 / at(toWon, stage), 9);
      expect(at(at(rows, i), 6)).toBeCloseTo(
        group.reduce((x, d) => x + d.amount * d.p, 0),
        9,
      );
    });
    expect(at(rows, 4).slice(1)).toEqual(["", "", "", "", "", ""]);
    const months = at(values(plan, a.weighted.range(0, 1, 1, 6)), 0) as Date[];
    const inMonth = (d: { close: Date }, m: Date) =>
      d.close.getFullYear() === m.getFullYear() && d.close.getMonth() === m.getMonth();
    const all = deals();
    expect(row(plan, a.weighted, 1, 1, 6)).toEqual(
      months.map((m) => all.filter((d) => inMonth(d, m)).reduce((x, d) => x + d.amount, 0)),
    );
    row(plan, a.weighted, 2, 1, 6).forEach((v, i) =>
      expect(v).toBeCloseTo(
        all.filter((d) => inMonth(d, at(months, i))).reduce((x, d) => x + d.amount * d.p, 0),
        9,
      ),
    );
    expect(plan.getConditionalFormatRules()).toEqual([
      expect.objectContaining({ ranges: [body.range(0, 4, 30, 1)], background: "#fce8e6" }),
    ]);
  });

  it("deals at the won stage or a stage not in the funnel are left out, and counted", () => {
    const before = values(plan, a.results.range(0, 1, 5, 1));
    const chance = at(at(values(plan, a.odds.cell(0, 1)), 0), 0);
    const close = at(at(values(plan, a.deals.cell(0, 3)), 0), 0);
    plan.getRange(a.deals.range(12, 0, 2, 4)).setValues([
      ["Closed", "Customer", 30000, close],
      ["Typo", "Demo", 40000, close],
    ]);
    expect(errorCells(plan)).toEqual([]);
    expect(at(at(values(plan, a.leftOut.a1()), 0), 0)).toMatch(/^2 deals are at a stage/);
    expect(values(plan, a.results.range(0, 1, 5, 1))).toEqual(before);
    expect(at(at(values(plan, a.odds.cell(0, 1)), 0), 0)).toBe(chance);
    plan.getRange(a.deals.range(12, 0, 2, 4)).setValues([
      ["", "", "", ""],
      ["", "", "", ""],
    ]);
    expect(at(at(values(plan, a.leftOut.a1()), 0), 0)).toBe("");
  });

  it("one call per table; every block starts in the first 40 rows, ten stages end there too", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({
      PIPELINE_COVERAGE: 1,
      STAGE_COVERAGE: 1,
      WEIGHTED_PIPELINE: 1,
      BOOKINGS_PROBABILITY: 1,
      BOOKINGS_PERCENTILES: 1,
    });
    expect([...calls.values()].reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(
      at(SPEC_TABLES, "Pipeline coverage and forecast").length,
    );
    const blocks = Object.values<Anchor>(anchorsOf(plan));
    expect(Math.max(...blocks.map((b) => b.row))).toBeLessThanOrEqual(40);
    expect(body.row + 10 - 1).toBeLessThanOrEqual(40);
  });
});

describe("Refresh plan keeps what the team typed and pasted", () => {
  it("capacity plan: team inputs, ramp and hires; the stage SDRs hand over stays a typed name", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newCapacityPlan");
    const a = anchorsOf(plan);
    plan.getRange(a.team.cell(0, 1)).setValue(6000);
    plan.getRange(a.team.cell(5, 1)).setValue("MQL");
    plan.getRange(a.ramp.cell(0, 4)).setValue(0.9);
    plan.getRange(a.yourHires.cell(0, 5)).setValue(2);
    addon.run("refreshPlan");
    expect(errorCells(plan)).toEqual([]);
    expect(at(at(values(plan, a.team.cell(0, 1)), 0), 0)).toBe(6000);
    expect(at(at(values(plan, a.team.cell(5, 1)), 0), 0)).toBe("MQL");
    expect(at(at(values(plan, a.ramp.cell(0, 4)), 0), 0)).toBe(0.9);
    expect(at(at(values(plan, a.yourHires.cell(0, 5)), 0), 0)).toBe(2);
    expect(at(at(values(plan, a.sdrs.cell(1, 0)), 0), 0)).toBe("MQL needed");
    expect(at(at(values(plan, a.plan.cell(1, 1)), 0), 0)).toBeCloseTo(
      100000 / 12 / (6000 * 0.8),
      12,
    );
  });

  it("pipeline coverage: the pasted deals and the quota", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newPipelineCoverage");
    const a = anchorsOf(plan);
    const close = at(at(values(plan, a.deals.cell(0, 3)), 0), 0);
    plan.getRange(a.deals.range(12, 0, 1, 4)).setValues([["Pasted", "SQL", 20000, close]]);
    plan.getRange(a.inputs.cell(0, 1)).setValue(40000);
    const pipeline = at(at(values(plan, a.results.cell(0, 1)), 0), 0);
    addon.run("refreshPlan");
    expect(errorCells(plan)).toEqual([]);
    expect(values(plan, a.deals.range(12, 0, 1, 3))).toEqual([["Pasted", "SQL", 20000]]);
    expect(at(at(values(plan, a.inputs.cell(0, 1)), 0), 0)).toBe(40000);
    expect(at(at(values(plan, a.results.cell(0, 1)), 0), 0)).toBe(pipeline);
    expect(at(at(values(plan, a.dealOdds.cell(13, 0)), 0), 0)).toBe(0.25);
  });
});
