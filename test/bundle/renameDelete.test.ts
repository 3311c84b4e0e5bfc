import type {
  CreateResult,
  DeleteResult,
  FunnelUsage,
  RenameResult,
} from "../../src/wire/stageApi";
import { runNewPlan } from "../../fakes/newPlan";
import { anchor } from "../templates/templateHarness";
import { presets } from "../../src/i18n/presets";
import { HAND_TYPED_FUNNEL, openAddon, type Addon } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { at } from "../harness/at";

function twoFunnelsAndPlans(): Addon {
  const addon = openAddon(new FakeWorkbook({ Notes: [["keep me"]] }));
  for (const [name, preset] of [
    ["Funnel", at(presets("en"), 0)],
    ["EMEA", at(presets("en"), 3)],
  ] as const) {
    const created = addon.run<CreateResult>("createFunnel", {
      name,
      stages: preset.stages,
      wonStageIndex: preset.wonStageIndex,
    });
    if (!created.ok) throw new Error(created.message);
  }
  addon.book.getSheetByName("EMEA")!.activate();
  runNewPlan(addon, "newAnnualPlan");
  addon.book.getSheetByName("EMEA")!.activate();
  runNewPlan(addon, "newMonthlyTargets");
  addon.book.getSheetByName("Funnel")!.activate();
  runNewPlan(addon, "newAnnualPlan");
  return addon;
}

const names = (addon: Addon) =>
  addon.book
    .getNamedRanges()
    .map((n) => n.getName())
    .sort();

