import { diffSnapshots } from "../../fakes/spreadsheet";
import {
  callsOnEvaluation,
  column,
  errorCells,
  freshAddon,
  newPlan,
  values,
  withInboundFunnel,
} from "./templateHarness";

const TEMPLATE_TABLES: Record<string, number> = {
  newAnnualPlan: 2,
  newMonthlyTargets: 3,
  newChannelEconomics: 4,
  newFunnelHealth: 2,
  newSlaTracker: 3,
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
      ["Visit", 0.02, 41700],
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

  it("calls REQUIRED_LEADS once for the whole table", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(calls.get("REQUIRED_LEADS")).toBe(1);
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

  it("draws the funnel as a bar chart of stages against yearly volume", () => {
    expect(plan.getCharts()).toEqual([
      expect.objectContaining({
        kind: "bar",
        title: "Required volume per stage (year)",
        ranges: ["A10:A15", "C10:C15"],
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
    expect(column(plan, "C11:C15")).toEqual([83350, 1667, 500, 200, 20]);
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

  it("shifts each stage's volume earlier by the days in the stages below", () => {
    // One 10 000 deal closing in month 6 (column G); nothing else.
    plan.getRange("B11:M11").setValues([[0, 0, 0, 0, 0, 10000, 0, 0, 0, 0, 0, 0]]);
    const rows = values(plan, "A16:M20");
    expect(rows.map((r) => r[0])).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    const month = (stage: number) => rows[stage].slice(1) as number[];
    expect(month(4)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    // SQL: 45 days = 1.5 months before the deal → half in month 4, half in month 5 (1 deal ÷ 25% = 4).
    expect(month(3)).toEqual([0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0]);
    // MQL: 14 + 45 = 59 days ≈ 1.97 months → nearly all of it two months earlier.
    expect(month(2).slice(3, 5)).toEqual([10, 1]);
    expect(month(2).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10);
    expect(errorCells(plan)).toEqual([]);
  });

  it("puts volume needed before the plan starts into month 1, and says so", () => {
    plan.getRange("B11:M11").setValues([[10000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    const visits = values(plan, "B16:M16")[0] as number[];
    expect(visits[0]).toBeGreaterThan(0);
    expect(visits.slice(1).every((v) => v === 0)).toBe(true);
    expect(column(plan, "A22:A24")).toEqual([
      "Sales cycle: 80 days (about 2.7 months).",
      expect.stringMatching(/added to the first month, so the plan starts behind/),
      expect.stringMatching(/deals closing after the twelfth month are not part of this plan/),
    ]);
  });

  it("labels months from the first-month input and calls FUNNEL_TARGETS once", () => {
    const first = values(plan, "B7")[0][0];
    expect(values(plan, "B10")[0][0]).toEqual(values(plan, "B15")[0][0]);
    expect(Object.prototype.toString.call(first)).toBe("[object Date]");
    expect(plan.cell(10, 2)?.numberFormat).toBe("mmm yyyy");
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

  it("a channel without customers shows an empty CAC, not an error", () => {
    plan.getRange("D8").setValue(0);
    expect(values(plan, "E8")).toEqual([[""]]);
    expect(errorCells(plan)).toEqual([]);
    plan.getRange("D8").setValue(7);
  });

  it("makes one custom-function call per table", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({ CAC: 2, LTV: 1, CAC_PAYBACK: 1 });
    expect(4).toBeLessThanOrEqual(TEMPLATE_TABLES.newChannelEconomics);
  });
});

describe("Funnel health", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newFunnelHealth");

  it("compares actual with planned conversion and names the stickiest stage", () => {
    const rows = values(plan, "A6:E10");
    expect(rows.map((r) => r[0])).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    const volumes = rows.map((r) => r[1] as number);
    rows.slice(0, 4).forEach((r, i) => {
      expect(r[2]).toBeCloseTo(volumes[i + 1] / volumes[i], 12);
      expect(r[4]).toBeCloseTo((r[2] as number) - (r[3] as number), 12);
    });
    expect(rows[4].slice(2)).toEqual(["", "", ""]);
    // The example actuals drift below plan most at Lead → MQL.
    expect(values(plan, "B12")).toEqual([["Lead"]]);
    expect(plan.getConditionalFormatRules()).toEqual([
      expect.objectContaining({ ranges: ["A6:E9"], background: "#fce8e6" }),
    ]);
    expect(plan.getCharts()[0]).toMatchObject({
      kind: "column",
      title: "Actual vs planned conversion",
    });
    expect(errorCells(plan)).toEqual([]);
  });

  it("follows edited actuals", () => {
    plan.getRange("B9").setValue(5); // few MQLs became SQLs
    expect(values(plan, "B12")).toEqual([["MQL"]]);
  });

  it("shows lead velocity month over month", () => {
    const growth = values(plan, "B17:G17")[0];
    expect(growth[0]).toBe("");
    expect(growth[1]).toBeCloseTo((436 - 410) / 410, 12);
  });

  it("makes one custom-function call per table", () => {
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({ STAGE_CONVERSION: 1, LEAD_VELOCITY: 1 });
  });
});

describe("Marketing–sales SLA", () => {
  const addon = freshAddon();
  const plan = newPlan(addon, "newSlaTracker");

  it("tracks delivered vs committed MQLs and follow-up time", () => {
    expect(values(plan, "B10:E10")[0]).toEqual([120, 118, expect.closeTo(118 / 120, 12), -2]);
    expect(values(plan, "B20:E20")[0]).toEqual([0 + 120, "", "", ""]);
    expect(values(plan, "B22:E22")[0]).toEqual([1200, 1210, expect.closeTo(1210 / 1200, 12), 10]);
    expect(column(plan, "D26:D30")).toEqual(["Yes", "No", "Yes", "Yes", "No"]);
    expect(errorCells(plan)).toEqual([]);
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
