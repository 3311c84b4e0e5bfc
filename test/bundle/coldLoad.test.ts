/**
 * Loading Code.js defines and does nothing more (SPEC §8): Apps Script evaluates the file on every
 * custom-function call, so catalogues, zod and the validation schemas are built on first use —
 * and once built, saving still validates.
 */
import vm from "node:vm";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { loadCustomFunctions } from "../../fakes/bundle";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { LoadedBundle } from "../../fakes/bundle";

/** zod's core module sets this global when its code runs: a witness independent of our code. */
function zodInitialised(bundle: LoadedBundle): boolean {
  return vm.runInContext("typeof __zod_globalConfig", bundle.context) !== "undefined";
}

describe("what evaluating Code.js runs", () => {
  it("a custom-function call builds no language catalogue and calls only the time-zone getter", () => {
    const bundle = loadCustomFunctions();
    const builds = () =>
      (vm.runInContext("FunnelMath.diagnostics_()", bundle.context) as { catalogueBuilds: number })
        .catalogueBuilds;
    expect(builds()).toBe(0);
    expect(bundle.call("REQUIRED_LEADS", 100000, 10000, [[0.1], [0.3], [0.5]])).toEqual([
      [667],
      [67],
      [20],
      [10],
    ]);
    expect(builds()).toBe(0);
    expect(bundle.serviceCalls).toEqual([]);
    expect(zodInitialised(bundle)).toBe(false);
  });

  it("the first validation loads zod; an invalid save is refused with the rule's words", () => {
    const addon = openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
    expect(zodInitialised(addon.bundle)).toBe(false);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const funnel = structuredClone(loaded.funnel);
    funnel.stages[1].conversionToNext = 1.5;
    const result = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (result.ok || result.reason !== "invalid") throw new Error("expected invalid");
    expect(result.issues).toEqual([
      { path: ["stages", 1, "conversionToNext"], message: expect.stringContaining("150%") },
    ]);
    expect(addon.book.writes).toEqual([]);
    expect(zodInitialised(addon.bundle)).toBe(true);
  });
});
