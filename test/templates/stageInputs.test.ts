/**
 * What the team typed stays with its stage (SPEC §9): per-stage inputs follow their stage through
 * inserts, swaps and deletes — after the save (the store calls syncPlans inside it) and again after
 * Refresh plan; a new stage's input is empty and tinted; a removed stage's inputs are listed in the
 * plan's "Removed stages" table. Refresh keeps the user's own cells and finds the blocks after the
 * user inserted rows; Use measured days gives each stage its own median; Refresh and New plan are
 * all-or-nothing under a failure at any of their service calls.
 */
import { runNewPlan } from "../../fakes/newPlan";
import type { Funnel } from "../../src/core/funnel";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import type { Addon } from "../../fakes/addon";
import type { FakeSheet } from "../../fakes/spreadsheet";
import type { Anchor } from "../../src/addon/templates/layout";
import { syncPlans } from "../../src/addon/templates/planSync";
import { MISSING_INPUT } from "../../src/addon/templates/slotCells";
import { anchorsOf, errorCells, newPlan, values, withInboundFunnel } from "./templateHarness";
import { stage as typedStage } from "../harness/stages";
import { uiMessages } from "../../src/i18n/ui";

const en = uiMessages("en");

const stage = (name: string, rate: number | null, days: number | null) =>
  typedStage(name, rate, days, "Marketing");

const acquisition = (f: Funnel) =>
  f.stages
    .slice(0, (f.wonStageIndex ?? f.stages.length - 1) + 1)
    .map((s) => ({ id: s.id ?? "", name: s.name.trim() }));

/**
 * Saves an edit through the sidebar's server call and lets the plans follow it as the stage store
 * does inside its save (syncPlans with the acquisition stages before and after). Running it again
 * after a store that already synced changes nothing: slots are matched by key, not by position.
 */
function save(addon: Addon, change: (f: Funnel) => void): Funnel {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  const saved = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
  if (!saved.ok) throw new Error(saved.message);
  const undo: (() => void)[] = [];
  syncPlans({
    spreadsheet: addon.book as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    funnelKey: "Funnel",
    before: acquisition(loaded.funnel),
    after: acquisition(saved.loaded.funnel),
    undo,
  });
  return saved.loaded.funnel;
}

const insertAtTop = (f: Funnel) => f.stages.unshift(stage("Event", 0.5, 5));
const swapLeadAndMql = (f: Funnel) => {
  const lead = f.stages.findIndex((s) => s.name === "Lead");
  const mql = f.stages.findIndex((s) => s.name === "MQL");
  [f.stages[lead], f.stages[mql]] = [f.stages[mql]!, f.stages[lead]!];
};
const deleteSql = (f: Funnel) =>
  f.stages.splice(
    f.stages.findIndex((s) => s.name === "SQL"),
    1,
  );

/** A template whose inputs are typed per stage along rows: where its names and inputs are. */
interface RowsTemplate {
  command: string;
  names: string; // the block whose first column names the stages
  input: string; // the per-stage input block
  width: number; // typed cells per stage
}

const ROW_TEMPLATES: RowsTemplate[] = [
  { command: "newAnnualPlan", names: "volume.body", input: "costs.body", width: 1 },
  { command: "newFunnelHealth", names: "conversion.body", input: "actual.body", width: 1 },
  { command: "newPlanVsActual", names: "plan.body", input: "actual.body", width: 12 },
];

type Anchors = Readonly<Record<string, Anchor>>;
const anchors = (plan: FakeSheet) => anchorsOf(plan) as unknown as Anchors;

/** Stage name → the cells typed beside it, as the sheet shows them now. */
function typedByStage(plan: FakeSheet, t: RowsTemplate): Map<string, unknown[]> {
  const a = anchors(plan);
  const names = values(plan, a[t.names]!.range(0, 0, a[t.names]!.rows, 1)).map((r) => r[0]);
  const cells = values(plan, a[t.input]!.range(0, 0, a[t.input]!.rows, t.width));
  const out = new Map<string, unknown[]>();
  names.forEach((name, i) => {
    if (name !== "") out.set(String(name), cells[i]!);
  });
  return out;
}

