/**
 * Plan vs actual (SPEC §6.6) and Cohorts and time in stage (§6.7), built through the built add-on,
 * evaluated by the formula engine and checked against figures computed here by hand from the stage
 * table and the sheet's inputs.
 */
import type { LoadedFunnel } from "../../src/wire/stageApi";
import { serialFromDate } from "../../fakes/dates";
import { SPEC_TABLES } from "../../spec/templateTables";
import {
  anchor,
  anchorsOf,
  callsOnEvaluation,
  column,
  errorCells,
  newPlan,
  values,
  withInboundFunnel,
} from "./templateHarness";
import { at } from "../harness/at";

const MONTHS = 12;
const STAGES = ["Visit", "Lead", "MQL", "SQL", "Customer"];
const n = STAGES.length;
const DAY_MS = 86_400_000;
const serialToUtc = (serial: number) => new Date(Math.round((serial - 25569) * DAY_MS));

/**
 * A range's values with date-formatted cells as date serials: Sheets (and the fake) read a
 * date-formatted number back as a Date, midnight of that day in the spreadsheet's time zone.
 */
function serialValues(sheet: Parameters<typeof values>[0], a1: string): unknown[][] {
  const zone = sheet.getParent().getSpreadsheetTimeZone();
  return values(sheet, a1).map((row) =>
    row.map((v) =>
      Object.prototype.toString.call(v) === "[object Date]" ? serialFromDate(v as Date, zone) : v,
    ),
  );
}

