/**
 * A funnel's plans are found by their records, not by the name on their funnel line (SPEC §5:
 * delete names the plan sheets that use the funnel; §6: the plan names its funnel at the top, and
 * a rename names it anew there). They were once found by a search for the funnel's current sheet
 * name on a line at A2, which missed:
 * - a plan with a row inserted above its title (a company header: an edit Refresh plan follows
 *   through its markers) — left out of the delete's question and left naming the old name;
 * - every plan of a funnel whose sheet tab was renamed by hand — the delete asked without naming
 *   a single plan it would break;
 * - the plans of a funnel named with the line's own separator ("EMEA · Enterprise") on its next
 *   rename.
 */
import type { FunnelUsage, RenameResult } from "../../src/wire/stageApi";
import { newPlan, withInboundFunnel } from "../templates/templateHarness";

function withHeaderAboveTitle() {
  const addon = withInboundFunnel();
  const annual = newPlan(addon, "newAnnualPlan");
  newPlan(addon, "newFunnelHealth");
  annual.insertRowsBefore(1, 1);
  annual.getRange("A1").setValue("ACME Corp — FY27 planning");
  return { addon, annual };
}

describe("a plan with a row inserted above its title", () => {
  it("is named among the plans that use its funnel (the delete's question)", () => {
    const { addon } = withHeaderAboveTitle();
    expect(addon.run<FunnelUsage>("funnelUsage", "Funnel").plans.sort()).toEqual([
      "Annual plan",
      "Funnel health",
    ]);
  });

  it("names the funnel by its new name after a rename", () => {
    const { addon, annual } = withHeaderAboveTitle();
    const renamed = addon.run<RenameResult>("renameFunnel", { key: "Funnel", name: "Inbound EU" });
    expect(renamed.ok).toBe(true);
    const funnelLine = String(annual.getRange("A3").getValue());
    expect(funnelLine).toMatch(/^Funnel: Inbound EU · /);
  });
});

describe("a funnel whose sheet tab was renamed by hand", () => {
  it("still names its plans (the delete's question)", () => {
    const addon = withInboundFunnel();
    newPlan(addon, "newAnnualPlan");
    addon.book.getSheetByName("Funnel")!.setName("Inbound");
    expect(addon.run<FunnelUsage>("funnelUsage", "Funnel")).toEqual({
      key: "Funnel",
      name: "Inbound",
      plans: ["Annual plan"],
    });
  });
});

describe("a funnel whose name holds the funnel line's own separator", () => {
  it("is named anew in its plans after a rename", () => {
    const addon = withInboundFunnel();
    const annual = newPlan(addon, "newAnnualPlan");
    const first = addon.run<RenameResult>("renameFunnel", {
      key: "Funnel",
      name: "EMEA · Enterprise",
    });
    expect(first.ok).toBe(true);
    expect(String(annual.getRange("A2").getValue())).toMatch(/^Funnel: EMEA · Enterprise · /);
    const second = addon.run<RenameResult>("renameFunnel", { key: "Funnel", name: "EMEA" });
    expect(second.ok).toBe(true);
    expect(String(annual.getRange("A2").getValue())).toMatch(/^Funnel: EMEA · change/);
  });
});