/** The "Removed stages" table: name → the cells kept for it. */
function removedByStage(plan: FakeSheet, t: RowsTemplate): Map<string, unknown[]> {
  const body = anchors(plan)["removed.body"]!;
  const out = new Map<string, unknown[]>();
  for (const row of values(plan, body.range(0, 0, body.rows, 1 + t.width)))
    if (row[0] !== "") out.set(String(row[0]), row.slice(1));
  return out;
}

/** Distinct numbers per stage and cell, so a number one row off or swapped cannot pass. */
const typed = (stageIndex: number, width: number) =>
  Array.from({ length: width }, (_, j) => (stageIndex + 1) * 1111 + j);

describe.each(ROW_TEMPLATES)("$command: typed per-stage inputs follow their stage", (t) => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, t.command);
  const original = ["Visit", "Lead", "MQL", "SQL", "Customer"];
  const expected = new Map(original.map((name, i) => [name, typed(i, t.width)]));
  {
    const a = anchors(plan);
    original.forEach((_, i) =>
      plan.getRange(a[t.input]!.range(i, 0, 1, t.width)).setValues([typed(i, t.width)]),
    );
  }

  function expectAligned(newStage?: string): void {
    const shown = typedByStage(plan, t);
    for (const [name, cells] of expected)
      expect({ name, cells: shown.get(name) }).toEqual({ name, cells });
    if (newStage) {
      expect(shown.get(newStage)).toEqual(Array(t.width).fill(""));
      const a = anchors(plan);
      const row = [...shown.keys()].indexOf(newStage);
      expect(plan.getRange(a[t.input]!.cell(row, 0)).getBackgrounds()[0]![0]).toBe(MISSING_INPUT);
    }
    expect(errorCells(plan)).toEqual([]);
  }

  function refresh(): void {
    plan.activate();
    addon.run("refreshPlan");
  }

  it("a stage inserted at the top: every number stays beside its stage; the new one is empty and tinted", () => {
    save(addon, insertAtTop);
    expectAligned("Event");
    refresh();
    expectAligned("Event");
  });

  it("two stages swapped: their numbers swap with them", () => {
    save(addon, swapLeadAndMql);
    expectAligned();
    expect([...typedByStage(plan, t).keys()].slice(0, 4)).toEqual([
      "Event",
      "Visit",
      "MQL",
      "Lead",
    ]);
    refresh();
    expectAligned();
  });

  it("a middle stage deleted: its numbers go to the Removed stages table, no neighbour gets them", () => {
    save(addon, deleteSql);
    const sql = expected.get("SQL")!;
    expected.delete("SQL");
    expectAligned();
    expect(removedByStage(plan, t).get("SQL")).toEqual(sql);
    refresh();
    expectAligned();
    expect(removedByStage(plan, t).get("SQL")).toEqual(sql);
    // Nothing typed is anywhere else but beside its stage or in the removed table.
    // Nothing typed is anywhere in the input room or the removed table but where it belongs.
    const a = anchors(plan);
    const found = [
      ...values(plan, a[t.input]!.range(0, 0, a[t.input]!.rows, t.width)),
      ...values(plan, a["removed.body"]!.range(0, 1, a["removed.body"]!.rows, t.width)),
    ]
      .flat()
      .filter((v) => v !== "");
    expect(found.sort()).toEqual(original.flatMap((_, i) => typed(i, t.width)).sort());
  });
});

describe("Cohorts: each pasted export column follows its stage", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newCohorts");
  const columnOf = (name: string) => {
    const header = anchors(plan)["export.header"]!;
    const names = values(plan, header.range(0, 0, 1, header.cols))[0]!;
    return names.indexOf(name);
  };
  const exportColumn = (name: string) => {
    const body = anchors(plan)["export.body"]!;
    return values(plan, body.range(0, columnOf(name), 40, 1)).map((r) => r[0]);
  };
  const before = new Map(["Visit", "Lead", "MQL", "SQL"].map((s) => [s, exportColumn(s)]));

  it("has example dates in each stage's column to follow", () => {
    for (const cells of before.values())
      expect(cells.filter((v) => v !== "").length).toBeGreaterThan(3);
  });

  it("after a stage inserted at the top and two swapped, each column is its stage's, saved and refreshed", () => {
    save(addon, insertAtTop);
    save(addon, swapLeadAndMql);
    const check = () => {
      expect(columnOf("Event")).toBe(0);
      for (const [name, cells] of before)
        expect({ name, cells: exportColumn(name) }).toEqual({ name, cells });
      expect(exportColumn("Event").every((v) => v === "")).toBe(true);
    };
    check();
    plan.activate();
    addon.run("refreshPlan");
    check();
  });
});

