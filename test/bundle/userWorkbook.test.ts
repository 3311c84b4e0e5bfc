/**
 * Our defaults yield to the user's workbook (SPEC §4, §9): a sheet of theirs already called
 * "Funnel" never blocks New plan, and a stage table is found by its named ranges wherever rows and
 * columns were inserted around it — or the stage editor is told exactly what moved and how to fix
 * it. Each case reproduces a report: New plan refused with "A sheet called "Funnel" already
 * exists", and a title row above the table made the funnel vanish from the sidebar and every plan.
 */
import { HAND_TYPED_FUNNEL, openAddon, type Addon } from "../../fakes/addon";
import { FakeLock } from "../../fakes/lock";
import { runNewPlan } from "../../fakes/newPlan";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import { uiMessages } from "../../src/i18n/ui";
import type {
  CreateResult,
  FunnelListing,
  LoadedFunnel,
  SaveResult,
} from "../../src/wire/stageApi";

function withFunnel(book = new FakeWorkbook({ Notes: [["keep me"]] })): Addon {
  const addon = openAddon(book);
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Funnel",
    stages: inboundPreset("en").stages,
  });
  if (!created.ok) throw new Error(created.message);
  return addon;
}

function refs(addon: Addon): Record<string, string> {
  return Object.fromEntries(addon.book.getNamedRanges().map((n) => [n.getName(), n.ref()]));
}

function resave(addon: Addon, change: (loaded: LoadedFunnel) => void = () => undefined) {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  change({ ...loaded, funnel });
  return addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
}

describe("a sheet of the user's called like our default", () => {
  it.each([
    ["en_US", "Funnel", "Funnel 2"],
    ["sv_SE", "Tratt", "Tratt 2"],
  ])("%s: New plan makes the default funnel beside it, named %s → %s", (locale, taken, made) => {
    const book = new FakeWorkbook({
      [taken]: [
        ["Region", "Owner"],
        ["North", "Ann"],
      ],
    });
    book.setSpreadsheetLocale(locale);
    const addon = openAddon(book);
    const theirs = book.snapshot().cells;
    runNewPlan(addon, "newAnnualPlan");
    expect(book.ui.alerts).toEqual([]);
    expect(book.getSheets().map((s) => s.getName())).toEqual([taken, made, expect.any(String)]);
    // Their sheet is untouched; the funnel keeps the default key, so formulas read Funnel_Rates.
    for (const [cell, value] of theirs) expect(book.snapshot().cells.get(cell)).toBe(value);
    expect(refs(addon)).toMatchObject({ Funnel_Stages: `'${made}'!A2:A6` });
    expect(addon.run<FunnelListing[]>("getFunnels")).toEqual([{ key: "Funnel", name: made }]);
  });

  it("a funnel the user names like a sheet of theirs is refused, in words, nothing made", () => {
    const addon = openAddon(new FakeWorkbook({ Funnel: [["not a stage table"]] }));
    const before = addon.book.snapshot();
    const result = addon.run<CreateResult>("createFunnel", {
      name: "funnel",
      stages: inboundPreset("en").stages,
    });
    expect(result).toEqual({
      ok: false,
      message: uiMessages("en").store.sheetExists("Funnel"),
    });
    expect(addon.book.snapshot()).toEqual(before);
  });
});

describe("rows and columns inserted around a stage table", () => {
  it("a title row above the table: still listed, loaded and saved where it now is", () => {
    const addon = withFunnel();
    const sheet = addon.book.getSheetByName("Funnel")!;
    sheet.insertRowsBefore(1, 2);
    sheet.getRange("A1").setValue("Sales funnel 2027");
    expect(addon.run<FunnelListing[]>("getFunnels")).toEqual([{ key: "Funnel", name: "Funnel" }]);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.problems).toEqual([]);
    expect(loaded.funnel.stages.map((s) => s.name)).toEqual(
      inboundPreset("en").stages.map((s) => s.name),
    );
    const saved = resave(addon, ({ funnel }) => {
      funnel.stages.splice(3, 0, { ...funnel.stages[2]!, id: undefined, name: "SAL" });
    });
    expect(saved).toMatchObject({ ok: true });
    expect(sheet.getRange("A1:A9").getValues().flat()).toEqual([
      "Sales funnel 2027",
      "",
      "Stage",
      "Visit",
      "Lead",
      "MQL",
      "SAL",
      "SQL",
      "Customer",
    ]);
    expect(refs(addon)).toEqual({
      Funnel_Stages: "Funnel!A4:A9",
      Funnel_Rates: "Funnel!C4:C9",
      Funnel_Days: "Funnel!D4:D9",
    });
  });

  it("a column inserted left of the table: found, loaded and saved there", () => {
    const addon = withFunnel();
    const sheet = addon.book.getSheetByName("Funnel")!;
    sheet.insertColumnsBefore(1, 1);
    sheet.getRange("A2").setValue("notes of mine");
    expect(addon.run<LoadedFunnel>("loadFunnel", "Funnel").problems).toEqual([]);
    expect(resave(addon, ({ funnel }) => (funnel.stages[0]!.owner = "Growth"))).toMatchObject({
      ok: true,
    });
    expect(sheet.getRange("A2:C2").getValues()).toEqual([["notes of mine", "Visit", "Growth"]]);
    expect(refs(addon).Funnel_Rates).toBe("Funnel!D2:D6");
  });

  it("a title row above a table typed by hand: found by its header", () => {
    const rows = [["My funnel"], [], ...HAND_TYPED_FUNNEL];
    const addon = openAddon(new FakeWorkbook({ Pipeline: rows }));
    expect(addon.run<FunnelListing[]>("getFunnels")).toEqual([
      { key: "Pipeline", name: "Pipeline" },
    ]);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Pipeline");
    expect(loaded.problems).toEqual([]);
    const saved = addon.run<SaveResult>("saveFunnel", {
      funnel: loaded.funnel,
      fingerprint: loaded.fingerprint,
    });
    expect(saved).toMatchObject({ ok: true });
    expect(refs(addon).Pipeline_Stages).toBe("Pipeline!A4:A7");
  });

  it("rows between the header and the stages: the editor says where, and saving waits", () => {
    const addon = openAddon(new FakeWorkbook({ Notes: [] }), new FakeLock(), new FakeSession("pl"));
    const created = addon.run<CreateResult>("createFunnel", {
      name: "Funnel",
      stages: inboundPreset("en").stages,
    });
    expect(created.ok).toBe(true);
    addon.book.getSheetByName("Funnel")!.insertRowsAfter(1, 2);
    const message = uiMessages("pl").store.headerApart("Funnel", "1", "4");
    expect(addon.run<FunnelListing[]>("getFunnels").map((f) => f.key)).toEqual(["Funnel"]);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.problems[0]).toEqual({ row: 3, message });
    expect(loaded.funnel.stages).toHaveLength(5);
    const before = addon.book.snapshot();
    expect(
      addon.run<SaveResult>("saveFunnel", {
        funnel: loaded.funnel,
        fingerprint: loaded.fingerprint,
      }),
    ).toEqual({ ok: false, reason: "refused", message });
    expect(addon.book.snapshot()).toEqual(before);
  });

  it("a header row deleted: the editor says which row it belongs in", () => {
    const addon = withFunnel();
    addon.book.getSheetByName("Funnel")!.getRange("A1:F1").clearContent();
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.problems[0]).toEqual({
      row: 1,
      message: uiMessages("en").store.headerMissing("Funnel", "1"),
    });
  });
});
