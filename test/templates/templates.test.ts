import { diffSnapshots } from "../../fakes/spreadsheet";
import { runNewPlan } from "../../fakes/newPlan";
import { SPEC_TABLES } from "../../spec/templateTables";
import type { Anchor } from "../../src/addon/templates/layout";
import {
  anchor,
  anchorsOf,
  callsOnEvaluation,
  column,
  errorCells,
  freshAddon,
  newPlan,
  values,
  withInboundFunnel,
} from "./templateHarness";
import { at } from "../harness/at";
import { recordsForChance } from "./odds";

/** Each template's call budget: one per table SPEC §6 names for it (spec/templateTables.ts). */
const TEMPLATE_TABLES = {
  newAnnualPlan: at(SPEC_TABLES, "Annual reverse funnel").length,
  newMonthlyTargets: at(SPEC_TABLES, "Monthly targets with sales-cycle lag").length,
  newChannelEconomics: at(SPEC_TABLES, "Channel CAC and LTV").length,
  newFunnelHealth: at(SPEC_TABLES, "Funnel health").length,
  newSlaTracker: at(SPEC_TABLES, "Marketing–sales SLA").length,
  newPlanVsActual: at(SPEC_TABLES, "Plan vs actual").length,
  newCohorts: at(SPEC_TABLES, "Cohorts and time in stage").length,
  newCapacityPlan: at(SPEC_TABLES, "Capacity plan (reps, hires, SDRs)").length,
  newPipelineCoverage: at(SPEC_TABLES, "Pipeline coverage and forecast").length,
};