describe("Use measured days matches medians to stages by stage, not by row", () => {
  it("after a stage inserted at the top: each stage gets its own median, the new one keeps its days", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newCohorts");
    const medians = () => {
      const days = anchors(plan)["days.body"]!;
      return new Map(
        values(plan, days.range(0, 0, days.rows, 2))
          .filter((r) => r[0] !== "" && typeof r[1] === "number")
          .map((r) => [String(r[0]), r[1] as number]),
      );
    };
    const measured = medians();
    expect([...measured.keys()]).toEqual(["Visit", "Lead", "MQL", "SQL"]);
    // Distinct medians, so a median handed to a neighbour cannot pass.
    expect(new Set(measured.values()).size).toBe(4);
    save(addon, insertAtTop);
    // The sheet measures each stage from its own column, moved with it.
    expect(medians()).toEqual(measured);
    plan.activate();
    addon.book.ui.answers.push("YES"); // the user confirms before → after
    addon.run("useMeasuredDays");
    const saved = addon.run<LoadedFunnel>("loadFunnel", "Funnel").funnel;
    const tidy = (d: number) => Math.round(d * 10) / 10;
    expect(saved.stages.map((s) => [s.name, s.daysInStage])).toEqual([
      ["Event", 5],
      ...[...measured].map(([name, days]) => [name, tidy(days)]),
      ["Customer", null],
    ]);
  });
});

describe("Refresh plan keeps what is not the add-on's", () => {
  it("the user's notes, formulas and a small table survive; rows inserted above and between blocks are followed", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newAnnualPlan");
    // Rows inserted above the inputs and between the inputs and the tables, with text in them.
    plan.insertRowsAfter(2, 3);
    plan.getRange(4, 1).setValue("Reviewed with finance");
    let a = anchors(plan);
    plan.insertRowsAfter(a.inputs!.lastRow + 1, 2);
    a = anchors(plan);
    plan.getRange(a.inputs!.cell(0, 1)).setValue(250000);
    plan.getRange(a.inputs!.cell(1, 1)).setValue(25000);
    // The user's own cells: a small table with a formula and a note, below the blocks.
    const below = a.volume!.lastRow + 3;
    plan.getRange(below, 1, 2, 3).setValues([
      ["Q1 campaign", 1200, ""],
      ["Q2 campaign", 800, ""],
    ]);
    plan.getRange(below, 3).setFormula(`=B${below}+B${below + 1}`);
    plan.getRange(below, 1).setNote("our own budget, not the add-on's");
    const userCells = () => [
      values(plan, "A4")[0]![0],
      plan.getRange(below, 1, 2, 3).getValues(),
      plan.getRange(below, 3).getFormula(),
      plan.getRange(below, 1).getNote(),
    ];
    const kept = userCells();
    expect(kept[0]).toBe("Reviewed with finance");
    expect(kept[1]).toEqual([
      ["Q1 campaign", 1200, 2000],
      ["Q2 campaign", 800, ""],
    ]);

    save(addon, insertAtTop);
    plan.activate();
    addon.run("refreshPlan");
    expect(addon.book.ui.alerts).toEqual([]);
    a = anchors(plan);
    expect(values(plan, a.inputs!.range(0, 1, 2, 1))).toEqual([[250000], [25000]]);
    expect(userCells()).toEqual(kept);
    // The won stage needs 250 000 ÷ 25 000 = 10 deals; Event is now the top stage.
    const body = a["volume.body"]!;
    expect(values(plan, body.cell(0, 0))[0]![0]).toBe("Event");
    expect(values(plan, body.cell(5, 0))[0]![0]).toBe("Customer");
    expect(values(plan, body.cell(5, 2))[0]![0]).toBe(10);
    expect(errorCells(plan)).toEqual([]);
  });
});

