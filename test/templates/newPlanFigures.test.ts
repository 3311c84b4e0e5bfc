/**
 * New plan asks once (SPEC §6): the team's figures — 2 400 000 € a year, 24 000 € deals, a first
 * month, a currency — confirmed in New plan's dialog build Monthly targets, then Plan vs actual and
 * the SLA prefilled from that plan; a team's own six-stage funnel; every figure checked by hand.
 * Built through the built add-on and evaluated by the formula engine.
 */
import type { NewPlanData } from "../../src/wire/pages";
import { runNewPlan } from "../../fakes/newPlan";
import { at } from "../harness/at";
import { stage } from "../harness/stages";
import { anchorsOf, column, errorCells, values, withInboundFunnel } from "./templateHarness";

const MONTHS = 12;
const TARGET = 2_400_000;
const DEAL = 24_000;
const DEALS = TARGET / DEAL; // 100 a year

/** The team's own funnel: six stages down to the won one. */
const SIX = [
  stage("Lead", 0.3, 5),
  stage("Engaged", 0.6, 10),
  stage("MQL", 0.5, 7),
  stage("SQL", 0.4, 14),
  stage("Opportunity", 0.5, 30),
  stage("Won", null, null),
];
const toWon = SIX.map((_, i) =>
  SIX.slice(i, SIX.length - 1).reduce((p, s) => p * s.conversionToNext!, 1),
);
const ceilNeed = (x: number) => Math.ceil(x - 1e-9 * Math.max(1, x));

describe("New plan asks once and builds with the team's figures", () => {
  const addon = withInboundFunnel((f) => {
    f.stages = structuredClone(SIX);
  });
  const first = addon.book.ui.dialogs.length;
  const asked = runNewPlan(addon, "newMonthlyTargets", {
    target: TARGET,
    dealSize: DEAL,
    firstMonth: "2027-01",
    currency: "EUR",
  })!;
  const monthly = addon.book.getActiveSheet();
  const m = anchorsOf(monthly);
  const monthlyRows = values(
    monthly,
    m["volume.body"].range(0, 1, SIX.length, MONTHS),
  ) as number[][];

  it("asks in one dialog, offering the example figures and the spreadsheet's currency first", () => {
    expect(addon.book.ui.dialogs[first]!.title).toBe(
      "New plan: Monthly targets with sales-cycle lag",
    );
    // The funnel in view, offered alone: no list shows it, so it comes without a stage count
    // (counting its stages would cost service calls, SPEC §8).
    expect(asked.funnels).toEqual([
      expect.objectContaining({
        key: "Funnel",
        name: "Funnel",
        from: null,
        inputs: {
          target: 100000,
          dealSize: 10000,
          firstMonth: expect.any(String),
          currency: "EUR",
        },
      }),
    ]);
    expect(asked.funnels[0]).not.toHaveProperty("stageCount");
    // en_IE: the euro first.
    expect(asked.currencies[0]).toEqual({ code: "EUR", symbol: "€" });
    expect(asked.hasMonths).toBe(true);
  });

  it("Monthly targets: the team's figures, a steady plan that adds up to 100 deals, by hand", () => {
    expect(errorCells(monthly)).toEqual([]);
    expect(values(monthly, m.inputs.range(0, 1, 2, 1))).toEqual([[TARGET], [DEAL]]);
    expect(at(at(monthly.getRange(m.inputs.cell(3, 1)).getDisplayValues(), 0), 0)).toMatch(
      /^2027-01-01$/,
    );
    expect(monthly.cell(m.inputs.row, m.inputs.col + 1)?.numberFormat).toContain("€");
    monthlyRows.forEach((row, i) => {
      // Steady: every month the same need (whole records: at most one apart), no lump in month 1.
      expect(Math.max(...row) - Math.min(...row)).toBeLessThanOrEqual(1);
      // The year adds up to the annual need: 100 deals ÷ the conversion from the stage to won.
      expect(row.reduce((x, y) => x + y, 0)).toBe(ceilNeed(DEALS / toWon[i]!));
    });
    expect(monthlyRows[5]!.reduce((x, y) => x + y, 0)).toBe(100);
  });

  describe("Plan vs actual, prefilled from the monthly plan in view", () => {
    const from = addon.book.ui.dialogs.length;
    runNewPlan(addon, "newPlanVsActual");
    const data = (() => {
      const content = addon.book.ui.dialogs[from]!.content;
      return JSON.parse(/id="page-data">([^<]*)</.exec(content)![1]!) as NewPlanData;
    })();
    const pva = addon.book.getActiveSheet();
    const a = anchorsOf(pva);
    const planRows = values(pva, a["plan.body"].range(0, 1, SIX.length, MONTHS)) as number[][];

    it("offers the monthly plan's figures and says where they come from", () => {
      expect(data.funnels[0]).toEqual(
        expect.objectContaining({
          from: monthly.getName(),
          inputs: { target: TARGET, dealSize: DEAL, firstMonth: "2027-01", currency: "EUR" },
        }),
      );
      expect(values(pva, a.inputs.range(0, 1, 2, 1))).toEqual([[TARGET], [DEAL]]);
      expect(planRows).toEqual(monthlyRows);
      // The plan starts after today: no example actuals, and so no example mark.
      expect(
        values(pva, a["actual.body"].a1())
          .flat()
          .every((v) => v === ""),
      ).toBe(true);
      expect(String(at(at(values(pva, a["actual.note"].cell()), 0), 0))).not.toMatch(
        /^Example — replace/,
      );
    });

    it("paces each stage on the plan's own curve: gap, forecast and shading agree, by hand", () => {
      // Six months reported: MQL at 89.3 % of plan, Opportunity at 105 %, the rest on plan.
      const share = [1, 1, 0.893, 1, 1.05, 1];
      const typed = planRows.map((row, s) =>
        row.map((p, mth) => (mth < 6 ? Math.round(p * share[s]!) : "")),
      );
      pva.getRange(a["actual.body"].range(0, 0, SIX.length, MONTHS)).setValues(typed);
      const ytd = values(pva, a["ytd.body"].range(0, 0, SIX.length, 6)) as number[][];
      ytd.forEach((row, s) => {
        const planToDate = planRows[s]!.slice(0, 6).reduce((x, y) => x + y, 0);
        const actualToDate = (typed[s]!.slice(0, 6) as number[]).reduce((x, y) => x + y, 0);
        const year = planRows[s]!.reduce((x, y) => x + y, 0);
        const attainment = actualToDate / planToDate;
        const forecast = actualToDate + (year - planToDate) * attainment;
        expect(row[0]).toBe(planToDate);
        expect(row[1]).toBe(actualToDate);
        expect(row[2]).toBeCloseTo(attainment, 12);
        expect(row[3]).toBeCloseTo(forecast, 9);
        expect(row[4]).toBe(year);
        expect(row[5]).toBeCloseTo(forecast - year, 9);
        // Shaded (attainment < 100 %) exactly when the gap is behind.
        expect(row[5]! < 0).toBe(attainment < 1);
      });
      // MQL: 89.3 % of plan to date is behind, and the gap says so.
      expect(ytd[2]![2]).toBeLessThan(1);
      expect(ytd[2]![5]).toBeLessThan(0);
      expect(ytd[4]![5]).toBeGreaterThan(0);
      expect(errorCells(pva)).toEqual([]);
    });
  });

  describe("SLA, prefilled from the monthly plan in view", () => {
    monthly.activate();
    runNewPlan(addon, "newSlaTracker");
    const sla = addon.book.getActiveSheet();
    const a = anchorsOf(sla);

    it("commits the team's monthly MQL need from the plan's first month, heads read for the stage", () => {
      expect(errorCells(sla)).toEqual([]);
      expect(values(sla, a.inputs.range(0, 1, 2, 1))).toEqual([[TARGET], [DEAL]]);
      expect(at(at(sla.getRange(a.inputs.cell(3, 1)).getDisplayValues(), 0), 0)).toMatch(
        /^2027-01-01$/,
      );
      expect(column(sla, a.commitment.range(1, 1, MONTHS, 1))).toEqual(monthlyRows[2]);
      expect(at(at(sla.getRange(a.commitment.cell(1, 0)).getDisplayValues(), 0), 0)).toMatch(
        /^2027-01-01$/,
      );
      expect(values(sla, a.commitment.range(0, 1, 1, 2))[0]).toEqual([
        "MQL — committed",
        "MQL — delivered",
      ]);
    });

    it("commits another stage when the team types its name, its heads following", () => {
      sla.getRange(a.slaInputs.cell(0, 1)).setValue("Opportunity");
      expect(column(sla, a.commitment.range(1, 1, MONTHS, 1))).toEqual(monthlyRows[4]);
      expect(at(at(values(sla, a.commitment.cell(0, 1)), 0), 0)).toBe("Opportunity — committed");
      sla.getRange(a.slaInputs.cell(0, 1)).setValue("Nope");
      expect(at(at(values(sla, a.commitment.cell(1, 1)), 0), 0)).toBe(
        "Type the name of a stage of this funnel in “Committed stage”.",
      );
      expect(errorCells(sla)).toEqual([]);
    });
  });
});

