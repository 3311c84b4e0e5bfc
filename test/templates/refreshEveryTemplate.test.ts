/**
 * Refresh plan on every template (SPEC §6: "Refresh plan rebuilds the active plan sheet in place
 * from its funnel, keeping the user's inputs"): on a plan nobody typed into, with its formulas
 * evaluated (spilled results read as values, as Sheets shows them), and after a stage is added —
 * the change only Refresh carries into a plan's layout. The cells a result spills into are the
 * plan's own, not the user's: Refresh must not stop on them. Capacity plan and Pipeline coverage
 * once did (their spills' last row or columns were laid out as blocks without the formula).
 */
import { TEMPLATES } from "../../src/addon/templates/catalog";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { stage } from "../harness/stages";
import { errorCells, newPlan, withInboundFunnel } from "./templateHarness";

describe.each(TEMPLATES.map((t) => t.command))("%s: Refresh plan", (command) => {
  it("rebuilds a plan nobody typed into, without an alert", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, command);
    addon.run("refreshPlan");
    expect(addon.book.ui.alerts.map((a) => a.prompt)).toEqual([]);
    expect(errorCells(plan)).toEqual([]);
  });

  it("rebuilds the plan after a stage is added to its funnel", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, command);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const funnel = structuredClone(loaded.funnel);
    funnel.stages.splice(3, 0, stage("Demo", 0.6, 5, "Sales"));
    const saved = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    expect(saved.ok).toBe(true);
    plan.activate();
    addon.run("refreshPlan");
    expect(addon.book.ui.alerts.map((a) => a.prompt)).toEqual([]);
    expect(errorCells(plan)).toEqual([]);
  });
});
