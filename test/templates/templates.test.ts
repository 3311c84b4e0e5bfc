import { diffSnapshots } from "../../fakes/spreadsheet";
import { callBudget } from "./specTables";
import {
  callsOnEvaluation,
  column,
  errorCells,
  freshAddon,
  newPlan,
  values,
  withInboundFunnel,
} from "./templateHarness";

/** Each template's call budget: one per table SPEC §6 names for it (specTables.ts). */
const TEMPLATE_TABLES: Record<string, number> = {
  newAnnualPlan: callBudget("Annual reverse funnel")!,
  newMonthlyTargets: callBudget("Monthly targets with sales-cycle lag")!,
  newChannelEconomics: callBudget("Channel CAC and LTV")!,
  newFunnelHealth: callBudget("Funnel health")!,
  newSlaTracker: callBudget("Marketing–sales SLA")!,
  newPlanVsActual: callBudget("Plan vs actual")!,
  newCohorts: callBudget("Cohorts and time in stage")!,
};

describe("Annual reverse funnel", () => {
  // The seed example: 100 000 target, 10 000 deal, 10% SQL → deal.
  const addon = withInboundFunnel((f) => {
    f.stages[3].conversionToNext = 0.1;
  });
  const before = addon.book.snapshot();
  const writesBefore = addon.book.writes.length;
  const plan = newPlan(addon, "newAnnualPlan");
  const planWrites = addon.book.writes.slice(writesBefore);

  it("computes 10 deals and 100 SQLs, aligned with the stage table", () => {
    expect(plan.getName()).toBe("Annual plan");
    expect(values(plan, "B5:B6")).toEqual([[100000], [10000]]);
    expect(values(plan, "A11:C15")).toEqual([
      ["Visit", 0.02, 41667],
      ["Lead", 0.3, 834],
      ["MQL", 0.4, 250],
      ["SQL", 0.1, 100],
      ["Customer", "", 10],
    ]);
    expect(column(plan, "D14:E14")).toEqual([25]);
    expect((values(plan, "E14")[0][0] as number).toFixed(2)).toBe("8.33");
    expect(column(plan, "F14:F15")).toEqual([expect.closeTo(0.1, 12), 1]);
    expect(errorCells(plan)).toEqual([]);
  });

  it("calls each function once per table: volume, scenarios, which stage to improve", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({ REQUIRED_LEADS: 2, STAGE_SENSITIVITY: 1 });
    expect([...calls.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
      TEMPLATE_TABLES.newAnnualPlan,
    );
  });

  it("labels inputs with the input style and formats numbers", () => {
    expect(plan.cell(5, 2)).toMatchObject({
      background: "#fef7e0",
      fontColor: "#1155cc",
      numberFormat: "[$€]#,##0",
    });
    // Every cell a result spills into carries the format, not only the formula's cell.
    for (let row = 11; row <= 15; row++) {
      expect(plan.cell(row, 3)?.numberFormat).toBe("#,##0");
      expect(plan.cell(row, 2)?.numberFormat).toBe("0.0%");
    }
    expect(plan.getRange("C12").getFormula()).toBe("");
    expect(plan.cell(11, 3)?.note).toMatch(/rounded up/);
    expect(plan.getFrozenRows()).toBe(2);
  });

  // Rows of the blocks below the chart (issue 10 kept rows 41–61 for the chart).
  const BUDGET = 64;
  const TOTALS = 95;
  const SCENARIOS = 104;
  const IMPROVE = 141;

  it("budgets each stage: cost per record × needed per year, total, implied CAC", () => {
    const rows = values(plan, `A${BUDGET}:D${BUDGET + 4}`);
    expect(rows.map((r) => r[0])).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    // Example costs from the won stage up: 0 (onboarding), 400 per SQL, 50 per MQL, 20, 2.
    expect(rows.map((r) => r[1])).toEqual([2, 20, 50, 400, 0]);
    const needs = column(plan, "C11:C15") as number[];
    expect(rows.map((r) => r[2])).toEqual(needs);
    const perStage = needs.map((need, i) => need * (rows[i][1] as number));
    expect(rows.map((r) => r[3])).toEqual(perStage);
    const budget = perStage.reduce((a, b) => a + b, 0);
    expect(values(plan, `A${TOTALS}:D${TOTALS + 1}`)).toEqual([
      ["Total acquisition budget", "", "", budget],
      ["Implied CAC", "", "", expect.closeTo(budget / 10, 9)],
    ]);
    expect(
      values(plan, `B${BUDGET + 5}:D${BUDGET + 29}`)
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
    expect(plan.cell(BUDGET, 2)).toMatchObject({ background: "#fef7e0" });
    expect(plan.cell(BUDGET + 29, 2)).toMatchObject({ background: "#fef7e0" });
    expect(plan.cell(BUDGET + 29, 4)?.numberFormat).toBe("[$€]#,##0");
  });

  it("plans low / plan / high scenarios with one REQUIRED_LEADS call, aligned with the stages", () => {
    expect(values(plan, `A${SCENARIOS - 5}:B${SCENARIOS - 3}`)).toEqual([
      ["Low", 80000],
      ["Plan", 100000],
      ["High", 120000],
    ]);
    expect(plan.getRange(`C${SCENARIOS}`).getFormula()).toBe("");
    // By hand: ⌈target ÷ 10 000 ÷ conversion to won⌉ per stage (the "end" rounding).
    const toWon = [0.02 * 0.3 * 0.4 * 0.1, 0.3 * 0.4 * 0.1, 0.4 * 0.1, 0.1, 1];
    const need = (target: number) =>
      toWon.map((c) => Math.ceil(target / 10000 / c - 1e-9 * Math.max(1, target / 10000 / c)));
    const rows = values(plan, `A${SCENARIOS}:D${SCENARIOS + 4}`);
    expect(rows.map((r) => r[0])).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    const low = need(80000);
    const mid = need(100000);
    const high = need(120000);
    rows.forEach((r, i) => expect(r.slice(1)).toEqual([low[i], mid[i], high[i]]));
    expect(column(plan, `C${SCENARIOS}:C${SCENARIOS + 4}`)).toEqual(column(plan, "C11:C15"));
  });

  it("names the stage to improve: the biggest drop in cost per won deal (STAGE_SENSITIVITY)", () => {
    const rates = [0.02, 0.3, 0.4, 0.1];
    const costs = [2, 20, 50, 400, 0];
    // Brute force: cost per won deal with each rate lifted by 10 % on its own.
    const costPerDeal = (r: number[]) => {
      let volume = 1;
      let total = costs[r.length];
      for (let i = r.length - 1; i >= 0; i--) {
        volume /= r[i];
        total += volume * costs[i];
      }
      return total;
    };
    const base = costPerDeal(rates);
    const expected = rates.map(
      (_, i) => costPerDeal(rates.map((r, j) => (j === i ? Math.min(1, r * 1.1) : r))) / base - 1,
    );
    const rows = values(plan, `A${IMPROVE}:B${IMPROVE + 4}`);
    expect(rows.map((r) => r[0])).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    rows.slice(0, 4).forEach((r, i) => expect(r[1]).toBeCloseTo(expected[i], 12));
    expect(rows[4][1]).toBe("");
    const best = expected.indexOf(Math.min(...expected));
    expect(values(plan, `B${IMPROVE - 4}`)[0][0]).toBe(rows[best][0]);
    expect(plan.getConditionalFormatRules()).toEqual([
      expect.objectContaining({ ranges: [`A${IMPROVE}:B${IMPROVE + 29}`] }),
    ]);
    // A bigger lift flows through the input cell.
    plan.getRange(`B${IMPROVE - 3}`).setValue(0.5);
    expect(values(plan, `B${IMPROVE + 3}`)[0][0]).toBeCloseTo(
      costPerDeal([0.02, 0.3, 0.4, 0.15]) / base - 1,
      12,
    );
    plan.getRange(`B${IMPROVE - 3}`).setValue(0.1);
  });

  it("draws the funnel as a bar chart of stages against yearly volume", () => {
    expect(plan.getCharts()).toEqual([
      expect.objectContaining({
        kind: "bar",
        title: "Required volume per stage (year)",
        // The whole 30-stage room: a stage added later is charted too.
        ranges: ["A10:A40", "C10:C40"],
      }),
    ]);
  });

  it("changes no existing sheet or named range", () => {
    const diff = diffSnapshots(before, addon.book.snapshot());
    expect(diff.namedRanges).toEqual([]);
    expect(diff.cells.length).toBeGreaterThan(20);
    expect(diff.cells.filter((c) => !c.startsWith("'Annual plan'!"))).toEqual([]);
    expect(planWrites.length).toBeGreaterThan(20);
    expect(planWrites.filter((w) => w.sheet !== "Annual plan")).toEqual([]);
  });

  it("recalculates when an input changes", () => {
    plan.getRange("B5").setValue(200000);
    expect(column(plan, "C11:C15")).toEqual([83334, 1667, 500, 200, 20]);
    plan.getRange("B5").setValue(100000);
  });

  it("follows the stage table when a rate is edited and saved", () => {
    const edited = withInboundFunnel((f) => {
      f.stages[3].conversionToNext = 0.2;
    });
    const sheet = newPlan(edited, "newAnnualPlan");
    expect(column(sheet, "C14:C15")).toEqual([50, 10]);
  });

  it("gets a unique name next to an existing plan", () => {
    expect(newPlan(addon, "newAnnualPlan").getName()).toBe("Annual plan 2");
  });
});

describe("a plan in a spreadsheet without a funnel", () => {
  it("creates the default Inbound funnel first, says so, and computes", () => {
    const addon = freshAddon();
    addon.run("newAnnualPlan");
    expect(addon.book.getSheets().map((s) => s.getName())).toEqual([
      "Notes",
      "Funnel",
      "Annual plan",
    ]);
    const plan = addon.book.getActiveSheet();
    expect(plan.getName()).toBe("Annual plan");
    expect(addon.book.getRangeByName("Funnel_Rates")).not.toBeNull();
    expect(addon.book.toasts[0].message).toMatch(/Inbound preset/);
    expect(column(plan, "A11:A15")).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    expect(column(plan, "C15")).toEqual([10]);
    expect(values(addon.book.getSheetByName("Notes")!, "A1:B1")).toEqual([["keep me", 42]]);
  });
});

describe("Monthly targets with sales-cycle lag", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newMonthlyTargets");

  it("defaults agree: 100 000 € ÷ 12 a month, and the months add up to 10 deals (SPEC §6)", () => {
    expect(values(plan, "B5:B6")).toEqual([[100000], [10000]]);
    expect(values(plan, "N12")[0][0]).toBeCloseTo(100000, 6);
    const customers = values(plan, "B20:N20")[0] as number[];
    expect(customers.slice(0, 12).reduce((a, b) => a + b, 0)).toBe(10);
    expect(customers[12]).toBe(10);
    // Running totals ⌈5t/6⌉: 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0 deals a month.
    expect(values(plan, "O20:R20")[0]).toEqual([3, 2, 3, 2]);
  });

  it("shifts each stage's volume earlier by the days in the stages below", () => {
    // One 10 000 deal closing in month 6 (column G); nothing else.
    plan.getRange("B12:M12").setValues([[0, 0, 0, 0, 0, 10000, 0, 0, 0, 0, 0, 0]]);
    const rows = values(plan, "A16:M20");
    expect(rows.map((r) => r[0])).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    const month = (stage: number) => rows[stage].slice(1) as number[];
    expect(month(4)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    // SQL: 45 days = 1.5 months before the deal → half in month 4, half in month 5 (1 deal ÷ 25% = 4).
    expect(month(3)).toEqual([0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0]);
    // MQL: 14 + 45 = 59 days ≈ 1.97 months → nearly all of it two months earlier.
    // "cumulative" rounding: the running total is rounded up, so the year holds exactly 10.
    expect(month(2).slice(3, 5)).toEqual([10, 0]);
    expect(month(2).reduce((a, b) => a + b, 0)).toBe(10);
    expect(errorCells(plan)).toEqual([]);
  });

  it("takes the pipeline for month 1's deals from the end of the year (FUNNEL_TARGETS' steady default), and notes the sales cycle", () => {
    plan.getRange("B12:M12").setValues([[10000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    // An 80-day cycle (2.67 months): month 1's visits enter 2 and 3 months before it, as the
    // repeating plan's November and October — nothing is dumped into month 1.
    const visits = values(plan, "B16:M16")[0] as number[];
    expect(visits.slice(0, 9)).toEqual(new Array(9).fill(0));
    expect(visits[9]).toBeGreaterThan(0);
    expect(visits[10]).toBeGreaterThan(0);
    expect(visits[11]).toBe(0);
    // Below the 30-stage room, where no spill can reach.
    expect(column(plan, "A47:A49")).toEqual([
      "Sales cycle: 80 days (about 2.7 months).",
      expect.stringMatching(/added to the first month, so the plan starts behind/),
      expect.stringMatching(/deals closing after the twelfth month are not part of this plan/),
    ]);
  });

  it("labels months from the first-month input and calls FUNNEL_TARGETS once", () => {
    // The first month is a =DATE() formula (a calendar date in the sheet's time zone).
    expect(plan.getRange("B8").getFormula()).toMatch(/^=DATE\(\d{4}, \d{1,2}, 1\)$/);
    expect(values(plan, "B11")[0][0]).toEqual(values(plan, "B15")[0][0]);
    expect(plan.cell(11, 2)?.numberFormat).toBe("mmm yyyy");
    const calls = callsOnEvaluation(addon, plan);
    expect(calls.get("FUNNEL_TARGETS")).toBe(1);
    expect([...calls.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
      TEMPLATE_TABLES.newMonthlyTargets,
    );
  });
});

describe("Channel CAC and LTV", () => {
  const addon = freshAddon();
  const plan = newPlan(addon, "newChannelEconomics");

  it("computes CAC, LTV, LTV:CAC and payback per channel", () => {
    expect(values(plan, "A6:E6")).toEqual([["Paid search", "Yes", 42000, 14, 3000]]);
    expect(values(plan, "A14:E14")).toEqual([
      ["Paid search", 900, 0.8, 0.02, expect.closeTo(36000, 6)],
    ]);
    const unit = values(plan, "A22:E22")[0];
    expect(unit.slice(0, 3)).toEqual(["Paid search", 3000, expect.closeTo(36000, 6)]);
    expect(unit[3]).toBeCloseTo(12, 9);
    expect(unit[4]).toBeCloseTo(3000 / 720, 9);
    expect(errorCells(plan)).toEqual([]);
  });

  it("compares blended and paid CAC", () => {
    const rows = values(plan, "A30:D31");
    expect(rows[0].slice(1, 3)).toEqual([168000, 49]);
    expect(rows[0][3]).toBeCloseTo(168000 / 49, 6);
    expect(rows[1].slice(1, 3)).toEqual([105000, 29]);
    expect(rows[1][3]).toBeCloseTo(105000 / 29, 6);
  });

  it("computes cost per lead and per opportunity per channel", () => {
    const spend = column(plan, "C6:C10") as number[];
    const rows = values(plan, "A36:E40");
    expect(values(plan, "A35:E35")[0]).toEqual([
      "Channel",
      "Leads",
      "Opportunities",
      "Cost per lead",
      "Cost per opportunity",
    ]);
    rows.forEach((r, i) => {
      expect(r[0]).toBe(values(plan, `A${6 + i}`)[0][0]);
      expect(r[3]).toBeCloseTo(spend[i] / (r[1] as number), 9);
      expect(r[4]).toBeCloseTo(spend[i] / (r[2] as number), 9);
    });
    plan.getRange("C38").setValue(0); // Events: no opportunities this period
    expect(values(plan, "D38:E38")).toEqual([[100, ""]]);
    expect(errorCells(plan)).toEqual([]);
    plan.getRange("C38").setValue(35);
  });

  it("a channel without customers shows an empty CAC, not an error", () => {
    plan.getRange("D8").setValue(0);
    expect(values(plan, "E8")).toEqual([[""]]);
    expect(errorCells(plan)).toEqual([]);
    plan.getRange("D8").setValue(7);
  });

  it("makes one custom-function call per table", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({ CAC: 2, LTV: 1, CAC_PAYBACK: 1 });
    expect([...calls.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
      TEMPLATE_TABLES.newChannelEconomics,
    );
  });
});

describe("Funnel health", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newFunnelHealth");

  it("compares actual with planned conversion and names the stickiest stage", () => {
    const rows = values(plan, "A8:F12");
    expect(rows.map((r) => r[0])).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    const volumes = rows.map((r) => r[1] as number);
    rows.slice(0, 4).forEach((r, i) => {
      expect(r[2]).toBeCloseTo(volumes[i + 1] / volumes[i], 12);
      expect(r[4]).toBeCloseTo((r[2] as number) - (r[3] as number), 12);
    });
    expect(rows[4].slice(2)).toEqual(["", "", "", ""]);
    // The stickiest stage is the one whose shortfall costs the most won deals (column F).
    const lost = rows.slice(0, 4).map((r) => r[5] as number);
    expect(values(plan, "B4")).toEqual([[rows[lost.indexOf(Math.max(...lost))][0]]]);
    expect(plan.getConditionalFormatRules()).toEqual([
      expect.objectContaining({ ranges: ["A8:F37"], background: "#fce8e6" }),
    ]);
    expect(plan.getCharts()[0]).toMatchObject({
      kind: "column",
      title: "Actual vs planned conversion",
    });
    expect(errorCells(plan)).toEqual([]);
  });

  it("follows edited actuals", () => {
    plan.getRange("B11").setValue(5); // few MQLs became SQLs
    expect(values(plan, "B4")).toEqual([["MQL"]]);
  });

  it("flags a 2 % → 1 % stage that loses half its volume over a larger point gap", () => {
    // Inbound plan: Visit 2 %, Lead 30 %, MQL 40 %, SQL 25 %. Visits convert at 1 % (−1 point,
    // half the leads lost); MQL → SQL at 35 % (−5 points, an eighth lost); the rest on plan.
    plan.getRange("B8:B12").setValues([[100000], [1000], [300], [105], [26]]);
    const gaps = column(plan, "E8:E11") as number[];
    expect(gaps[0]).toBeCloseTo(-0.01, 12);
    expect(gaps[2]).toBeCloseTo(-0.05, 12);
    // Won deals lost, by hand: the missing next-stage records × planned conversion from there.
    const lost = column(plan, "F8:F11") as number[];
    expect(lost[0]).toBeCloseTo((100000 * 0.02 - 1000) * 0.3 * 0.4 * 0.25, 9); // 30 deals
    expect(lost[2]).toBeCloseTo((300 * 0.4 - 105) * 0.25, 9); // 3.75 deals
    expect(values(plan, "B4")).toEqual([["Visit"]]);
  });

  it("shows lead velocity month over month", () => {
    const growth = values(plan, "B43:G43")[0];
    expect(growth[0]).toBe("");
    expect(growth[1]).toBeCloseTo((436 - 410) / 410, 12);
  });

  it("makes one custom-function call per table", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({ STAGE_CONVERSION: 1, LEAD_VELOCITY: 1 });
  });
});

describe("Marketing–sales SLA", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newSlaTracker");

  it("commits the monthly plan's MQL need, month by month (defaults agree, SPEC §6)", () => {
    const monthly = newPlan(withInboundFunnel(), "newMonthlyTargets");
    const mqlNeed = values(monthly, "B18:M18")[0];
    expect(values(monthly, "A18")[0][0]).toBe("MQL");
    expect(column(plan, "B10:B21")).toEqual(mqlNeed);
    expect(values(plan, "B9")[0][0]).toBe("Committed MQLs");
    expect(String(values(plan, "A2")[0][0])).toMatch(/^Funnel: Funnel · /);
  });

  it("tracks delivered vs committed MQLs, year to date as a percent, and follow-up time", () => {
    const months = values(plan, "B10:E21");
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
    const committed = reported.reduce((a, r) => a + (r[0] as number), 0);
    const delivered = reported.reduce((a, r) => a + (r[1] as number), 0);
    expect(values(plan, "B22:E22")[0]).toEqual([
      committed,
      delivered,
      expect.closeTo(delivered / committed, 12),
      delivered - committed,
    ]);
    expect(plan.cell(22, 4)?.numberFormat).toBe("0.0%");
    expect(column(plan, "D26:D30")).toEqual(["Yes", "No", "Yes", "Yes", "No"]);
    expect(errorCells(plan)).toEqual([]);
  });

  it("starts ten months ago, so the example actuals sit in past months", () => {
    // =DATE(…) in a date-formatted cell reads back as a Date: midnight of that calendar day in
    // the spreadsheet's time zone.
    expect(plan.getRange("B5").getFormula()).toMatch(/^=DATE\(/);
    const first = values(plan, "B5")[0][0] as Date;
    expect(Object.prototype.toString.call(first)).toBe("[object Date]");
    const [year, month, day] = new Intl.DateTimeFormat("en-CA", {
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
    expect(plan.getCharts()[0].ranges).toEqual(["A9:A21", "B9:B21", "C9:C21"]);
  });

  it("needs no custom-function call", () => {
    expect(callsOnEvaluation(addon, plan).size).toBe(0);
  });
});

describe("the New plan menu", () => {
  it("offers every template, each backed by a top-level function", () => {
    const addon = freshAddon();
    addon.run("onOpen", { authMode: "NONE" });
    const menu = addon.book.ui.menus[0];
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
