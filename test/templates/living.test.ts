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
import type { Anchor } from "../../src/addon/templates/layout";
import { servedPageData } from "../../fakes/pageData";
import {
  anchor,
  anchorsOf,
  errorCells,
  newPlan,
  values,
  withInboundFunnel,
} from "./templateHarness";
import { recordsForChance } from "./odds";
import { at } from "../harness/at";
import { stage as typedStage } from "../harness/stages";

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

const stage = (name: string, rate: number | null, days: number | null) =>
  typedStage(name, rate, days, "Sales");

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
      [f.stages[1], f.stages[2]] = [at(f.stages, 2), at(f.stages, 1)];
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
      f.stages = structuredClone(at(presets("en"), 0).stages);
      const sql = f.stages.findIndex((s) => s.name === "SQL");
      at(f.stages, sql).conversionToNext = null;
      at(f.stages, sql).daysInStage = null;
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
  for (let i = stages.length - 2; i >= 0; i--)
    out[i] = at(out, i + 1) * at(stages, i).conversionToNext!;
  return out;
}

const ceilNeed = (x: number) => Math.ceil(x - 1e-9 * Math.max(1, x));

/**
 * REQUIRED_LEADS' default "stage" rounding (SPEC §3), by hand: whole won deals, then each stage the
 * records for the whole records of the stage below, rounded up.
 */
function stageNeeds(stages: readonly Stage[], deals: number): number[] {
  const out = new Array<number>(stages.length);
  out[stages.length - 1] = ceilNeed(deals);
  for (let i = stages.length - 2; i >= 0; i--)
    out[i] = ceilNeed(out[i + 1]! / stages[i]!.conversionToNext!); // i + 1 < stages.length
  return out;
}

/** Cells of a stage room beyond the n stage rows: all empty. */
function strays(sheet: FakeSheet, body: Anchor, n: number, cols = body.cols): string[] {
  const out: string[] = [];
  sheet
    .getRange(body.row + n, body.col, ROOM - n, cols)
    .getValues()
    .forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "") out.push(`R${body.row + n + r}C${body.col + c}=${String(v)}`);
      }),
    );
  return out;
}

