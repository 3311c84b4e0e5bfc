/**
 * Loading Code.js defines and does nothing more (SPEC §8): Apps Script evaluates the file on every
 * custom-function call, so catalogues, zod and the validation schemas are built on first use —
 * and once built, saving still validates.
 */
import vm from "node:vm";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { bundleSource, loadCustomFunctions } from "../../fakes/bundle";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { LoadedBundle } from "../../fakes/bundle";
import { at } from "../harness/at";

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
      [670],
      [67],
      [20],
      [10],
    ]);
    expect(builds()).toBe(0);
    expect(bundle.serviceCalls).toEqual([]);
    expect(zodInitialised(bundle)).toBe(false);
  });

  it("loading joins no text: option lists and messages are worded when they are needed", () => {
    // Array.prototype.join is how text is assembled from parts; counting its calls while the file
    // is evaluated (in a fresh context, as Apps Script does) shows text built at load.
    const context = vm.createContext({});
    vm.runInContext(
      `var joinsAtLoad = 0;
       (function () {
         var join = Array.prototype.join;
         Array.prototype.join = function () { joinsAtLoad++; return join.apply(this, arguments); };
       })();`,
      context,
    );
    vm.runInContext(bundleSource(), context);
    expect(vm.runInContext("joinsAtLoad", context)).toBe(0);
    // The words still reach the user when an option is wrong.
    const wrongOption = (): unknown =>
      vm.runInContext('PIPELINE_COVERAGE(120000, 100000, 65000, "full")', context);
    expect(wrongOption).toThrow(
      'PIPELINE_COVERAGE: basis: "full" is not an option — use one of "remaining", "quota"',
    );
  });

  it("the first validation loads zod; an invalid save is refused with the rule's words", () => {
    const addon = openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
    expect(zodInitialised(addon.bundle)).toBe(false);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const funnel = structuredClone(loaded.funnel);
    at(funnel.stages, 1).conversionToNext = 1.5;
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
