/**
 * SPEC §4 lets the team edit the stage table by hand ("the sheet is the source of truth"). A stage
 * row inserted or deleted by hand moves the stages the plans' formulas show at once, while the
 * costs typed in the annual plan stay in their rows — which no formula can fix. The next save from
 * the stage editor (here: one rate changed, no stage moved by the save itself) puts every typed
 * input back beside its own stage (SPEC §9: per-stage inputs belong to their stage, found by its
 * identity, through every insert and delete), as Refresh plan would. It once left them one row off:
 * the plans were realigned only when the save itself moved a stage.
 */
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import type { Addon } from "../../fakes/addon";
import type { FakeSheet } from "../../fakes/spreadsheet";
import { anchor, newPlan, values, withInboundFunnel } from "./templateHarness";

const TYPED = new Map([
  ["Visit", 11],
  ["Lead", 22],
  ["MQL", 33],
  ["SQL", 44],
  ["Customer", 55],
]);

function planWithCosts(): { addon: Addon; plan: FakeSheet } {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newAnnualPlan");
  const costs = anchor(plan, "costs.body");
  [...TYPED.values()].forEach((cost, i) => plan.getRange(costs.cell(i, 0)).setValue(cost));
  return { addon, plan };
}

/** A save from the stage editor that changes Visit's rate alone. */
function saveOneRate(addon: Addon): LoadedFunnel {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  funnel.stages[0]!.conversionToNext = 0.03;
  const saved = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
  expect(saved.ok).toBe(true);
  return loaded;
}

/** Each stage the plan shows, with the cost beside it. */
function costsBeside(plan: FakeSheet, rows: number): unknown[][] {
  const names = values(plan, anchor(plan, "volume.body").range(0, 0, rows, 1)).map((r) => r[0]);
  const shown = values(plan, anchor(plan, "costs.body").range(0, 0, rows, 1)).map((r) => r[0]);
  return names.map((name, i) => [name, shown[i]]);
}

it("a save after a stage inserted by hand puts every typed cost beside its own stage", () => {
  const { addon, plan } = planWithCosts();
  // By hand in the Funnel sheet: a row inserted below MQL (row 4), SAL typed into it.
  const funnelSheet = addon.book.getSheetByName("Funnel")!;
  funnelSheet.insertRowsAfter(4, 1);
  funnelSheet.getRange("A5:F5").setValues([["SAL", "Sales", 0.5, 10, "", ""]]);

  const loaded = saveOneRate(addon);
  expect(loaded.funnel.stages.map((s) => s.name)).toEqual([
    "Visit",
    "Lead",
    "MQL",
    "SAL",
    "SQL",
    "Customer",
  ]);
  expect(costsBeside(plan, 6)).toEqual(
    ["Visit", "Lead", "MQL", "SAL", "SQL", "Customer"].map((n) => [n, TYPED.get(n) ?? ""]),
  );
});

it("a save after a stage row deleted by hand keeps the others' costs beside them", () => {
  const { addon, plan } = planWithCosts();
  addon.book.getSheetByName("Funnel")!.deleteRows(4, 1); // MQL's row
  saveOneRate(addon);
  expect(costsBeside(plan, 4)).toEqual(
    ["Visit", "Lead", "SQL", "Customer"].map((n) => [n, TYPED.get(n)]),
  );
  // MQL's cost is kept where the team can find it (SPEC §9), not beside another stage.
  const all = plan.getDataRange().getValues().flat();
  expect(all.filter((v) => v === 33)).toHaveLength(1);
});

it("a save that follows a save moves nothing: the plan is read only when stages moved", () => {
  const { addon, plan } = planWithCosts();
  saveOneRate(addon);
  const before = plan.getDataRange().getValues();
  addon.counts.reset();
  saveOneRate(addon);
  expect(
    addon.counts.calls.filter((c) => c === "Spreadsheet.createDeveloperMetadataFinder"),
  ).toEqual([]);
  expect(plan.getDataRange().getValues()).toEqual(before);
});