/** Cells of a stage room (columns `from`..`to` of the block) without a number format. */
function unformatted(sheet: FakeSheet, body: Anchor, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = body.row; r < body.row + ROOM; r++)
    for (let c = body.col + from; c <= body.col + to; c++)
      if (!sheet.cell(r, c)?.numberFormat) out.push(`R${r}C${c}`);
  return out;
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
  const capacity = newPlan(addon, "newCapacityPlan");
  const pipeline = newPlan(addon, "newPipelineCoverage");
  let funnel!: Funnel;
  for (let i = 0; i <= upTo; i++) funnel = edit(addon, at(EDITS, i)[1]);
  const stages = acquisition(funnel);
  const n = stages.length;
  const names = stages.map((s) => s.name);
  const conv = toWon(stages);
  const read = (sheet: FakeSheet, block: Anchor, cols = block.cols, rows = n) =>
    values(sheet, block.range(0, 0, rows, cols));

  it("annual plan: every stage's figures follow the new table, nothing else in the room", () => {
    expect(errorCells(annual)).toEqual([]);
    const body = anchor(annual, "volume.body");
    const rows = read(annual, body);
    expect(rows.map((r) => r[0])).toEqual(names);
    const needs = stageNeeds(stages, DEALS);
    rows.forEach((row, i) => {
      const need = at(needs, i);
      expect(at(row, 1)).toBe(i < n - 1 ? at(stages, i).conversionToNext : "");
      expect(row[2]).toBe(need);
      expect(at(row, 3)).toBe(recordsForChance(DEALS, at(conv, i), 0.9));
      expect(row[4]).toBeCloseTo(need / 4, 9);
      expect(row[5]).toBeCloseTo(need / 12, 9);
      expect(at(row, 6)).toBeCloseTo(at(conv, i), 12);
    });
    expect(strays(annual, body, n)).toEqual([]);
    expect(unformatted(annual, body, 1, 6)).toEqual([]);
    expect(chartsCover(annual, body.row + n - 1)).toBe(true);
  });

  it("annual plan, refreshed: budget, scenarios and the stage to improve follow the table", () => {
    expect(errorCells(annual)).toEqual([]); // before the refresh too: costs left behind are harmless
    annual.activate();
    addon.run("refreshPlan");
    expect(errorCells(annual)).toEqual([]);
    const a = anchorsOf(annual);
    const needs = read(annual, a["volume.body"], 3).map((r) => r[2] as number);
    // Cost per record kept beside its stage, × the need.
    const costs = read(annual, a["costs.body"]).map((r) => r[0]);
    expect(costs.every((c) => c === "" || (typeof c === "number" && c >= 0))).toBe(true);
    const amount = costs.map((c) => (c === "" ? 0 : (c as number)));
    expect(read(annual, a["budget.body"]).map((r) => r[0])).toEqual(
      costs.map((c, i) => (c === "" ? "" : (c as number) * at(needs, i))),
    );
    const total = amount.reduce((x, c, i) => x + c * at(needs, i), 0);
    expect(values(annual, a.results.range(0, 1, 2, 1))).toEqual([
      [total],
      [expect.closeTo(total / DEALS, 9)],
    ]);
    // Scenarios: 80 %, 100 %, 120 % of the target, by hand.
    const scenarios = [0.8, 1, 1.2].map((x) => stageNeeds(stages, DEALS * x));
    read(annual, a["scenarios.body"]).forEach((r, i) =>
      expect(r).toEqual(scenarios.map((need) => at(need, i))),
    );
    // Which stage to improve: brute-force cost per won deal with one rate lifted.
    const rates = stages.slice(0, n - 1).map((s) => s.conversionToNext!);
    const costPerDeal = (r: number[]) => {
      let volume = 1;
      let sum = at(amount, n - 1);
      for (let i = n - 2; i >= 0; i--) {
        volume /= at(r, i);
        sum += volume * at(amount, i);
      }
      return sum;
    };
    const base = costPerDeal(rates);
    const sens = read(annual, a["improve.body"]).map((r) => r[0]);
    rates.forEach((_, i) => {
      const lifted = rates.map((r, j) => (j === i ? Math.min(1, r * 1.1) : r));
      // With no cost typed for any stage (a preset's new stages), there is nothing to compare.
      if (base === 0) expect(at(sens, i)).toBe("");
      else expect(at(sens, i)).toBeCloseTo(costPerDeal(lifted) / base - 1, 12);
    });
    expect(sens[n - 1]).toBe("");
    for (const name of ["scenarios.body", "improve.body", "budget.body"] as const)
      expect(strays(annual, a[name], n)).toEqual([]);
    expect(unformatted(annual, a["scenarios.body"], 0, 2)).toEqual([]);
  });

  it("monthly targets: each stage's year adds up to its annual need; quarters to the year", () => {
    expect(errorCells(monthly)).toEqual([]);
    const body = anchor(monthly, "volume.body");
    const rows = read(monthly, body);
    expect(rows.map((r) => r[0])).toEqual(names);
    rows.forEach((row, i) => {
      const months = row.slice(1, 13) as number[];
      expect(months.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      const year = months.reduce((x, y) => x + y, 0);
      expect(year).toBe(ceilNeed(DEALS / at(conv, i)));
      expect(row[13]).toBe(year);
      expect((row.slice(14, 18) as number[]).reduce((x, y) => x + y, 0)).toBe(year);
    });
    expect(at(at(rows, n - 1), 13)).toBe(DEALS);
    expect(strays(monthly, body, n)).toEqual([]);
    expect(unformatted(monthly, body, 1, 17)).toEqual([]);
  });

  it("funnel health, refreshed: actual vs planned per stage; the stickiest costs most deals", () => {
    health.activate();
    addon.run("refreshPlan");
    expect(errorCells(health)).toEqual([]);
    const a = anchorsOf(health);
    const typedActuals = () => read(health, a["actual.body"]).map((r) => r[0]);
    const comparable = (actual: unknown[]) =>
      actual.some((v, i) => i < n - 1 && v !== "" && actual[i + 1] !== "");
    // A preset brings stages of its own with nothing typed for them yet (stages it keeps by name
    // keep theirs): the team types the missing ones, halving down the funnel, so that some stage
    // has an actual conversion to compare.
    if (!comparable(typedActuals())) {
      const typed = typedActuals().map((v, i) => [v === "" ? Math.round(4000 / 2 ** i) : v]);
      health.getRange(a["actual.body"].range(0, 0, n, 1)).setValues(typed);
    }
    const actual = typedActuals();
    expect(errorCells(health)).toEqual([]);
    const rows = read(health, a["conversion.body"]);
    expect(rows.map((r) => r[0])).toEqual(names);
    let worst = -1;
    let worstLost = 0;
    let compared = 0;
    rows.forEach((row, i) => {
      if (i === n - 1) {
        expect(row.slice(1)).toEqual(["", "", "", "", ""]);
        return;
      }
      const rate = at(stages, i).conversionToNext!;
      const [here, next] = [actual[i], actual[i + 1]];
      if (here === "" || next === "") {
        // A stage new to the funnel, nothing typed yet: no actual conversion to show.
        expect(row[1]).toBe("");
        return;
      }
      expect(row[1]).toBeCloseTo((next as number) / (here as number), 12);
      expect(row[2]).toBe(rate);
      expect(row[3]).toBeCloseTo((next as number) / (here as number) - rate, 12);
      expect(row[4]).toBeCloseTo((next as number) / (here as number) / rate - 1, 12);
      const lost = Math.max(0, ((here as number) * rate - (next as number)) * at(conv, i + 1));
      expect(row[5]).toBeCloseTo(lost, 6);
      if (lost > worstLost) [worst, worstLost] = [i, lost];
      compared++;
    });
    // Stages new to the funnel are skipped above; the others must still be compared.
    expect(compared).toBeGreaterThan(0);
    if (actual.every((v) => v !== ""))
      expect(at(at(values(health, a.stickiest.cell(0, 1)), 0), 0)).toBe(
        worst < 0 ? "none below plan" : names[worst],
      );
    expect(strays(health, a["conversion.body"], n)).toEqual([]);
    expect(unformatted(health, a["conversion.body"], 1, 5)).toEqual([]);
    expect(chartsCover(health, a["conversion.body"].row + n - 1)).toBe(true);
  });

  it("SLA tracker, refreshed, and channel economics: no error, the committed stage named", () => {
    sla.activate();
    addon.run("refreshPlan");
    expect(errorCells(sla)).toEqual([]);
    // The committed stage is the team's input (MQL when the plan was built): while the funnel
    // has it, its months are the monthly plan's; once it is gone the sheet says what to do.
    const commitment = anchor(sla, "commitment");
    expect(at(at(values(sla, commitment.cell(0, 1)), 0), 0)).toBe("MQL — committed");
    const committed = values(sla, commitment.range(1, 1, 12, 1)).map((r) => r[0]);
    const mql = names.findIndex((name) => name.toLowerCase() === "mql");
    if (mql >= 0) {
      const monthlyRow = at(
        values(monthly, anchor(monthly, "volume.body").range(mql, 1, 1, 12)),
        0,
      );
      expect(committed).toEqual(monthlyRow);
    } else {
      expect(at(committed, 0)).toBe(
        "Type the name of a stage of this funnel in “Committed stage”.",
      );
    }
    expect(errorCells(channels)).toEqual([]);
  });

  it("plan vs actual, refreshed: the plan adds up per stage, figures follow the actuals", () => {
    pva.activate();
    addon.run("refreshPlan");
    expect(errorCells(pva)).toEqual([]);
    const a = anchorsOf(pva);
    const plan = read(pva, a["plan.body"]);
    expect(plan.map((r) => r[0])).toEqual(names);
    // The plan starts after today, so it has no example actuals: the team types its first three
    // months (some ahead of plan, some behind) for the forecast to follow.
    const typed = plan.map((r) => [0.8, 1.1, 0.95].map((d, m) => Math.round(d * Number(r[m + 1]))));
    pva.getRange(a["actual.body"].range(0, 0, n, 3)).setValues(typed);
    const ytd = read(pva, a["ytd.body"]);
    ytd.forEach((row, i) => expect(at(row, 4)).toBe(ceilNeed(DEALS / at(conv, i))));
    const actual = read(pva, a["actual.body"]);
    expect(actual.map((r) => r.slice(0, 3))).toEqual(typed);
    let paced = 0;
    ytd.forEach((row, i) => {
      const reported = (actual[i] as (number | "")[])
        .map((x, mth) => [x, at(at(plan, i), mth + 1) as number] as const)
        .filter(([x]) => x !== "");
      const done = reported.reduce((sum, [x]) => sum + (x as number), 0);
      expect(row[0]).toBe(reported.reduce((sum, [, p]) => sum + p, 0));
      expect(row[1]).toBe(done);
      const planToDate = reported.reduce((sum, [, p]) => sum + p, 0);
      if (planToDate > 0) {
        expect(row[3]).toBeCloseTo((done / planToDate) * (row[4] as number), 9);
        paced++;
      }
    });
    // The run-rate forecast is checked on some stage, not only skipped.
    expect(paced).toBeGreaterThan(0);
    expect(values(pva, a.won.range(1, 1, 12, 1)).map((r) => r[0])).toEqual(
      at(plan, n - 1).slice(1, 13),
    );
    for (const name of ["plan.body", "attainment.body", "ytd.body"] as const)
      expect(strays(pva, a[name], n)).toEqual([]);
    expect(unformatted(pva, a["attainment.body"], 0, 11)).toEqual([]);
  });

  it("capacity plan: SDRs follow the stage before the won stage in the monthly plan", () => {
    expect(errorCells(capacity)).toEqual([]);
    const a = anchorsOf(capacity);
    expect(at(at(values(capacity, a.team.cell(5, 1)), 0), 0)).toBe(at(names, n - 2));
    const monthlyRow = at(
      values(monthly, anchor(monthly, "volume.body").range(n - 2, 1, 1, 12)),
      0,
    );
    expect(at(values(capacity, a.sdrs.range(1, 1, 1, 12)), 0)).toEqual(monthlyRow);
    expect(at(values(capacity, a.sdrs.range(2, 1, 1, 12)), 0)).toEqual(
      (monthlyRow as number[]).map((o) => Math.ceil(o / 15)),
    );
  });

  it("pipeline coverage: stages and win rates follow the table; deals at stages gone are counted", () => {
    expect(errorCells(pipeline)).toEqual([]);
    const a = anchorsOf(pipeline);
    const body = a["coverage.body"];
    const rows = read(pipeline, body);
    expect(rows.map((r) => r[0])).toEqual(names);
    rows.forEach((r, i) =>
      expect(at(r, 2)).toEqual(i < n - 1 ? expect.closeTo(at(conv, i), 12) : ""),
    );
    expect(strays(pipeline, body, n)).toEqual([]);
    const open = names.slice(0, n - 1);
    const deals = values(pipeline, a.deals.range(0, 0, 12, 4));
    const odds = values(pipeline, a.dealOdds.range(1, 0, 12, 1)).map((r) => r[0]);
    let gone = 0;
    deals.forEach(([, stage], i) => {
      const where = open.findIndex((s) => s.toLowerCase() === String(stage).toLowerCase());
      if (where < 0) gone++;
      expect(at(odds, i)).toEqual(where < 0 ? "" : expect.closeTo(at(conv, where), 12));
    });
    const leftOut = at(at(values(pipeline, a.leftOut.a1()), 0), 0);
    expect(leftOut).toEqual(gone === 0 ? "" : expect.stringMatching(new RegExp(`^${gone} deals`)));
    // "Stage or later" over the open stages: the first group holds every counted deal.
    const counted = at(at(values(pipeline, a.results.cell(0, 1)), 0), 0);
    expect(at(at(rows, 0), 3)).toBe(counted);
  });

  it("cohorts, refreshed: measured days and cohorts line up with the stages", () => {
    cohorts.activate();
    addon.run("refreshPlan");
    expect(errorCells(cohorts)).toEqual([]);
    const a = anchorsOf(cohorts);
    const days = read(cohorts, a["days.body"]);
    expect(days.map((r) => r[0])).toEqual(names);
    days.forEach((r, i) => {
      expect(r[1] === "" || (typeof r[1] === "number" && r[1] >= 0)).toBe(true);
      expect(at(r, 2)).toBe(i < n - 1 ? at(stages, i).daysInStage : "");
    });
    expect(at(at(days, n - 1), 1)).toBe("");
    expect(at(values(cohorts, a["export.header"].a1()), 0)).toEqual([
      ...names,
      ...new Array(30 - n).fill(""),
    ]);
    // One cohort column per stage after the first, nothing beyond.
    const header = at(values(cohorts, a.cohort.range(0, 0, 1, 31)), 0);
    expect(header.slice(2, n + 1)).toEqual(names.slice(1));
    expect(header.slice(n + 1).every((v) => v === "")).toBe(true);
    const first = at(values(cohorts, a.cohort.range(1, 0, 1, 31)), 0);
    expect(first.slice(n + 1).every((v) => v === "")).toBe(true);
    expect(strays(cohorts, a["days.body"], n)).toEqual([]);
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
    const a = anchorsOf(plan);
    expect(String(at(at(values(plan, a.title.cell(1, 0)), 0), 0))).toMatch(/^Funnel: EMEA · /);
    expect(JSON.parse(plan.getDeveloperMetadata()[0]!.getValue()!)).toMatchObject({
      template: "newAnnualPlan",
      funnel: "EMEA",
      funnelName: "EMEA",
    });
    expect(values(plan, a["volume.body"].range(0, 0, 7, 1)).map((r) => r[0])).toEqual(
      presets("en")
        .find((p) => p.id === "lifecycle")!
        .stages.map((s) => s.name),
    );
    expect(plan.getRange(a["volume.body"].cell(0, 2)).getFormula()).toContain("EMEA_Rates");
    expect(errorCells(plan)).toEqual([]);
    // With that plan active, the next plan follows the same funnel.
    const monthly = newPlan(addon, "newMonthlyTargets");
    expect(monthly.getRange(anchor(monthly, "volume.body").cell(0, 1)).getFormula()).toContain(
      "EMEA_Days",
    );
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
    expect(String(at(at(values(plan, anchor(plan, "title").cell(1, 0)), 0), 0))).toMatch(
      /^Funnel: EMEA · /,
    );
    expect(at(at(values(plan, anchor(plan, "conversion.body").cell(0, 0)), 0), 0)).toBe("Prospect");
    expect(errorCells(plan)).toEqual([]);
  });

  it("a funnel name is text in the dialog, never markup", () => {
    const addon = twoFunnels();
    const created = addon.run<{ ok: boolean }>("createFunnel", {
      name: "</script><b>x",
      stages: at(presets("en"), 0).stages,
    });
    expect(created.ok).toBe(true);
    addon.book.getSheetByName("Notes")!.activate();
    for (const command of ["newAnnualPlan", "newFunnelHealth"]) {
      addon.run(command);
      const content = addon.book.ui.dialogs.at(-1)!.content;
      expect(content).not.toContain("</script><b>");
      // Handed to the page as data: the name arrives exactly, to be shown as text.
      expect(servedPageData<ChooseFunnelData>(content).funnels.map((f) => f.name)).toContain(
        "</script><b>x",
      );
    }
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
    const target = anchor(plan, "inputs").cell(0, 1);
    plan.getRange(target).setValue(250000);
    edit(addon, (f) => f.stages.splice(1, 0, stage("Engaged", 0.5, 10)));
    plan.activate();
    addon.run("refreshPlan");
    const body = anchor(plan, "volume.body");
    expect(at(at(values(plan, target), 0), 0)).toBe(250000);
    expect(at(at(values(plan, body.cell(5, 2)), 0), 0)).toBe(25);
    expect(at(at(values(plan, body.cell(1, 0)), 0), 0)).toBe("Engaged");
    expect(plan.getCharts()).toHaveLength(1);
  });
});