describe("Plan vs actual", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newPlanVsActual");
  // Built in a workbook of its own, so evaluating this one counts only the plan's calls.
  const monthly = newPlan(withInboundFunnel(), "newMonthlyTargets");
  const a = anchorsOf(plan);
  const planBody = a["plan.body"];
  const actualBody = a["actual.body"];
  const ytd = a["ytd.body"];
  const planRows = () => values(plan, planBody.range(0, 1, n, MONTHS)) as number[][];
  const actualRows = () => values(plan, actualBody.range(0, 0, n, MONTHS)) as (number | "")[][];
  const monthlyBody = anchor(monthly, "volume.body");

  it("plans each month with the Monthly targets figures (defaults agree, one FUNNEL_TARGETS call)", () => {
    expect(errorCells(plan)).toEqual([]);
    expect(plan.getName()).toBe("Plan vs actual");
    expect(values(plan, a.inputs.range(0, 1, 3, 1))).toEqual([[100000], [10000], [30]]);
    expect(column(plan, planBody.range(0, 0, n, 1))).toEqual(STAGES);
    expect(planRows()).toEqual(values(monthly, monthlyBody.range(0, 1, n, MONTHS)));
    // The year's plan: each stage's annual need (won deals: 100 000 ÷ 10 000).
    expect(column(plan, ytd.range(0, 4, n, 1))).toEqual(
      column(monthly, monthlyBody.range(0, MONTHS + 1, n, 1)),
    );
    expect(at(at(values(plan, ytd.cell(n - 1, 4)), 0), 0)).toBe(10);
    const calls = callsOnEvaluation(addon, plan);
    expect(Object.fromEntries(calls)).toEqual({ FUNNEL_TARGETS: 1, PLAN_FORECAST: 1 });
    const total = [...calls.values()].reduce((x, y) => x + y, 0);
    expect(total).toBeLessThanOrEqual(at(SPEC_TABLES, "Plan vs actual").length);
  });

  it("example actuals fill the nine past months only, and start nine months ago", () => {
    const first = a.inputs.cell(3, 1);
    expect(plan.getRange(first).getFormula()).toBe("");
    const start = serialToUtc(at(at(serialValues(plan, first), 0), 0) as number);
    const today = new Date();
    expect(
      (today.getFullYear() - start.getUTCFullYear()) * 12 + today.getMonth() - start.getUTCMonth(),
    ).toBe(9);
    for (const row of actualRows()) {
      expect(row.slice(0, 9).every((v) => typeof v === "number")).toBe(true);
      expect(row.slice(9)).toEqual(["", "", ""]);
    }
    expect(
      values(plan, actualBody.range(n, 0, actualBody.rows - n, MONTHS))
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  });

  it("attainment per stage and month is actual ÷ plan; the room is highlighted when behind", () => {
    const planned = planRows();
    const actual = actualRows();
    const attainBody = a["attainment.body"];
    values(plan, attainBody.range(0, 0, n, MONTHS)).forEach((row, s) =>
      row.forEach((v, mth) => {
        const x = at(at(actual, s), mth);
        const p = at(at(planned, s), mth);
        if (x === "" || p <= 0) expect(v).toBe("");
        else expect(v).toBeCloseTo(x / p, 12);
      }),
    );
    expect(plan.cell(attainBody.row, attainBody.col)?.numberFormat).toBe("0.0%");
    expect(plan.cell(attainBody.lastRow, attainBody.lastCol)?.numberFormat).toBe("0.0%");
    expect(plan.getConditionalFormatRules()).toEqual([
      expect.objectContaining({ ranges: [attainBody.a1(), ytd.column(2)], background: "#fce8e6" }),
    ]);
    // A gap behind plan reads red; ahead of plan it reads as usual.
    expect(plan.cell(ytd.row, ytd.col + 5)?.numberFormat).toMatch(/\[Red\]-/);
    expect(plan.cell(ytd.lastRow, ytd.col + 2)?.numberFormat).toBe("0.0%");
  });

  it("year to date, forecast against the plan's own curve and gap, by hand; shading agrees", () => {
    const planned = planRows();
    const actual = actualRows();
    values(plan, ytd.range(0, 0, n, 6)).forEach((row, s) => {
      const reported = at(actual, s).map((v, mth) => [v, at(at(planned, s), mth)] as const);
      const done = reported.filter(([v]) => v !== "");
      const planToDate = done.reduce((sum, [, p]) => sum + p, 0);
      const actualToDate = done.reduce((sum, [v]) => sum + (v as number), 0);
      const year = at(planned, s).reduce((x, y) => x + y, 0);
      const attainment = actualToDate / planToDate;
      // Actual to date + the rest of the plan at the pace kept so far.
      const forecast = actualToDate + (year - planToDate) * attainment;
      expect(row.slice(0, 2)).toEqual([planToDate, actualToDate]);
      expect(row[2]).toBeCloseTo(attainment, 12);
      expect(row[3]).toBeCloseTo(forecast, 9);
      expect(row[4]).toBe(year);
      expect(row[5]).toBeCloseTo(forecast - year, 9);
      // Behind plan (shaded: attainment < 100 %) exactly when the gap is negative.
      expect(Math.sign(row[5] as number)).toBe(Math.sign(attainment - 1));
    });
  });

  it("charts plan vs actual won deals, month by month", () => {
    const won = values(plan, a.won.range(1, 0, MONTHS, 3));
    expect(won.map((r) => r[1])).toEqual(planRows()[n - 1]);
    expect(won.map((r) => r[2])).toEqual(actualRows()[n - 1]);
    expect(won.map((r) => r[0])).toEqual(at(values(plan, a.months.range(0, 1, 1, MONTHS)), 0));
    expect(plan.getCharts()).toEqual([
      expect.objectContaining({
        kind: "column",
        title: "Won deals: plan vs actual",
        ranges: [0, 1, 2].map((c) => a.won.column(c)),
      }),
    ]);
  });

  it("follows typed actuals, and Refresh plan keeps each beside its own stage", () => {
    plan.getRange(actualBody.cell(3, 3)).setValue(1); // SQLs in month 4: far behind
    const p = at(at(planRows(), 3), 3);
    expect(at(at(values(plan, a["attainment.body"].cell(3, 3)), 0), 0)).toBeCloseTo(1 / p, 12);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const funnel = structuredClone(loaded.funnel);
    funnel.stages.splice(1, 0, {
      name: "Engaged",
      owner: "Marketing",
      conversionToNext: 0.5,
      daysInStage: 5,
      entryCriteria: "",
      exitCriteria: "",
    });
    expect(
      addon.run<{ ok: boolean }>("saveFunnel", { funnel, fingerprint: loaded.fingerprint }).ok,
    ).toBe(true);
    plan.activate();
    addon.run("refreshPlan");
    expect(errorCells(plan)).toEqual([]);
    const body = anchor(plan, "actual.body");
    expect(column(plan, anchor(plan, "plan.body").range(0, 0, 6, 1))).toEqual([
      "Visit",
      "Engaged",
      "Lead",
      "MQL",
      "SQL",
      "Customer",
    ]);
    expect(at(at(values(plan, body.cell(4, 3)), 0), 0)).toBe(1); // SQL's typed figure moved with its stage
    // The new stage's actuals are empty and marked for the team to fill.
    expect(at(values(plan, body.range(1, 0, 1, MONTHS)), 0).every((v) => v === "")).toBe(true);
    expect(plan.cell(body.row + 1, body.col)?.background).toBe("#fce8b2");
  });
});

