import { loadBundle } from "../../fakes/bundle";
import { FakeUi, menuPaths } from "../../fakes/ui";

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
    expect(menuPaths(ui.menus[0]).map((i) => i.path)).toEqual([
      "Stage editor",
      "New plan ▸ Annual reverse funnel",
      "New plan ▸ Monthly targets with sales-cycle lag",
      "New plan ▸ Channel CAC and LTV",
      "New plan ▸ Funnel health",
      "New plan ▸ Marketing–sales SLA",
      "New plan ▸ Plan vs actual",
      "New plan ▸ Cohorts and time in stage",
      "Refresh plan",
      "Use measured days in the funnel",
      "Export funnel as SQL…",
      "Function reference",
    ]);
  });

  it("every item calls a top-level function that exists", () => {
    const { ui, bundle } = openWith("FULL");
    for (const item of menuPaths(ui.menus[0])) expect(bundle.has(item.functionName)).toBe(true);
  });

  it("onInstall builds the same menu", () => {
    const ui = new FakeUi();
    const bundle = loadBundle({ SpreadsheetApp: { getUi: () => ui } });
    bundle.call("onInstall", { authMode: "FULL" });
    expect(ui.menus).toHaveLength(1);
  });

  it("Function reference lists every function with its arguments", () => {
    const { ui, bundle } = openWith("FULL");
    bundle.call("showFunctionReference");
    expect(ui.alerts).toHaveLength(1);
    expect(ui.alerts[0].prompt).toContain(
      "REQUIRED_LEADS(revenue_target, avg_deal_size, conversion_rates, [rounding], [confidence], [rate_samples])",
    );
  });
});