describe("example inputs are marked in the sheet until replaced", () => {
  it.each([
    ["en_IE", "Example — replace"],
    ["sv_SE", "Exempel — ersätt"],
    ["ru_RU", "Пример — замените"],
    ["pl_PL", "Przykład — zastąp"],
    ["zh_CN", "示例 — 请替换"],
  ])("%s: the annual plan's example costs say %s, and stop once typed over", (locale, mark) => {
    const addon = withInboundFunnel();
    addon.book.setSpreadsheetLocale(locale);
    runNewPlan(addon, "newAnnualPlan");
    const plan = addon.book.getActiveSheet();
    const a = anchorsOf(plan);
    expect(at(at(values(plan, a["costs.note"].cell()), 0), 0)).toBe(mark);
    plan.getRange(a["costs.body"].cell(1, 0)).setValue(35);
    expect(at(at(values(plan, a["costs.note"].cell()), 0), 0)).toBe("");
  });

  it("the SLA marks its example deliveries and follow-up hours", () => {
    const addon = withInboundFunnel();
    runNewPlan(addon, "newSlaTracker");
    const sla = addon.book.getActiveSheet();
    const a = anchorsOf(sla);
    expect(at(at(values(sla, a.deliveredMark.cell()), 0), 0)).toBe("Example — replace");
    expect(at(at(values(sla, a.hoursMark.cell()), 0), 0)).toBe("Example — replace");
    sla.getRange(a.followUp.cell(1, 2)).setValue(12);
    expect(at(at(values(sla, a.hoursMark.cell()), 0), 0)).toBe("");
  });

  it("a currency the team picks is the plan's money format", () => {
    const addon = withInboundFunnel();
    addon.book.setSpreadsheetLocale("sv_SE");
    const asked = runNewPlan(addon, "newAnnualPlan", { currency: "USD" })!;
    expect(asked.currencies[0]).toEqual({ code: "SEK", symbol: "kr" });
    expect(asked.funnels[0]!.inputs.currency).toBe("SEK");
    const plan = addon.book.getActiveSheet();
    const a = anchorsOf(plan);
    expect(plan.cell(a.inputs.row, a.inputs.col + 1)?.numberFormat).toBe("[$$]#,##0");
  });
});