/** Median as PERCENTILE.INC(…, 0.5). */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (at(s, Math.floor(mid)) + at(s, Math.ceil(mid))) / 2;
}

describe("Cohorts and time in stage", () => {
  const addon = withInboundFunnel();
  const sheet = newPlan(addon, "newCohorts");
  const a = anchorsOf(sheet);
  const exportBody = a["export.body"];
  const days = a["days.body"];
  const exported = () =>
    (serialValues(sheet, exportBody.range(0, 0, exportBody.rows, n)) as (number | "")[][]).filter(
      (r) => r.some((v) => v !== ""),
    );

  function measuredByHand(): (number | "")[] {
    const rows = exported();
    return STAGES.map((_, s) => {
      if (s === n - 1) return "";
      const gaps = rows
        .filter((r) => r[s] !== "" && r[s + 1] !== "" && (r[s + 1] as number) >= (r[s] as number))
        .map((r) => (r[s + 1] as number) - (r[s] as number));
      return gaps.length ? median(gaps) : "";
    });
  }

  it("the export holds example dates as date serials under the stage names", () => {
    expect(errorCells(sheet)).toEqual([]);
    expect(at(values(sheet, a["export.header"].range(0, 0, 1, n + 1)), 0)).toEqual([...STAGES, ""]);
    const rows = exported();
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.flat().every((v) => v === "" || Number.isInteger(v))).toBe(true);
    expect(sheet.cell(exportBody.row, exportBody.col)?.numberFormat).toBe("yyyy-mm-dd");
    const today = new Date();
    const todaySerial =
      Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / DAY_MS + 25569;
    expect(Math.max(...rows.flat().filter((v): v is number => v !== ""))).toBeLessThanOrEqual(
      todaySerial,
    );
  });

  it("measures days in stage (median) by STAGE_DAYS, beside the stage table's days", () => {
    const rows = values(sheet, days.range(0, 0, n, 3));
    expect(rows.map((r) => r[0])).toEqual(STAGES);
    const byHand = measuredByHand();
    rows.forEach((r, s) =>
      byHand[s] === "" ? expect(r[1]).toBe("") : expect(r[1]).toBeCloseTo(byHand[s] as number, 9),
    );
    expect(byHand.slice(0, n - 1).every((v) => typeof v === "number")).toBe(true);
    expect(rows.map((r) => r[2])).toEqual([7, 14, 14, 45, ""]);
    expect(
      values(sheet, days.range(n, 0, days.rows - n, 3))
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  });

  it("converts monthly intake cohorts by COHORT_CONVERSION, counted by hand", () => {
    const rows = exported();
    const monthOf = (serial: number) => {
      const d = serialToUtc(serial);
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    };
    const cohorts = new Map<string, (number | "")[][]>();
    for (const r of rows) {
      const key = monthOf(r[0] as number);
      cohorts.set(key, [...(cohorts.get(key) ?? []), r]);
    }
    const table = values(sheet, a.cohort.range(1, 0, cohorts.size, n + 1));
    expect(at(values(sheet, a.cohort.range(0, 0, 1, n + 1)), 0)).toEqual([
      "Cohort",
      "Records",
      ...STAGES.slice(1),
    ]);
    expect(table.map((r) => r[0])).toEqual([...cohorts.keys()].sort());
    for (const row of table) {
      const members = cohorts.get(row[0] as string)!;
      expect(row[1]).toBe(members.length);
      for (let s = 1; s < n; s++) {
        const reached = members.filter((r) => r.slice(s).some((v) => v !== "")).length;
        expect(row[s + 1]).toBeCloseTo(reached / members.length, 12);
      }
    }
    expect(at(at(values(sheet, a.cohort.cell(1 + cohorts.size, 0)), 0), 0)).toBe("");
    const calls = callsOnEvaluation(addon, sheet);
    expect(Object.fromEntries(calls)).toEqual({ STAGE_DAYS: 1, COHORT_CONVERSION: 1 });
    expect(calls.size).toBeLessThanOrEqual(at(SPEC_TABLES, "Cohorts and time in stage").length);
  });

  it("Use measured days in the funnel saves the medians through the stage store and says what changed", () => {
    const byHand = measuredByHand();
    const before = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    sheet.activate();
    const tidy = (d: number) => Math.round(d * 10) / 10;
    // First it shows before → after and changes nothing until the user says yes.
    const untouched = addon.book.snapshot();
    addon.book.ui.answers.push("NO");
    addon.run("useMeasuredDays");
    const question = addon.book.ui.alerts.at(-1)!.prompt;
    expect(question).toMatch(
      /^Use the measured days in stage in the "Funnel" funnel\? Before → after:/,
    );
    expect(question).toContain(`Visit: 7 → ${tidy(byHand[0] as number)} days`);
    expect(addon.book.snapshot()).toEqual(untouched);
    addon.book.ui.answers.push("YES");
    addon.run("useMeasuredDays");
    const after = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.funnel.stages.map((s) => s.daysInStage)).toEqual([
      ...byHand.slice(0, n - 1).map((d) => tidy(d as number)),
      null,
    ]);
    // Everything else in the table is as it was.
    expect(after.funnel.stages.map((s) => [s.name, s.owner, s.conversionToNext])).toEqual(
      before.funnel.stages.map((s) => [s.name, s.owner, s.conversionToNext]),
    );
    const alert = addon.book.ui.alerts.at(-1)!;
    expect(alert.prompt).toContain('Saved the measured days in stage to the "Funnel" funnel.');
    expect(alert.prompt).toContain(`Visit: 7 → ${tidy(byHand[0] as number)} days`);
    // Asked again with the days already there: nothing to change, nothing asked.
    const asked = addon.book.ui.alerts.length;
    addon.run("useMeasuredDays");
    expect(addon.book.ui.alerts.length).toBe(asked + 1);
    expect(addon.book.ui.alerts.at(-1)!.prompt).toMatch(/already has the measured days/);
    // The sheet's "In the stage table" column now shows the saved days.
    expect(column(sheet, days.range(0, 2, n - 1, 1))).toEqual(
      byHand.slice(0, n - 1).map((d) => tidy(d as number)),
    );
  });

  it("on another sheet it explains where to use it and changes nothing", () => {
    addon.book.getSheetByName("Funnel")!.activate();
    const before = addon.book.snapshot();
    addon.run("useMeasuredDays");
    expect(addon.book.ui.alerts.at(-1)!.prompt).toMatch(/Open a Cohorts sheet/);
    expect(addon.book.snapshot()).toEqual(before);
  });

  it("an edit made in the table meanwhile is not overwritten: the store's conflict check refuses", () => {
    // Days that differ from the measured ones, so there is something to save.
    addon.book.getSheetByName("Funnel")!.getRange("D2").setValue(7);
    const funnelSheet = addon.book.getSheetByName("Funnel")!;
    const lock = addon.lock;
    const realTryLock = lock.tryLock.bind(lock);
    // Someone types in the stage table between the command's load and its save.
    lock.tryLock = (timeout: number) => {
      funnelSheet.getRange("B2").setValue("Growth team");
      lock.tryLock = realTryLock;
      return realTryLock(timeout);
    };
    const daysBefore = column(funnelSheet, "D2:D5");
    sheet.activate();
    addon.book.ui.answers.push("YES");
    addon.run("useMeasuredDays");
    expect(addon.book.ui.alerts.at(-1)!.prompt).toMatch(
      /^The days were not saved: The "Funnel" table changed in the sheet since you opened it/,
    );
    expect(column(funnelSheet, "D2:D5")).toEqual(daysBefore);
    expect(at(at(values(funnelSheet, "B2"), 0), 0)).toBe("Growth team");
  });

  it("while someone else saves, it says so and writes nothing", () => {
    // Days that differ from the measured ones, so there is something to save.
    addon.book.getSheetByName("Funnel")!.getRange("D2").setValue(7);
    addon.lock.heldElsewhere = true;
    const before = addon.book.snapshot();
    sheet.activate();
    addon.book.ui.answers.push("YES");
    addon.run("useMeasuredDays");
    addon.lock.heldElsewhere = false;
    expect(addon.book.ui.alerts.at(-1)!.prompt).toMatch(/^The days were not saved: Someone else/);
    expect(addon.book.snapshot()).toEqual(before);
  });

  it("a table the store refuses to save is left as it was, and the reason is shown", () => {
    // Days that differ from the measured ones, so there is something to save.
    addon.book.getSheetByName("Funnel")!.getRange("D2").setValue(7);
    const funnelSheet = addon.book.getSheetByName("Funnel")!;
    funnelSheet.getRange("C3").setValue(7); // 700 %: the store's validation refuses the table
    const before = addon.book.snapshot();
    sheet.activate();
    addon.book.ui.answers.push("YES");
    addon.run("useMeasuredDays");
    expect(addon.book.ui.alerts.at(-1)!.prompt).toMatch(/^The days were not saved: /);
    expect(addon.book.snapshot()).toEqual(before);
    funnelSheet.getRange("C3").setValue(0.3);
  });
});

describe("the sheets follow the spreadsheet's language (SPEC §11)", () => {
  it.each(["sv_SE", "ru_RU", "pl_PL", "zh_CN"])(
    "%s: translated text, the same figures",
    (locale) => {
      const addon = withInboundFunnel();
      addon.book.setSpreadsheetLocale(locale);
      const english = withInboundFunnel();
      const sheets = ["newAnnualPlan", "newChannelEconomics", "newPlanVsActual", "newCohorts"];
      for (const command of sheets) {
        const local = newPlan(addon, command);
        const base = newPlan(english, command);
        expect(errorCells(local)).toEqual([]);
        expect(local.getName()).not.toBe(base.getName());
        expect(at(at(values(local, "A1"), 0), 0)).not.toBe(at(at(values(base, "A1"), 0), 0));
        // Numbers do not depend on the language (the paid-CAC SUMIF matches the language's "yes").
        const numbers = (sheet: typeof local) =>
          values(sheet, "B5:N40").map((row) => row.map((v) => (typeof v === "number" ? v : "")));
        expect(numbers(local)).toEqual(numbers(base));
      }
    },
  );
});
