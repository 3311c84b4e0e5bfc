/**
 * Code.js holds the custom functions and the menu triggers; the rest of the add-on is
 * dist/addon.html, evaluated on the first call that needs it (SPEC §8: every custom-function call
 * evaluates Code.js, so what it does not need is not in it).
 */
import vm from "node:vm";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appsScriptServices } from "../../fakes/services";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { DIST, loadBundle } from "../../fakes/bundle";

function loadWithServices() {
  const services = appsScriptServices(new FakeWorkbook());
  const bundle = loadBundle({ ...services });
  return { bundle, reads: services.HtmlService.reads };
}

describe("Code.js and the add-on bundle", () => {
  // The add-on's code exists only as the text of addon.html: no read, no evaluation.
  it("a custom-function call reads no file and evaluates no add-on code", () => {
    const { bundle, reads } = loadWithServices();
    expect(bundle.call("REQUIRED_LEADS", 100000, 10000, [[0.1], [0.3], [0.5]])).toEqual([
      [670],
      [67],
      [20],
      [10],
    ]);
    expect(reads).toEqual([]);
  });

  it("a menu command reads the add-on bundle once, and later commands reuse it", () => {
    const { bundle, reads } = loadWithServices();
    bundle.call("newChannelEconomics");
    expect(reads.filter((f) => f === "addon")).toEqual(["addon"]);
    const loaded = vm.runInContext("FunnelMath.addon()", bundle.context) as object;
    bundle.call("newChannelEconomics");
    expect(reads.filter((f) => f === "addon")).toEqual(["addon"]);
    expect(vm.runInContext("FunnelMath.addon()", bundle.context)).toBe(loaded);
  });

  it("forwards every export of the add-on bundle that Code.js does not define itself", () => {
    const addonExports = vm.runInNewContext(
      `const e = ${readFileSync(join(DIST, "addon.html"), "utf8")}; Object.keys(e).filter((k) => typeof e[k] === "function")`,
    ) as string[];
    expect(addonExports).toEqual(expect.arrayContaining(["saveFunnel", "newFunnelHealth"]));
    const source = readFileSync(join(DIST, "Code.js"), "utf8");
    const { bundle } = loadWithServices();
    for (const name of addonExports) {
      expect(bundle.has(name)).toBe(true);
      const own = vm.runInContext(`typeof FunnelMath.${name}`, bundle.context) === "function";
      if (!own) {
        expect(source).toContain(
          `function ${name}() { return FunnelMath.addon().${name}.apply(null, arguments); }`,
        );
      }
    }
    expect(bundle.has("addon")).toBe(false);
  });
});
