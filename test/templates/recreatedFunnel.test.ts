/**
 * A funnel deleted while its plans stay (SPEC §5: delete names the plans; the team may keep them),
 * then a new funnel created under the same name. Its key must not be the deleted funnel's: the
 * plans' formulas name `<key>_Stages`, `<key>_Rates`… and would bind to the new funnel at once,
 * the costs typed beside the old stages then shown and counted beside other stages (SPEC §9:
 * "per-stage inputs in plans belong to their stage … never lost or moved"). A formula of the
 * user's own that names a funnel not made yet still binds to it when it is made.
 */
import type { CreateResult, DeleteResult } from "../../src/wire/stageApi";
import { presets } from "../../src/i18n/presets";
import { runNewPlan } from "../../fakes/newPlan";
import { recalculateEverything } from "../../fakes/workbookEngine";
import { at } from "../harness/at";
import { anchor, freshAddon, values } from "./templateHarness";
import type { Addon } from "../../fakes/addon";

function create(addon: Addon, name: string, preset: number): CreateResult & { ok: true } {
  const p = at(presets("en"), preset);
  const r = addon.run<CreateResult>("createFunnel", {
    name,
    stages: p.stages,
    wonStageIndex: p.wonStageIndex,
  });
  if (!r.ok) throw new Error(r.message);
  return r;
}

it("a new funnel named like a deleted one takes another key: the old plan's typed costs stay beside no other stage", () => {
  const addon = freshAddon();
  create(addon, "Funnel", 0);
  create(addon, "EMEA", 1); // Lifecycle: Prospect … Customer
  addon.book.getSheetByName("EMEA")!.activate();
  runNewPlan(addon, "newAnnualPlan");
  const plan = addon.book.getActiveSheet();
  const costs = anchor(plan, "costs.body");
  const names = () =>
    values(plan, anchor(plan, "volume.body").range(0, 0, 7, 1)).map((r) => String(r[0]));
  const lifecycle = at(presets("en"), 1).stages.map((s) => s.name);
  expect(names()).toEqual(lifecycle);
  const typed = lifecycle.map((_, i) => 100 + i);
  plan.getRange(costs.range(0, 0, 7, 1)).setValues(typed.map((c) => [c]));

  expect(addon.run<DeleteResult>("deleteFunnel", "EMEA", "Funnel")).toMatchObject({ ok: true });
  const recreated = create(addon, "EMEA", 2); // Demand waterfall: Inquiry → MQL → SAL → SQL → Won
  expect(recreated.loaded.funnel.key).not.toBe("EMEA");
  expect(recreated.loaded.funnel.name).toBe("EMEA");

  recalculateEverything(addon.book);
  // The old plan is still a plan of a deleted funnel: it shows none of the new funnel's stages,
  // and every cost is where it was typed.
  const waterfall = new Set(at(presets("en"), 2).stages.map((s) => s.name));
  expect(names().filter((n) => waterfall.has(n))).toEqual([]);
  expect(values(plan, costs.range(0, 0, 7, 1)).map((r) => r[0])).toEqual(typed);

  // A plan built on the new funnel uses its own key.
  addon.book.getSheetByName("EMEA")!.activate();
  runNewPlan(addon, "newAnnualPlan");
  const fresh = addon.book.getActiveSheet();
  expect(
    values(fresh, anchor(fresh, "volume.body").range(0, 0, 5, 1)).map((r) => String(r[0])),
  ).toEqual([...waterfall]);
});

it("a formula of the user's own that names a funnel not made yet binds to it when it is made", () => {
  const addon = freshAddon();
  create(addon, "Funnel", 0);
  const mine = addon.book.insertSheet("Mine");
  mine.getRange("A1").setFormula("=ROWS(Pipeline_Stages)");
  const made = create(addon, "Pipeline", 2);
  expect(made.loaded.funnel.key).toBe("Pipeline");
  recalculateEverything(addon.book);
  expect(mine.getRange("A1").getValue()).toBe(5);
});
