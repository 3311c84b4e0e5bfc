import { loadBundle } from "../../fakes/bundle";
import { FakeUi, menuPaths } from "../../fakes/ui";
import { at } from "../harness/at";
import { ENGLISH_MENU } from "../harness/menu";

function openWith(authMode: string) {
  const ui = new FakeUi();
  const bundle = loadBundle({ SpreadsheetApp: { getUi: () => ui } });
  bundle.call("onOpen", { authMode, source: {} });
  return { ui, bundle };
}

describe("the add-on menu", () => {
  it.each(["NONE", "LIMITED", "FULL"])("onOpen builds it in AuthMode.%s", (mode) => {
    const { ui } = openWith(mode);
    expect(ui.menus).toHaveLength(1);
    expect(menuPaths(at(ui.menus, 0)).map((i) => i.path)).toEqual(ENGLISH_MENU);
  });

  it("every item calls a top-level function that exists", () => {
    const { ui, bundle } = openWith("FULL");
    for (const item of menuPaths(at(ui.menus, 0))) expect(bundle.has(item.functionName)).toBe(true);
  });

  it("onInstall builds the same menu", () => {
    const ui = new FakeUi();
    const bundle = loadBundle({ SpreadsheetApp: { getUi: () => ui } });
    bundle.call("onInstall", { authMode: "FULL" });
    expect(ui.menus).toHaveLength(1);
    expect(menuPaths(at(ui.menus, 0)).map((i) => i.path)).toEqual(ENGLISH_MENU);
  });

  it("Function reference lists every function with its arguments", () => {
    const { ui, bundle } = openWith("FULL");
    bundle.call("showFunctionReference");
    expect(ui.alerts).toHaveLength(1);
    expect(at(ui.alerts, 0).prompt).toContain(
      "REQUIRED_LEADS(revenue_target, avg_deal_size, conversion_rates, [rounding], [confidence], [rate_samples])",
    );
  });
});
