/**
 * Plans are living sheets (SPEC §6): each plan is built once, then the funnel is edited through the
 * same server calls the sidebar makes, and after every edit the plan sheet is evaluated by the
 * formula engine and checked against figures computed here by hand from the new stage table.
 */
import type { ChooseFunnelData } from "../../src/wire/pages";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import type { Funnel, Stage } from "../../src/core/funnel";
import { presets } from "../../src/i18n/presets";
import type { Addon } from "../../fakes/addon";
import type { FakeSheet } from "../../fakes/spreadsheet";
import { servedPageData } from "../harness/pageData";
import { errorCells, newPlan, values, withInboundFunnel } from "./templateHarness";

const ROOM = 30;
const DEALS = 10; // 100 000 € a year at 10 000 € deals

function edit(addon: Addon, change: (f: Funnel) => void): Funnel {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  const saved = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
  if (!saved.ok) throw new Error(`${saved.message} ${JSON.stringify(saved)}`);
  return saved.loaded.funnel;
}

const stage = (name: string, rate: number | null, days: number | null): Stage => ({
  name,
  owner: "Sales",
  conversionToNext: rate,
  daysInStage: days,
  entryCriteria: "",
  exitCriteria: "",
});

/** The edits a team makes, in order; each returns the funnel as saved. */
const EDITS: [string, (f: Funnel) => void][] = [
  [
    "add Opportunity (50 %) before Customer",
    (f) => {
      f.stages.splice(f.stages.length - 1, 0, stage("Opportunity", 0.5, 30));
    },
  ],
  [
    "delete MQL",
    (f) => {
      f.stages.splice(
        f.stages.findIndex((s) => s.name === "MQL"),
        1,
      );
    },
  ],
  [
    "reorder: move the second stage down",
    (f) => {
      [f.stages[1], f.stages[2]] = [f.stages[2], f.stages[1]];
    },
  ],
  ...presets("en").map((p): [string, (f: Funnel) => void] => [
    `apply the ${p.name} preset`,
    (f) => {
      f.stages = structuredClone(p.stages);
      if (p.wonStageIndex === undefined) delete f.wonStageIndex;
      else f.wonStageIndex = p.wonStageIndex;
    },
  ]),
  [
    "mark SQL as the won stage of the Inbound funnel",
    (f) => {
      f.stages = structuredClone(presets("en")[0].stages);
      const sql = f.stages.findIndex((s) => s.name === "SQL");
      f.stages[sql].conversionToNext = null;
      f.stages[sql].daysInStage = null;
      f.wonStageIndex = sql;
    },
  ],
];

/** The acquisition stages (down to the won stage) with their rates, as the test reads the table. */
function acquisition(f: Funnel): Stage[] {
  return f.stages.slice(0, (f.wonStageIndex ?? f.stages.length - 1) + 1);
}

/** Planned conversion from each stage to won: the product of the rates from it down. */
function toWon(stages: Stage[]): number[] {
  const out = new Array<number>(stages.length).fill(1);
  for (let i = stages.length - 2; i >= 0; i--) out[i] = out[i + 1] * stages[i].conversionToNext!;
  return out;
}

const ceilNeed = (x: number) => Math.ceil(x - 1e-9 * Math.max(1, x));

/** Cells of rows [first, first + ROOM) beyond the n stage rows, in columns 1..cols: all empty. */
function strays(sheet: FakeSheet, first: number, n: number, cols: number): string[] {
  const out: string[] = [];
  sheet
    .getRange(first + n, 1, ROOM - n, cols)
    .getValues()
    .forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "") out.push(`R${first + n + r}C${c + 1}=${String(v)}`);
      }),
    );
  return out;
}

function unformatted(sheet: FakeSheet, first: number, n: number, fromCol: number, toCol: number) {
  const out: string[] = [];
  for (let r = first; r < first + ROOM; r++)
    for (let c = fromCol; c <= toCol; c++)
      if (!sheet.cell(r, c)?.numberFormat) out.push(`R${r}C${c}`);
  return out.length === 0 && n <= ROOM ? [] : out;
}

function chartsCover(sheet: FakeSheet, lastStageRow: number): boolean {
  return sheet
    .getCharts()
    .every((chart) => chart.ranges.every((a1) => Number(/(\d+)$/.exec(a1)![1]) >= lastStageRow));
}