describe("Annual reverse funnel", () => {
  // The seed example: 100 000 target, 10 000 deal, 10% SQL → deal.
  const addon = withInboundFunnel((f) => {
    at(f.stages, 3).conversionToNext = 0.1;
  });
  const before = addon.book.snapshot();
  const writesBefore = addon.book.writes.length;
  const plan = newPlan(addon, "newAnnualPlan");
  const planWrites = addon.book.writes.slice(writesBefore);
  const a = anchorsOf(plan);
  const volume = a["volume.body"];
  const inputs = a.inputs;
  const results = a.results;
  const cells = (block: Anchor, r: number, c: number, rows: number, cols: number) =>
    values(plan, block.range(r, c, rows, cols));

  it("computes 10 deals and 100 SQLs, aligned with the stage table", () => {
    expect(plan.getName()).toBe("Annual plan");
    expect(cells(inputs, 0, 1, 2, 1)).toEqual([[100000], [10000]]);
    expect(cells(volume, 0, 0, 5, 3)).toEqual([
      ["Visit", 0.02, 41700],
      ["Lead", 0.3, 834],
      ["MQL", 0.4, 250],
      ["SQL", 0.1, 100],
      ["Customer", "", 10],
    ]);
    // Column 3 is the confidence column (tpl23): per quarter, per month and cumulative follow it.
    expect(cells(volume, 3, 4, 1, 1)).toEqual([[25]]);
    // One rounding: the plan's figures are what a lone =REQUIRED_LEADS cell shows for the same
    // inputs (its default "stage" rounding), not a second convention.
    const notes = addon.book.getSheetByName("Notes")!;
    notes.getRange("D1").setFormula(`=REQUIRED_LEADS(100000, 10000, Funnel_Rates)`);
    expect(notes.getRange("D1:D5").getValues()).toEqual(cells(volume, 0, 2, 5, 1));
    notes.getRange("D1").clearContent();
    expect((at(at(cells(volume, 3, 5, 1, 1), 0), 0) as number).toFixed(2)).toBe("8.33");
    expect(cells(volume, 3, 6, 2, 1).map((r) => r[0])).toEqual([expect.closeTo(0.1, 12), 1]);
    expect(errorCells(plan)).toEqual([]);
  });

  it("calls each function once per table: volume, scenarios, which stage to improve", () => {
    const calls = callsOnEvaluation(addon, plan);
    // REQUIRED_LEADS three times: the volume, its confidence column (tpl23), the scenarios.
    expect(Object.fromEntries(calls)).toEqual({ REQUIRED_LEADS: 3, STAGE_SENSITIVITY: 1 });
    expect([...calls.values()].reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(
      TEMPLATE_TABLES.newAnnualPlan,
    );
  });

  it("labels inputs with the input style and formats numbers", () => {
    expect(plan.cell(inputs.row, inputs.col + 1)).toMatchObject({
      background: "#fef7e0",
      fontColor: "#1155cc",
      numberFormat: "[$€]#,##0",
    });
    // Every cell a result spills into carries the format, not only the formula's cell, down the
    // whole room a funnel may grow into.
    for (let r = volume.row; r <= volume.lastRow; r++) {
      expect(plan.cell(r, volume.col + 2)?.numberFormat).toBe("#,##0");
      expect(plan.cell(r, volume.col + 1)?.numberFormat).toBe("0.0###%");
    }
    expect(plan.getRange(volume.cell(1, 2)).getFormula()).toBe("");
    expect(plan.cell(volume.row, volume.col + 2)?.note).toMatch(/rounded up/);
    // The header rows and the stage column stay in view.
    expect(plan.getFrozenRows()).toBe(a["volume.header"].row);
    expect(plan.getFrozenColumns()).toBe(1);
  });

  it("beside each yearly need, the records for a 90 % chance of the deals needed (by hand)", () => {
    expect(cells(inputs, 5, 0, 1, 2)).toEqual([["Confidence level", 0.9]]);
    expect(cells(a["volume.header"], 0, 3, 1, 1)).toEqual([["Needed for a 90% chance"]]);
    const toWon = [0.02 * 0.3 * 0.4 * 0.1, 0.3 * 0.4 * 0.1, 0.4 * 0.1, 0.1, 1];
    const confident = cells(volume, 0, 3, 5, 1).map((r) => r[0]);
    expect(confident).toEqual(toWon.map((p) => recordsForChance(10, p, 0.9)));
    // Never fewer than the average plan, which makes its deals only about half the time.
    cells(volume, 0, 2, 5, 1).forEach((r, i) =>
      expect(confident[i] as number).toBeGreaterThanOrEqual(r[0] as number),
    );
    expect(plan.cell(volume.row, volume.col + 3)?.note).toMatch(/confidence level/);
    // A lower level flows through the input (and the header says which).
    plan.getRange(inputs.cell(5, 1)).setValue(0.5);
    expect(at(at(cells(volume, 3, 3, 1, 1), 0), 0)).toBe(recordsForChance(10, 0.1, 0.5));
    expect(cells(a["volume.header"], 0, 3, 1, 1)).toEqual([["Needed for a 50% chance"]]);
    plan.getRange(inputs.cell(5, 1)).setValue(0.9);
  });

  it("budgets each stage: cost per record × needed per year, total, implied CAC", () => {
    const costs = cells(a["costs.body"], 0, 0, 5, 1).map((r) => r[0]);
    // Example costs from the won stage up: 0 (onboarding), 400 per SQL, 50 per MQL, 20, 2.
    expect(costs).toEqual([2, 20, 50, 400, 0]);
    const needs = cells(volume, 0, 2, 5, 1).map((r) => r[0] as number);
    const perStage = needs.map((need, i) => need * (costs[i] as number));
    expect(cells(a["budget.body"], 0, 0, 5, 1).map((r) => r[0])).toEqual(perStage);
    const budget = perStage.reduce((x, y) => x + y, 0);
    expect(cells(results, 0, 0, 2, 2)).toEqual([
      ["Total acquisition budget", budget],
      ["Implied CAC", expect.closeTo(budget / 10, 9)],
    ]);
    // The room past the last stage is empty, tinted as input and formatted for stages to come.
    const room = a["costs.body"];
    expect(
      values(plan, room.range(5, 0, room.rows - 5, 1))
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
    expect(plan.cell(room.lastRow, room.col)).toMatchObject({ background: "#fef7e0" });
    expect(plan.cell(a["budget.body"].lastRow, a["budget.body"].col)?.numberFormat).toBe(
      "[$€]#,##0",
    );
  });

  it("plans low / plan / high scenarios with one REQUIRED_LEADS call, aligned with the stages", () => {
    expect(cells(inputs, 3, 1, 2, 1)).toEqual([[0.8], [1.2]]);
    expect(cells(results, 3, 0, 3, 2)).toEqual([
      ["Low", 80000],
      ["Plan", 100000],
      ["High", 120000],
    ]);
    const scenarios = a["scenarios.body"];
    expect(plan.getRange(scenarios.cell(0, 1)).getFormula()).toBe("");
    // By hand, REQUIRED_LEADS' default "stage" rounding (SPEC §3): whole deals, then each stage
    // up from the won one ⌈next stage's rounded need ÷ its conversion⌉.
    const rates = [0.02, 0.3, 0.4, 0.1];
    const need = (target: number) => {
      const out = [Math.ceil(target / 10000)];
      for (let i = rates.length - 1; i >= 0; i--) {
        const exact = out[0]! / rates[i]!;
        out.unshift(Math.ceil(exact - 1e-9 * Math.max(1, exact)));
      }
      return out;
    };
    const rows = cells(scenarios, 0, 0, 5, 3);
    const [low, mid, high] = [need(80000), need(100000), need(120000)];
    rows.forEach((r, i) => expect(r).toEqual([low[i], mid[i], high[i]]));
    expect(rows.map((r) => r[1])).toEqual(cells(volume, 0, 2, 5, 1).map((r) => r[0]));
  });

  it("names the stage to improve: the biggest drop in cost per won deal (STAGE_SENSITIVITY)", () => {
    const rates = [0.02, 0.3, 0.4, 0.1];
    const costs = [2, 20, 50, 400, 0];
    // Brute force: cost per won deal with each rate lifted by 10 % on its own.
    const costPerDeal = (r: number[]) => {
      let volumeNeeded = 1;
      let sum = at(costs, r.length);
      for (let i = r.length - 1; i >= 0; i--) {
        volumeNeeded /= at(r, i);
        sum += volumeNeeded * at(costs, i);
      }
      return sum;
    };
    const base = costPerDeal(rates);
    const expected = rates.map(
      (_, i) => costPerDeal(rates.map((r, j) => (j === i ? Math.min(1, r * 1.1) : r))) / base - 1,
    );
    const improve = a["improve.body"];
    const rows = cells(improve, 0, 0, 5, 1).map((r) => r[0]);
    rows.slice(0, 4).forEach((v, i) => expect(v).toBeCloseTo(at(expected, i), 12));
    expect(rows[4]).toBe("");
    const names = cells(volume, 0, 0, 5, 1).map((r) => r[0]);
    const best = expected.indexOf(Math.min(...expected));
    expect(at(at(cells(results, 2, 1, 1, 1), 0), 0)).toBe(at(names, best));
    expect(plan.getConditionalFormatRules()).toEqual([
      expect.objectContaining({ ranges: [improve.a1(), volume.column(0)] }),
    ]);
    // A bigger lift flows through the input cell.
    plan.getRange(inputs.cell(2, 1)).setValue(0.5);
    expect(at(at(cells(improve, 3, 0, 1, 1), 0), 0)).toBeCloseTo(
      costPerDeal([0.02, 0.3, 0.4, 0.15]) / base - 1,
      12,
    );
    plan.getRange(inputs.cell(2, 1)).setValue(0.1);
  });

  it("draws the funnel as a bar chart of stages against yearly volume, beside the tables", () => {
    expect(plan.getCharts()).toEqual([
      expect.objectContaining({
        kind: "bar",
        title: "Required volume per stage (year)",
        // The whole room: a stage added later is charted too.
        ranges: [a.volume.column(0), a.volume.column(2)],
        row: a.chart.row,
        column: a.chart.col,
      }),
    ]);
  });

  it("changes no existing sheet or named range, and records itself on its own sheet", () => {
    const diff = diffSnapshots(before, addon.book.snapshot());
    expect(diff.namedRanges).toEqual([]);
    expect(diff.cells.length).toBeGreaterThan(20);
    expect(diff.cells.filter((c) => !c.startsWith("'Annual plan'!"))).toEqual([]);
    expect(diff.metadata).toEqual([
      expect.stringMatching(
        /^\+funnelMath\.plan=\{.*"template":"newAnnualPlan".*@sheet Annual plan$/,
      ),
    ]);
    expect(planWrites.length).toBeGreaterThan(5);
    expect(planWrites.filter((w) => w.sheet !== "Annual plan" && w.kind !== "metadata")).toEqual(
      [],
    );
  });

  it("recalculates when an input changes", () => {
    plan.getRange(inputs.cell(0, 1)).setValue(200000);
    expect(cells(volume, 0, 2, 5, 1).map((r) => r[0])).toEqual([83350, 1667, 500, 200, 20]);
    plan.getRange(inputs.cell(0, 1)).setValue(100000);
  });

  it("follows the stage table when a rate is edited and saved", () => {
    const edited = withInboundFunnel((f) => {
      at(f.stages, 3).conversionToNext = 0.2;
    });
    const sheet = newPlan(edited, "newAnnualPlan");
    const body = anchor(sheet, "volume.body");
    expect(column(sheet, body.range(3, 2, 2, 1))).toEqual([50, 10]);
  });

  it("gets a unique name next to an existing plan", () => {
    expect(newPlan(addon, "newAnnualPlan").getName()).toBe("Annual plan 2");
  });
});

describe("a plan in a spreadsheet without a funnel", () => {
  it("creates the default Inbound funnel first, says so, and computes", () => {
    const addon = freshAddon();
    runNewPlan(addon, "newAnnualPlan");
    expect(addon.book.getSheets().map((s) => s.getName())).toEqual([
      "Notes",
      "Funnel",
      "Annual plan",
    ]);
    const plan = addon.book.getActiveSheet();
    expect(plan.getName()).toBe("Annual plan");
    expect(addon.book.getRangeByName("Funnel_Rates")).not.toBeNull();
    expect(at(addon.book.toasts, 0).message).toMatch(/Inbound preset/);
    const body = anchor(plan, "volume.body");
    expect(column(plan, body.range(0, 0, 5, 1))).toEqual([
      "Visit",
      "Lead",
      "MQL",
      "SQL",
      "Customer",
    ]);
    expect(column(plan, body.cell(4, 2))).toEqual([10]);
    expect(values(addon.book.getSheetByName("Notes")!, "A1:B1")).toEqual([["keep me", 42]]);
  });
});

describe("Monthly targets with sales-cycle lag", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newMonthlyTargets");
  const a = anchorsOf(plan);
  const inputs = a.inputs;
  const months = a.months;
  const body = a["volume.body"];
  const targets = months.range(1, 1, 1, 12);

  it("defaults agree: 100 000 € ÷ 12 a month, and the months add up to 10 deals (SPEC §6)", () => {
    expect(values(plan, inputs.range(0, 1, 2, 1))).toEqual([[100000], [10000]]);
    expect(at(at(values(plan, months.cell(2, 1)), 0), 0)).toBeCloseTo(100000, 6);
    const customers = at(values(plan, body.range(4, 1, 1, 13)), 0) as number[];
    expect(customers.slice(0, 12).reduce((x, y) => x + y, 0)).toBe(10);
    expect(customers[12]).toBe(10);
    // Running totals ⌈5t/6⌉: 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0 deals a month.
    expect(at(values(plan, body.range(4, 14, 1, 4)), 0)).toEqual([3, 2, 3, 2]);
  });

  it("shifts each stage's volume earlier by the days in the stages below", () => {
    // One 10 000 deal closing in month 6; nothing else.
    plan.getRange(targets).setValues([[0, 0, 0, 0, 0, 10000, 0, 0, 0, 0, 0, 0]]);
    const rows = values(plan, body.range(0, 0, 5, 13));
    expect(rows.map((r) => r[0])).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    const month = (stage: number) => at(rows, stage).slice(1) as number[];
    expect(month(4)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    // SQL: 45 days = 1.5 months before the deal → half in month 4, half in month 5 (1 deal ÷ 25% = 4).
    expect(month(3)).toEqual([0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0]);
    // MQL: 14 + 45 = 59 days ≈ 1.97 months → nearly all of it two months earlier.
    // "cumulative" rounding: the running total is rounded up, so the year holds exactly 10.
    expect(month(2).slice(3, 5)).toEqual([10, 0]);
    expect(month(2).reduce((x, y) => x + y, 0)).toBe(10);
    expect(errorCells(plan)).toEqual([]);
  });

  it("takes the pipeline for month 1's deals from the end of the year (FUNNEL_TARGETS' steady default), and notes the sales cycle", () => {
    plan.getRange(targets).setValues([[10000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    // An 80-day cycle (2.67 months): month 1's visits enter 2 and 3 months before it, as the
    // repeating plan's November and October — nothing is dumped into month 1.
    const visits = at(values(plan, body.range(0, 1, 1, 12)), 0) as number[];
    expect(visits.slice(0, 9)).toEqual(new Array(9).fill(0));
    expect(visits[9]).toBeGreaterThan(0);
    expect(visits[10]).toBeGreaterThan(0);
    expect(visits[11]).toBe(0);
    // Beside the stage room, where no spill can reach.
    expect(column(plan, a.notes.range(0, 0, 3, 1))).toEqual([
      "Sales cycle: 80 days (about 2.7 months).",
      expect.stringMatching(/^Steady pipeline: .* no lump in the first month\.$/),
      expect.stringMatching(/^The last months carry the pipeline for next year's first deals/),
    ]);
  });

  it("labels months from the first-month input and calls FUNNEL_TARGETS once", () => {
    // The first month is a date serial (a calendar date in the sheet's time zone).
    expect(plan.getRange(inputs.cell(3, 1)).getFormula()).toBe("");
    expect(at(at(values(plan, months.cell(0, 1)), 0), 0)).toEqual(
      at(at(values(plan, a["volume.header"].cell(0, 1)), 0), 0),
    );
    expect(plan.cell(months.row, months.col + 1)?.numberFormat).toBe("mmm yyyy");
    const calls = callsOnEvaluation(addon, plan);
    expect(calls.get("FUNNEL_TARGETS")).toBe(1);
    expect([...calls.values()].reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(
      TEMPLATE_TABLES.newMonthlyTargets,
    );
  });
});

describe("Channel CAC and LTV", () => {
  const addon = freshAddon();
  const plan = newPlan(addon, "newChannelEconomics");
  const a = anchorsOf(plan);
  const row = (table: Anchor, i: number, cols = table.cols) =>
    at(values(plan, table.range(1 + i, 0, 1, cols)), 0);

  it("computes CAC, LTV, LTV:CAC and payback per channel", () => {
    expect(row(a.acquisition, 0)).toEqual(["Paid search", true, 42000, 14, 3000]);
    expect(row(a.value, 0)).toEqual(["Paid search", 900, 0.8, 0.02, expect.closeTo(36000, 6)]);
    const unit = row(a.unit, 0);
    expect(unit.slice(0, 3)).toEqual(["Paid search", 3000, expect.closeTo(36000, 6)]);
    expect(at(unit, 3)).toBeCloseTo(12, 9);
    expect(at(unit, 4)).toBeCloseTo(3000 / 720, 9);
    expect(errorCells(plan)).toEqual([]);
  });

  it("compares blended and paid CAC; paid means a ticked checkbox, in every language", () => {
    const [blended, paid] = [row(a.blended, 0, 4), row(a.blended, 1, 4)];
    expect(blended.slice(1, 3)).toEqual([168000, 49]);
    expect(at(blended, 3)).toBeCloseTo(168000 / 49, 6);
    expect(paid.slice(1, 3)).toEqual([105000, 29]);
    expect(at(paid, 3)).toBeCloseTo(105000 / 29, 6);
    const paidColumn = a.acquisition.range(1, 1, 5, 1);
    expect(plan.getRange(paidColumn).getDataValidation()).toEqual({ criteria: "CHECKBOX" });
  });

  it("computes cost per lead and per opportunity per channel", () => {
    const table = a.perRecord;
    expect(at(values(plan, table.range(0, 0, 1, 5)), 0)).toEqual([
      "Channel",
      "Leads",
      "Opportunities",
      "Cost per lead",
      "Cost per opportunity",
    ]);
    for (let i = 0; i < 5; i++) {
      const r = row(table, i);
      const spend = at(row(a.acquisition, i), 2) as number;
      expect(at(r, 0)).toBe(at(row(a.acquisition, i), 0));
      expect(at(r, 3)).toBeCloseTo(spend / (at(r, 1) as number), 9);
      expect(at(r, 4)).toBeCloseTo(spend / (at(r, 2) as number), 9);
    }
    const events = table.cell(3, 2);
    plan.getRange(events).setValue(0); // Events: no opportunities this period
    expect(values(plan, table.range(3, 3, 1, 2))).toEqual([[100, ""]]);
    expect(errorCells(plan)).toEqual([]);
    plan.getRange(events).setValue(35);
  });

  it("a channel without customers shows an empty CAC, not an error", () => {
    plan.getRange(a.acquisition.cell(3, 3)).setValue(0);
    expect(values(plan, a.acquisition.cell(3, 4))).toEqual([[""]]);
    expect(errorCells(plan)).toEqual([]);
    plan.getRange(a.acquisition.cell(3, 3)).setValue(7);
  });

  it("makes one custom-function call per table", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({ CAC: 2, LTV: 1, CAC_PAYBACK: 1 });
    expect([...calls.values()].reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(
      TEMPLATE_TABLES.newChannelEconomics,
    );
  });
});

describe("Funnel health", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newFunnelHealth");
  const a = anchorsOf(plan);
  const conv = a["conversion.body"];
  const actual = a["actual.body"];
  const stickiest = () => at(at(values(plan, a.stickiest.cell(0, 1)), 0), 0);
  const setVolumes = (v: number[]) =>
    plan.getRange(actual.range(0, 0, v.length, 1)).setValues(v.map((x) => [x]));

  it("compares actual with planned conversion and names the stickiest stage", () => {
    const rows = values(plan, conv.range(0, 0, 5, 6));
    expect(rows.map((r) => r[0])).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    const volumes = column(plan, actual.range(0, 0, 5, 1)) as number[];
    rows.slice(0, 4).forEach((r, i) => {
      expect(at(r, 1)).toBeCloseTo(at(volumes, i + 1) / at(volumes, i), 12);
      expect(r[3]).toBeCloseTo((r[1] as number) - (r[2] as number), 12);
      // The relative gap (SPEC §6.4): the gap as a share of the planned rate.
      expect(r[4]).toBeCloseTo((r[1] as number) / (r[2] as number) - 1, 12);
    });
    expect(at(rows, 4).slice(1)).toEqual(["", "", "", "", ""]);
    // The stickiest stage is the one whose shortfall costs the most won deals.
    const lost = rows.slice(0, 4).map((r) => r[5] as number);
    expect(stickiest()).toBe(at(at(rows, lost.indexOf(Math.max(...lost))), 0));
    expect(plan.getConditionalFormatRules()).toEqual([
      expect.objectContaining({ ranges: [conv.a1()], background: "#fce8e6" }),
    ]);
    expect(plan.getCharts()[0]).toMatchObject({
      kind: "column",
      title: "Actual vs planned conversion",
    });
    expect(errorCells(plan)).toEqual([]);
  });

  it("follows edited actuals", () => {
    plan.getRange(actual.cell(3, 0)).setValue(5); // few MQLs became SQLs
    expect(stickiest()).toBe("MQL");
  });

  it("flags a 2 % → 1 % stage that loses half its volume over a larger point gap", () => {
    // Inbound plan: Visit 2 %, Lead 30 %, MQL 40 %, SQL 25 %. Visits convert at 1 % (−1 point,
    // half the leads lost); MQL → SQL at 35 % (−5 points, an eighth lost); the rest on plan.
    setVolumes([100000, 1000, 300, 105, 26]);
    const gaps = column(plan, conv.range(0, 3, 4, 1)) as number[];
    expect(gaps[0]).toBeCloseTo(-0.01, 12);
    expect(gaps[2]).toBeCloseTo(-0.05, 12);
    // Won deals lost, by hand: the missing next-stage records × planned conversion from there.
    const relative = column(plan, conv.range(0, 4, 4, 1)) as number[];
    expect(relative[0]).toBeCloseTo(-0.5, 12); // 1 % against 2 %: half the plan
    expect(relative[2]).toBeCloseTo(-0.125, 12); // 35 % against 40 %
    const lost = column(plan, conv.range(0, 5, 4, 1)) as number[];
    expect(lost[0]).toBeCloseTo((100000 * 0.02 - 1000) * 0.3 * 0.4 * 0.25, 9); // 30 deals
    expect(lost[2]).toBeCloseTo((300 * 0.4 - 105) * 0.25, 9); // 3.75 deals
    expect(stickiest()).toBe("Visit");
  });

  it("shows lead velocity month over month", () => {
    const growth = at(values(plan, a.velocity.range(2, 1, 1, 6)), 0);
    expect(at(growth, 0)).toBe("");
    expect(at(growth, 1)).toBeCloseTo((436 - 410) / 410, 12);
  });

  it("makes one custom-function call per table", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({ STAGE_CONVERSION: 1, LEAD_VELOCITY: 1 });
  });
});

describe("Marketing–sales SLA", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newSlaTracker");
  const a = anchorsOf(plan);
  const table = a.commitment;
  const followUp = a.followUp;

  it("commits the monthly plan's MQL need, month by month (defaults agree, SPEC §6)", () => {
    const monthly = newPlan(withInboundFunnel(), "newMonthlyTargets");
    const body = anchor(monthly, "volume.body");
    const mqlNeed = at(values(monthly, body.range(2, 1, 1, 12)), 0);
    expect(at(at(values(monthly, body.cell(2, 0)), 0), 0)).toBe("MQL");
    expect(column(plan, table.range(1, 1, 12, 1))).toEqual(mqlNeed);
    // Column heads that read for any stage name.
    expect(at(values(plan, table.range(0, 1, 1, 2)), 0)).toEqual([
      "MQL — committed",
      "MQL — delivered",
    ]);
    expect(String(at(at(values(plan, a.title.cell(1, 0)), 0), 0))).toMatch(/^Funnel: Funnel · /);
  });

  it("tracks delivered vs committed MQLs, year to date as a percent, and follow-up time", () => {
    const months = values(plan, table.range(1, 1, 12, 4));
    months.forEach(([committed, delivered, share, gap], i) => {
      if (i >= 10) {
        // Example actuals fill past months only: the last two are still to come.
        expect([delivered, share, gap]).toEqual(["", "", ""]);
        return;
      }
      expect(share).toBeCloseTo((delivered as number) / (committed as number), 12);
      expect(gap).toBe((delivered as number) - (committed as number));
    });
    const reported = months.slice(0, 10);
    const committed = reported.reduce((x, r) => x + (r[0] as number), 0);
    const delivered = reported.reduce((x, r) => x + (r[1] as number), 0);
    expect(at(values(plan, table.range(13, 1, 1, 4)), 0)).toEqual([
      committed,
      delivered,
      expect.closeTo(delivered / committed, 12),
      delivered - committed,
    ]);
    expect(plan.cell(table.rowAt(13), table.col + 3)?.numberFormat).toBe("0.0%");
    // Follow-up within 24 hours: 20, 26, 18, 22, 31 hours in the first months.
    expect(column(plan, followUp.range(1, 1, 5, 1))).toEqual(["Yes", "No", "Yes", "Yes", "No"]);
    expect(errorCells(plan)).toEqual([]);
  });

  it("starts ten months ago, so the example actuals sit in past months", () => {
    // A date serial in a date-formatted cell reads back as a Date: midnight of that calendar day
    // in the spreadsheet's time zone.
    const first = at(at(values(plan, a.inputs.cell(3, 1)), 0), 0) as Date;
    expect(Object.prototype.toString.call(first)).toBe("[object Date]");
    const [year = NaN, month = NaN, day = NaN] = new Intl.DateTimeFormat("en-CA", {
      timeZone: addon.book.getSpreadsheetTimeZone(),
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    })
      .format(first)
      .split("-")
      .map(Number);
    expect(day).toBe(1);
    const today = new Date();
    const monthsAgo = (today.getFullYear() - year) * 12 + today.getMonth() + 1 - month;
    expect(monthsAgo).toBe(10);
  });

  it("charts committed and delivered against the months", () => {
    expect(at(plan.getCharts(), 0).ranges).toEqual([0, 1, 2].map((c) => table.range(0, c, 13, 1)));
  });

  it("highlights months behind by comparing numbers, never words (SPEC §9)", () => {
    const rules = plan.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(at(rules, 0).formula).not.toMatch(/"(Yes|No)"/);
  });

  it("takes its commitments from one FUNNEL_TARGETS call, within its budget", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({ FUNNEL_TARGETS: 1 });
    expect(calls.get("FUNNEL_TARGETS")).toBeLessThanOrEqual(TEMPLATE_TABLES.newSlaTracker);
  });
});

describe("the New plan menu", () => {
  it("offers every template, each backed by a top-level function", () => {
    const addon = freshAddon();
    addon.run("onOpen", { authMode: "NONE" });
    const menu = at(addon.book.ui.menus, 0);
    const sub = menu.items.find((i) => "items" in i && i.label === "New plan");
    expect(
      sub && "items" in sub
        ? sub.items.map((i) => ("functionName" in i ? i.functionName : ""))
        : [],
    ).toEqual(Object.keys(TEMPLATE_TABLES));
    for (const command of Object.keys(TEMPLATE_TABLES))
      expect(addon.bundle.has(command)).toBe(true);
  });
});
