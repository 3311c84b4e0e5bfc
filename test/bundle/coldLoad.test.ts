/**
 * Loading Code.js defines and does nothing more (SPEC §8): Apps Script evaluates the file on every
 * custom-function call, so zod and the funnel schemas load on the first validation instead — and
 * once loaded, saving still validates.
 */
import vm from "node:vm";
import type { LoadedFunnel, SaveResult } from "../../src/addon/stageApi";
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { loadBundle, type LoadedBundle } from "../../fakes/bundle";
import { FakeWorkbook } from "../../fakes/spreadsheet";

/** Code.js's own modules, or (`"addon"`) those of the add-on bundle it loads on first use. */
function lazyModulesLoaded(bundle: LoadedBundle, copy: "Code.js" | "addon" = "Code.js"): string[] {
  const owner = copy === "addon" ? "FunnelMath.addon()" : "FunnelMath";
  return vm.runInContext(`${owner}.diagnostics.lazyModulesLoaded()`, bundle.context) as string[];
}

/** zod's core module sets this global when its code runs: a witness independent of our counter. */
function zodInitialised(bundle: LoadedBundle): boolean {
  return vm.runInContext("typeof __zod_globalConfig", bundle.context) !== "undefined";
}

describe("what evaluating Code.js runs", () => {
  it("a custom-function call loads neither zod nor the funnel schemas", () => {
    const bundle = loadBundle();
    expect(lazyModulesLoaded(bundle)).toEqual([]);
    expect(bundle.call("REQUIRED_LEADS", 100000, 10000, [[0.1], [0.3], [0.5]])).toEqual([
      [670],
      [67],
      [20],
      [10],
    ]);
    expect(lazyModulesLoaded(bundle)).toEqual([]);
    expect(zodInitialised(bundle)).toBe(false);
  });

  it("the first validation loads them, once, and an invalid save is still refused", () => {
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
    expect(lazyModulesLoaded(addon.bundle, "addon")).toEqual(["funnelSchemas"]);
    expect(zodInitialised(addon.bundle)).toBe(true);
  });
});