describe("rename and delete a funnel (SPEC §5) through dist/Code.js", () => {
  it("names the plan sheets that use a funnel", () => {
    const addon = twoFunnelsAndPlans();
    expect(addon.run<FunnelUsage>("funnelUsage", "EMEA")).toEqual({
      key: "EMEA",
      name: "EMEA",
      plans: ["Annual plan", "Monthly targets"],
    });
    expect(addon.run<FunnelUsage>("funnelUsage", "Funnel").plans).toEqual(["Annual plan 2"]);
  });

  it("delete removes the funnel's named ranges with its sheet, and nothing else", () => {
    const addon = twoFunnelsAndPlans();
    const result = addon.run<DeleteResult>("deleteFunnel", "EMEA", "Funnel");
    expect(result).toMatchObject({ ok: true });
    // The reply carries the funnel the sidebar shows next: no second round trip.
    expect(result.ok && result.loaded?.funnel.stages.map((s) => s.name)).toEqual([
      "Visit",
      "Lead",
      "MQL",
      "SQL",
      "Customer",
    ]);
    expect(addon.book.getSheetByName("EMEA")).toBeNull();
    expect(names(addon)).toEqual(["Funnel_Days", "Funnel_Rates", "Funnel_Stages"]);
    expect(addon.book.getSheets().map((s) => s.getName())).toEqual([
      "Notes",
      "Funnel",
      "Annual plan",
      "Monthly targets",
      "Annual plan 2",
    ]);
    expect(addon.run<DeleteResult>("deleteFunnel", "EMEA")).toEqual({
      ok: false,
      message: 'There is no funnel "EMEA" in this spreadsheet any more.',
    });
  });

  it("delete removes a name of the funnel's that was moved to another sheet by hand", () => {
    const addon = twoFunnelsAndPlans();
    const days = addon.book.getNamedRanges().find((n) => n.getName() === "EMEA_Days")!;
    days.setRange(addon.book.getSheetByName("Notes")!.getRange("B1:B4"));
    expect(addon.run<DeleteResult>("deleteFunnel", "EMEA", "Funnel")).toMatchObject({ ok: true });
    expect(names(addon)).toEqual(["Funnel_Days", "Funnel_Rates", "Funnel_Stages"]);
    expect(addon.book.getSheetByName("Notes")!.getRange("A1").getValue()).toBe("keep me");
  });

  it("delete removes a name of the funnel's left broken on a sheet deleted by hand", () => {
    const addon = twoFunnelsAndPlans();
    const days = addon.book.getNamedRanges().find((n) => n.getName() === "EMEA_Days")!;
    const scratch = addon.book.insertSheet("Scratch");
    days.setRange(scratch.getRange("A1:A4"));
    addon.book.deleteSheet(scratch);
    expect(addon.run<DeleteResult>("deleteFunnel", "EMEA", "Funnel")).toMatchObject({ ok: true });
    expect(names(addon)).toEqual(["Funnel_Days", "Funnel_Rates", "Funnel_Stages"]);
  });

  it("delete loads a next funnel typed by hand only through the sidebar's own list", () => {
    const addon = twoFunnelsAndPlans();
    addon.book.insertSheet("Typed").getRange(1, 1, 5, 6).setValues(HAND_TYPED_FUNNEL);
    const typedKey = addon
      .run<{ key: string; name: string }[]>("getFunnels")
      .find((f) => f.name === "Typed")?.key;
    expect(typedKey).toBeDefined();
    addon.counts.reset();
    // Found by the whole pass only: not looked for after the delete (calls per funnel, a flush).
    expect(addon.run<DeleteResult>("deleteFunnel", "EMEA", typedKey)).toEqual({ ok: true });
    expect(addon.counts.calls).not.toContain("Spreadsheet.getNamedRanges");
    expect(addon.counts.flushes).toBe(1);
  });

  it("delete loads the funnel asked for next only when there is one to read", () => {
    const addon = twoFunnelsAndPlans();
    // A next key that is not text is refused before anything is deleted.
    expect(addon.run<DeleteResult>("deleteFunnel", "EMEA", 7)).toEqual({
      ok: false,
      message: expect.stringMatching(/cannot read \(key: /),
    });
    expect(addon.book.getSheetByName("EMEA")).not.toBeNull();
    // A next funnel gone meanwhile: the delete is done, nothing shown (the sidebar lists again).
    expect(addon.run<DeleteResult>("deleteFunnel", "EMEA", "Gone")).toEqual({ ok: true });
    expect(addon.book.getSheetByName("EMEA")).toBeNull();
  });

  it("rename changes the sheet and the plans' top line; the key and formulas stay", () => {
    const addon = twoFunnelsAndPlans();
    const result = addon.run<RenameResult>("renameFunnel", { key: "EMEA", name: "Europe" });
    expect(result).toMatchObject({ ok: true });
    expect(addon.book.getSheetByName("Europe")).not.toBeNull();
    expect(names(addon)).toContain("EMEA_Stages");
    const plan = addon.book.getSheetByName("Annual plan")!;
    expect(String(plan.getRange("A2").getValue())).toMatch(/^Funnel: Europe · /);
    expect(plan.getRange(anchor(plan, "volume.body").cell(0, 2)).getFormula()).toContain(
      "EMEA_Rates",
    );
    expect(addon.run<FunnelUsage>("funnelUsage", "EMEA").name).toBe("Europe");
  });

  it("a key asked in other case is the same funnel, as Sheets' named ranges are", () => {
    const addon = twoFunnelsAndPlans();
    expect(addon.run<FunnelUsage>("funnelUsage", "emea").plans).toEqual([
      "Annual plan",
      "Monthly targets",
    ]);
    expect(addon.run<RenameResult>("renameFunnel", { key: "emea", name: "Europe" })).toMatchObject({
      ok: true,
    });
    const plan = addon.book.getSheetByName("Annual plan")!;
    expect(String(plan.getRange("A2").getValue())).toMatch(/^Funnel: Europe · /);
  });

  it("rename rewrites the funnel's name in a translated plan's top line too", () => {
    const addon = twoFunnelsAndPlans();
    addon.book.setSpreadsheetLocale("sv_SE");
    addon.book.getSheetByName("EMEA")!.activate();
    runNewPlan(addon, "newAnnualPlan");
    const plan = addon.book.getSheets().at(-1)!;
    const before = String(plan.getRange("A2").getValue());
    expect(before).toMatch(/^Tratt ”EMEA” · /);
    expect(addon.run<RenameResult>("renameFunnel", { key: "EMEA", name: "Europa" })).toMatchObject({
      ok: true,
    });
    expect(String(plan.getRange("A2").getValue())).toBe(before.replace("EMEA", "Europa"));
  });

  it("rename refuses an empty, too long or taken name", () => {
    const addon = twoFunnelsAndPlans();
    expect(addon.run<RenameResult>("renameFunnel", { key: "EMEA", name: " " })).toEqual({
      ok: false,
      message: "Give the funnel a name.",
    });
    expect(
      addon.run<RenameResult>("renameFunnel", { key: "EMEA", name: "x".repeat(101) }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/at most 100 characters/) });
    expect(addon.run<RenameResult>("renameFunnel", { key: "EMEA", name: "notes" })).toEqual({
      ok: false,
      message: 'A sheet called "Notes" already exists: choose another name.',
    });
    // Another funnel's name, in other case: Sheets refuses it as a sheet name; nothing changed.
    const plan = addon.book.getSheetByName("Annual plan")!;
    const line = String(plan.getRange("A2").getValue());
    expect(addon.run<RenameResult>("renameFunnel", { key: "EMEA", name: "FUNNEL" })).toEqual({
      ok: false,
      message: 'A sheet called "Funnel" already exists: choose another name.',
    });
    expect(String(plan.getRange("A2").getValue())).toBe(line);
    expect(addon.book.getSheetByName("EMEA")).not.toBeNull();
  });
});