describe.each(EDITS.map((e, i) => [i, e[0]] as const))("after edit %i (%s)", (upTo) => {
  const addon = withInboundFunnel();
  const annual = newPlan(addon, "newAnnualPlan");
  const monthly = newPlan(addon, "newMonthlyTargets");
  const health = newPlan(addon, "newFunnelHealth");
  const sla = newPlan(addon, "newSlaTracker");
  const channels = newPlan(addon, "newChannelEconomics");
  const pva = newPlan(addon, "newPlanVsActual");
  const cohorts = newPlan(addon, "newCohorts");
  let funnel!: Funnel;
  for (let i = 0; i <= upTo; i++) funnel = edit(addon, EDITS[i][1]);
  const stages = acquisition(funnel);
  const n = stages.length;
  const names = stages.map((s) => s.name);
  const conv = toWon(stages);

  it("annual plan: every stage's figures follow the new table, nothing else in the room", () => {
    expect(errorCells(annual)).toEqual([]);
    const rows = values(annual, `A11:F${10 + n}`);
    expect(rows.map((r) => r[0])).toEqual(names);
    rows.forEach((row, i) => {
      const need = ceilNeed(DEALS / conv[i]);
      expect(row[1]).toBe(i < n - 1 ? stages[i].conversionToNext : "");
      expect(row[2]).toBe(need);
      expect(row[3]).toBeCloseTo(need / 4, 9);
      expect(row[4]).toBeCloseTo(need / 12, 9);
      expect(row[5]).toBeCloseTo(conv[i], 12);
    });
    expect(strays(annual, 11, n, 6)).toEqual([]);
    expect(unformatted(annual, 11, n, 2, 6)).toEqual([]);
    expect(chartsCover(annual, 10 + n)).toBe(true);
  });

  it("annual plan, refreshed: budget, scenarios and the stage to improve follow the table", () => {
    expect(errorCells(annual)).toEqual([]); // before the refresh too: costs left behind are harmless
    annual.activate();
    addon.run("refreshPlan");
    expect(errorCells(annual)).toEqual([]);
    const needs = values(annual, `C11:C${10 + n}`).map((r) => r[0] as number);
    // Budget (rows 64–93): cost per record kept by stage name, × the need.
    const budget = values(annual, `A64:D${63 + n}`);
    expect(budget.map((r) => r[0])).toEqual(names);
    const costs = budget.map((r) => r[1] as number);
    expect(costs.every((c) => typeof c === "number" && c >= 0)).toBe(true);
    budget.forEach((r, i) => expect(r.slice(2)).toEqual([needs[i], costs[i] * needs[i]]));
    const total = costs.reduce((a, c, i) => a + c * needs[i], 0);
    expect(values(annual, "D95:D96")).toEqual([[total], [expect.closeTo(total / DEALS, 9)]]);
    // Scenarios (rows 104–133): 80 %, 100 %, 120 % of the target, by hand.
    const scenarios = values(annual, `A104:D${103 + n}`);
    expect(scenarios.map((r) => r[0])).toEqual(names);
    scenarios.forEach((r, i) =>
      expect(r.slice(1)).toEqual([0.8, 1, 1.2].map((s) => ceilNeed((DEALS * s) / conv[i]))),
    );
    // Which stage to improve (rows 141–170): brute-force cost per won deal with one rate lifted.
    const rates = stages.slice(0, n - 1).map((s) => s.conversionToNext!);
    const costPerDeal = (r: number[]) => {
      let volume = 1;
      let sum = costs[n - 1];
      for (let i = n - 2; i >= 0; i--) {
        volume /= r[i];
        sum += volume * costs[i];
      }
      return sum;
    };
    const base = costPerDeal(rates);
    const sens = values(annual, `A141:B${140 + n}`);
    expect(sens.map((r) => r[0])).toEqual(names);
    rates.forEach((_, i) => {
      const lifted = rates.map((r, j) => (j === i ? Math.min(1, r * 1.1) : r));
      expect(sens[i][1]).toBeCloseTo(costPerDeal(lifted) / base - 1, 12);
    });
    expect(sens[n - 1][1]).toBe("");
    for (const first of [64, 104, 141]) expect(strays(annual, first, n, 4)).toEqual([]);
    expect(unformatted(annual, 104, n, 2, 4)).toEqual([]);
  });

  it("monthly targets: each stage's year adds up to its annual need; quarters to the year", () => {
    expect(errorCells(monthly)).toEqual([]);
    const rows = values(monthly, `A16:R${15 + n}`);
    expect(rows.map((r) => r[0])).toEqual(names);
    rows.forEach((row, i) => {
      const months = row.slice(1, 13) as number[];
      expect(months.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      const year = months.reduce((a, b) => a + b, 0);
      expect(year).toBe(ceilNeed(DEALS / conv[i]));
      expect(row[13]).toBe(year);
      expect((row.slice(14, 18) as number[]).reduce((a, b) => a + b, 0)).toBe(year);
    });
    expect(rows[n - 1][13]).toBe(DEALS);
    expect(strays(monthly, 16, n, 18)).toEqual([]);
    expect(unformatted(monthly, 16, n, 2, 18)).toEqual([]);
  });

  it("funnel health, refreshed: actual vs planned per stage; the stickiest costs most deals", () => {
    health.activate();
    addon.run("refreshPlan");
    expect(errorCells(health)).toEqual([]);
    const rows = values(health, `A8:F${7 + n}`);
    expect(rows.map((r) => r[0])).toEqual(names);
    const actual = rows.map((r) => r[1] as number);
    let worst = -1;
    let worstLost = 0;
    rows.forEach((row, i) => {
      if (i === n - 1) {
        expect(row.slice(2)).toEqual(["", "", "", ""]);
        return;
      }
      const rate = stages[i].conversionToNext!;
      expect(row[2]).toBeCloseTo(actual[i + 1] / actual[i], 12);
      expect(row[3]).toBe(rate);
      expect(row[4]).toBeCloseTo(actual[i + 1] / actual[i] - rate, 12);
      const lost = Math.max(0, (actual[i] * rate - actual[i + 1]) * conv[i + 1]);
      expect(row[5]).toBeCloseTo(lost, 6);
      if (lost > worstLost) [worst, worstLost] = [i, lost];
    });
    expect(values(health, "B4")[0][0]).toBe(worst < 0 ? "none below plan" : names[worst]);
    expect(strays(health, 8, n, 6)).toEqual([]);
    expect(unformatted(health, 8, n, 3, 6)).toEqual([]);
    expect(chartsCover(health, 7 + n)).toBe(true);
  });

  it("SLA tracker, refreshed, and channel economics: no error, the committed stage named", () => {
    sla.activate();
    addon.run("refreshPlan");
    expect(errorCells(sla)).toEqual([]);
    const mql = names.findIndex((name) => name.toLowerCase() === "mql");
    expect(values(sla, "B9")[0][0]).toBe(`Committed ${names[mql >= 0 ? mql : 1]}s`);
    expect(errorCells(channels)).toEqual([]);
  });
  it("plan vs actual, refreshed: the plan adds up per stage, figures follow the actuals", () => {
    pva.activate();
    addon.run("refreshPlan");
    expect(errorCells(pva)).toEqual([]);
    const plan = values(pva, `A16:N${15 + n}`);
    expect(plan.map((r) => r[0])).toEqual(names);
    plan.forEach((row, i) => expect(row[13]).toBe(ceilNeed(DEALS / conv[i])));
    const actual = values(pva, `A49:M${48 + n}`);
    expect(actual.map((r) => r[0])).toEqual(names);
    const ytd = values(pva, `A115:H${114 + n}`);
    ytd.forEach((row, i) => {
      const reported = (actual[i].slice(1) as (number | "")[])
        .map((a, mth) => [a, plan[i][mth + 1] as number] as const)
        .filter(([a]) => a !== "");
      const done = reported.reduce((sum, [a]) => sum + (a as number), 0);
      expect(row[0]).toBe(names[i]);
      expect(row[1]).toBe(reported.reduce((sum, [, p]) => sum + p, 0));
      expect(row[2]).toBe(done);
      expect(row[4]).toBe(reported.length);
      expect(row[6]).toBe(plan[i][13]);
      if (reported.length > 0) expect(row[5]).toBeCloseTo((done / reported.length) * 12, 9);
    });
    expect(values(pva, "B149:B160").map((r) => r[0])).toEqual(plan[n - 1].slice(1, 13));
    for (const [first, cols] of [
      [16, 14],
      [49, 14],
      [82, 13],
      [115, 8],
    ] as const)
      expect(strays(pva, first, n, cols)).toEqual([]);
    expect(unformatted(pva, 82, n, 2, 13)).toEqual([]);
  });

  it("cohorts, refreshed: measured days and cohorts line up with the stages", () => {
    cohorts.activate();
    addon.run("refreshPlan");
    expect(errorCells(cohorts)).toEqual([]);
    const days = values(cohorts, `A6:C${5 + n}`);
    expect(days.map((r) => r[0])).toEqual(names);
    days.forEach((r, i) => {
      expect(r[1] === "" || (typeof r[1] === "number" && r[1] >= 0)).toBe(true);
      expect(r[2]).toBe(i < n - 1 ? stages[i].daysInStage : "");
    });
    expect(days[n - 1][1]).toBe("");
    expect(values(cohorts, "A40:AD40")[0]).toEqual([...names, ...new Array(30 - n).fill("")]);
    // One cohort column per stage after the first, nothing beyond.
    const header = values(cohorts, "A543:AE543")[0];
    expect(header.slice(2, n + 1)).toEqual(names.slice(1));
    expect(header.slice(n + 1).every((v) => v === "")).toBe(true);
    const first = values(cohorts, "A544:AE544")[0];
    expect(first.slice(n + 1).every((v) => v === "")).toBe(true);
    expect(strays(cohorts, 6, n, 3)).toEqual([]);
  });
});

describe("the funnel is chosen, not guessed (SPEC §6)", () => {
  function twoFunnels(): Addon {
    const addon = withInboundFunnel();
    const lifecycle = presets("en").find((p) => p.id === "lifecycle")!;
    const created = addon.run<{ ok: boolean }>("createFunnel", {
      name: "EMEA",
      stages: lifecycle.stages,
    });
    expect(created.ok).toBe(true);
    return addon;
  }

  it("a plan built from the second funnel's sheet uses it, and names it at the top", () => {
    const addon = twoFunnels();
    addon.book.getSheetByName("EMEA")!.activate();
    const plan = newPlan(addon, "newAnnualPlan");
    expect(String(values(plan, "A2")[0][0])).toMatch(/^Funnel: EMEA · /);
    expect(plan.getRange("A2").getNote()).toBe(
      "Funnel Math plan · template=newAnnualPlan · funnel=EMEA",
    );
    expect(values(plan, "A11:A17").map((r) => r[0])).toEqual(
      presets("en")
        .find((p) => p.id === "lifecycle")!
        .stages.map((s) => s.name),
    );
    expect(plan.getRange("C11").getFormula()).toContain("EMEA_Rates");
    expect(errorCells(plan)).toEqual([]);
    // With that plan active, the next plan follows the same funnel.
    const monthly = newPlan(addon, "newMonthlyTargets");
    expect(monthly.getRange("B16").getFormula()).toContain("EMEA_Rates");
  });

  it("with a non-funnel sheet active, a dialog asks which; the choice builds the plan", () => {
    const addon = twoFunnels();
    addon.book.getSheetByName("Notes")!.activate();
    const sheets = addon.book.getSheets().length;
    addon.run("newFunnelHealth");
    expect(addon.book.getSheets()).toHaveLength(sheets); // nothing built yet
    const dialog = addon.book.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Funnel health: which funnel?");
    const data = servedPageData<ChooseFunnelData>(dialog.content);
    expect(data.command).toBe("newFunnelHealth");
    expect(data.funnels.map((f) => [f.name, f.stageCount])).toEqual([
      ["Funnel", 5],
      ["EMEA", 7],
    ]);
    addon.run("newPlanForFunnel", "newFunnelHealth", "EMEA");
    const plan = addon.book.getActiveSheet();
    expect(plan.getName()).toBe("Funnel health");
    expect(String(values(plan, "A2")[0][0])).toMatch(/^Funnel: EMEA · /);
    expect(values(plan, "A8")[0][0]).toBe("Prospect");
    expect(errorCells(plan)).toEqual([]);
  });

  it("a funnel name is text in the dialog, never markup", () => {
    const addon = twoFunnels();
    const created = addon.run<{ ok: boolean }>("createFunnel", {
      name: "</script><b>x",
      stages: presets("en")[0].stages,
    });
    expect(created.ok).toBe(true);
    addon.book.getSheetByName("Notes")!.activate();
    addon.run("newAnnualPlan");
    const content = addon.book.ui.dialogs.at(-1)!.content;
    expect(content).not.toContain("</script><b>");
    // Handed to the page as data: the name arrives exactly, to be shown as text.
    expect(servedPageData<ChooseFunnelData>(content).funnels.map((f) => f.name)).toContain(
      "</script><b>x",
    );
  });

  it("Refresh plan on a sheet that is not a plan says so and changes nothing", () => {
    const addon = twoFunnels();
    addon.book.getSheetByName("Notes")!.activate();
    const before = addon.book.snapshot();
    addon.run("refreshPlan");
    expect(addon.book.ui.alerts.at(-1)!.prompt).toMatch(
      /^Refresh plan rebuilds a plan sheet from its funnel/,
    );
    expect(addon.book.snapshot()).toEqual(before);
  });

  it("Refresh plan keeps the user's inputs", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newAnnualPlan");
    plan.getRange("B5").setValue(250000);
    edit(addon, (f) => f.stages.splice(1, 0, stage("Engaged", 0.5, 10)));
    plan.activate();
    addon.run("refreshPlan");
    expect(values(plan, "B5")[0][0]).toBe(250000);
    expect(values(plan, "C16")[0][0]).toBe(25);
    expect(values(plan, "A12")[0][0]).toBe("Engaged");
    expect(plan.getCharts()).toHaveLength(1);
  });
});