describe("Refresh plan and New plan are all-or-nothing (SPEC §9)", () => {
  function refreshable() {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newFunnelHealth");
    plan.getRange(anchors(plan)["actual.body"]!.cell(1, 0)).setValue(4444);
    save(addon, insertAtTop);
    plan.activate();
    return addon;
  }

  it("Refresh fails at each of its service writes in turn and leaves the workbook as it was", () => {
    const probe = refreshable();
    const start = probe.book.failures.count;
    probe.run("refreshPlan");
    const steps = probe.book.failures.count - start;
    expect(steps).toBeGreaterThanOrEqual(3);
    for (let step = 1; step <= steps; step++) {
      const addon = refreshable();
      const before = addon.book.snapshot();
      addon.book.failures.failOn("any", step);
      addon.run("refreshPlan");
      expect({ step, after: addon.book.snapshot() }).toEqual({ step, after: before });
      // Said in the user's words, Google's English text left out (SPEC §9, §11).
      expect(addon.book.ui.alerts.at(-1)?.prompt).toBe(
        `${en.plans.refreshFailed} ${en.store.restored}`,
      );
    }
  });

  it("New plan fails at each of its service writes in turn and leaves the workbook as it was", () => {
    const probe = withInboundFunnel();
    const start = probe.book.failures.count;
    newPlan(probe, "newAnnualPlan");
    const steps = probe.book.failures.count - start;
    expect(steps).toBeGreaterThanOrEqual(3);
    for (let step = 1; step <= steps; step++) {
      const addon = withInboundFunnel();
      const before = addon.book.snapshot();
      addon.book.failures.failOn("any", step);
      runNewPlan(addon, "newAnnualPlan");
      expect({ step, after: addon.book.snapshot() }).toEqual({ step, after: before });
      expect(addon.book.ui.alerts.at(-1)?.prompt).toBe(
        `${en.plans.newPlanFailed} ${en.store.restored}`,
      );
    }
  });
});

describe("a plan the save could not reach keeps its rows for their own stages", () => {
  it("a stage deleted while rows were inserted inside the plan's blocks never hands its input to a stage added later", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newAnnualPlan");
    save(addon, insertAtTop);
    const a = anchors(plan);
    plan.getRange(a["costs.body"]!.cell(0, 0)).setValue(5555); // typed beside Event
    // The user inserts a row inside the stage tables: the save cannot find the blocks now.
    plan.insertRowsAfter(a["costs.body"]!.row + 2, 1);
    save(addon, (f) => f.stages.shift()); // Event deleted; the plan keeps its rows as they were
    save(addon, (f) => f.stages.unshift({ ...stage("Trial", 0.5, 5) })); // a new top stage
    // The user takes the row out again and refreshes.
    plan.deleteRows(a["costs.body"]!.row + 3, 1);
    plan.activate();
    addon.run("refreshPlan");
    const shown = typedByStage(plan, ROW_TEMPLATES[0]!);
    expect(shown.get("Trial")).toEqual([""]);
    expect(removedByStage(plan, ROW_TEMPLATES[0]!).get("Event")).toEqual([5555]);
  });
});

describe("a stage renamed, then deleted", () => {
  it("is listed in Removed stages under the name it had when it was deleted", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newFunnelHealth");
    const t = ROW_TEMPLATES[1]!;
    const sqlRow = 3; // Visit, Lead, MQL, SQL
    plan.getRange(anchors(plan)[t.input]!.cell(sqlRow, 0)).setValue(4444);
    save(addon, (f) => {
      f.stages[sqlRow]!.name = "Sales accepted";
    });
    save(addon, (f) => f.stages.splice(sqlRow, 1));
    const removed = removedByStage(plan, t);
    expect([...removed.keys()]).toEqual(["Sales accepted"]);
    expect(removed.get("Sales accepted")).toEqual([4444]);
  });
});
