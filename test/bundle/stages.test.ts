import type { Funnel } from "../../src/core/funnel";
import type {
  CreateResult,
  FunnelListing,
  LoadedFunnel,
  SaveResult,
} from "../../src/wire/stageApi";
import { presets } from "../../src/i18n/presets";
import { HAND_TYPED_FUNNEL, openAddon } from "../../fakes/addon";
import { diffSnapshots, FakeWorkbook } from "../../fakes/spreadsheet";
import { attachFormulaEngine } from "../../fakes/workbookEngine";
import { at } from "../harness/at";

function workbookWithFunnel() {
  return new FakeWorkbook({
    Funnel: HAND_TYPED_FUNNEL,
    Notes: [["keep me"]],
  });
}

function preset(id: string) {
  const found = presets("en").find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.stages;
}

function edit(loaded: LoadedFunnel, change: (f: Funnel) => void): Funnel {
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  return funnel;
}

describe("stage tables through dist/Code.js", () => {
  it("lists and loads a hand-typed funnel", () => {
    const addon = openAddon(workbookWithFunnel());
    expect(addon.run<FunnelListing[]>("getFunnels")).toEqual([{ key: "Funnel", name: "Funnel" }]);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.funnel.stages.map((s) => s.name)).toEqual(["Lead", "MQL", "SQL", "Customer"]);
    expect(at(loaded.funnel.stages, 0).conversionToNext).toBe(0.1);
    expect(at(loaded.funnel.stages, 3).conversionToNext).toBeNull();
    expect(loaded.problems).toEqual([]);
    expect(loaded.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(loaded.loadedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("reports hand-edited invalid rows, row by row", () => {
    const book = workbookWithFunnel();
    book.getSheetByName("Funnel")!.getRange("C3").setValue("lots");
    book.getSheetByName("Funnel")!.getRange("A4").setValue("mql");
    const loaded = openAddon(book).run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.problems).toEqual([
      expect.objectContaining({
        row: 3,
        field: "conversionToNext",
        message: expect.stringContaining('"lots"'),
      }),
      expect.objectContaining({
        row: 4,
        field: "name",
        message: expect.stringContaining("already called"),
      }),
    ]);
  });

  it("saves: one setValues, named ranges over exactly the data rows, nothing else touched", () => {
    const addon = openAddon(workbookWithFunnel());
    addon.book.setNamedRange("Other", addon.book.getRange("Notes!A1"));
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const before = addon.book.snapshot();
    addon.book.writes.length = 0;
    const funnel = edit(loaded, (f) => {
      f.stages.splice(1, 0, { ...at(f.stages, 1), name: "Engaged", conversionToNext: 0.6 });
    });
    const result = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    expect(result.ok).toBe(true);
    const sheet = addon.book.getSheetByName("Funnel")!;
    expect(sheet.getRange("A1:A6").getValues().flat()).toEqual([
      "Stage",
      "Lead",
      "Engaged",
      "MQL",
      "SQL",
      "Customer",
    ]);
    expect(addon.book.writes.filter((w) => w.kind === "values")).toHaveLength(1);
    expect(
      addon.book.writesOutside("Funnel", { row: 1, column: 1, numRows: 6, numColumns: 6 }),
    ).toEqual([]);
    const names = Object.fromEntries(
      addon.book.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()]),
    );
    expect(names).toEqual({
      Other: "A1",
      Funnel_Stages: "A2:A6",
      Funnel_Rates: "C2:C6",
      Funnel_Days: "D2:D6",
    });
    // Rates show the precision they were typed with: 30.0%, 0.25% (SPEC §4).
    expect(sheet.getRange("C2:C6").getNumberFormats().flat()).toEqual(Array(5).fill("0.0##%"));
    const diff = diffSnapshots(before, addon.book.snapshot());
    expect(diff.cells.length).toBeGreaterThan(0);
    expect(diff.cells.filter((a1) => !/^Funnel![A-F][1-6]$/.test(a1))).toEqual([]);
    expect(diff.namedRanges).toEqual(["Funnel_Days", "Funnel_Rates", "Funnel_Stages"]);
    expect(addon.lock.acquisitions).toBe(1);
    expect(addon.lock.held).toBe(false);
  });

  it("a shorter table clears only its own old rows", () => {
    const book = workbookWithFunnel();
    const sheet = book.getSheetByName("Funnel")!;
    sheet.getRange("A8").setValue("a note below the table");
    sheet.getRange("G3").setValue("beside the table");
    const addon = openAddon(book);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const before = book.snapshot();
    book.writes.length = 0;
    const funnel = edit(loaded, (f) => f.stages.splice(1, 2));
    expect(
      addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint }).ok,
    ).toBe(true);
    expect(sheet.getRange("A1:A5").getValues().flat()).toEqual([
      "Stage",
      "Lead",
      "Customer",
      "",
      "",
    ]);
    expect(sheet.getRange("A8").getValue()).toBe("a note below the table");
    expect(sheet.getRange("G3").getValue()).toBe("beside the table");
    const cleared = book.writes.filter((w) => w.kind === "clearContent").map((w) => w.a1);
    expect(cleared).toEqual(["A4:F5"]);
    expect(book.writesOutside("Funnel", { row: 1, column: 1, numRows: 5, numColumns: 6 })).toEqual(
      [],
    );
    const changed = diffSnapshots(before, book.snapshot()).cells;
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((a1) => !/^Funnel![A-F][1-5]$/.test(a1))).toEqual([]);
    expect(book.getRangeByName("Funnel_Rates")!.getA1Notation()).toBe("C2:C3");
  });

  it("refuses an invalid funnel without writing", () => {
    const addon = openAddon(workbookWithFunnel());
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    addon.book.writes.length = 0;
    const funnel = edit(loaded, (f) => {
      at(f.stages, 1).conversionToNext = 1.5;
      at(f.stages, 2).name = " ";
    });
    const result = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (result.ok || result.reason !== "invalid") throw new Error("expected invalid");
    expect(result.issues.map((i) => i.path.join("."))).toEqual([
      "stages.1.conversionToNext",
      "stages.2.name",
    ]);
    expect(at(result.issues, 0).message).toContain("150%");
    expect(addon.book.writes).toEqual([]);
  });

  it("refuses to overwrite a table edited since it was loaded", () => {
    const addon = openAddon(workbookWithFunnel());
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    addon.book.getSheetByName("Funnel")!.getRange("B2").setValue("Growth team");
    addon.book.writes.length = 0;
    const funnel = edit(loaded, (f) => (at(f.stages, 0).name = "Leads"));
    const result = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    expect(result).toMatchObject({ ok: false, reason: "conflict" });
    expect(addon.book.writes).toEqual([]);
    expect(addon.book.getSheetByName("Funnel")!.getRange("B2").getValue()).toBe("Growth team");
    expect(addon.lock.held).toBe(false);
  });

  it("says so when another save holds the lock", () => {
    const addon = openAddon(workbookWithFunnel());
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    addon.lock.heldElsewhere = true;
    const result = addon.run<SaveResult>("saveFunnel", {
      funnel: loaded.funnel,
      fingerprint: loaded.fingerprint,
    });
    expect(result).toMatchObject({ ok: false, reason: "busy" });
  });

  it("creates a funnel from a preset: its sheet, table and named ranges", () => {
    const addon = openAddon(workbookWithFunnel());
    const result = addon.run<CreateResult>("createFunnel", {
      name: "EMEA",
      stages: preset("lifecycle"),
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.loaded.funnel.key).toBe("EMEA");
    expect(result.loaded.funnel.stages).toHaveLength(7);
    expect(result.loaded.problems).toEqual([]);
    expect(addon.book.getRangeByName("EMEA_Stages")!.getA1Notation()).toBe("A2:A8");
    expect(addon.book.getSheetByName("EMEA")!.getFrozenRows()).toBe(1);
    expect(addon.run<FunnelListing[]>("getFunnels").map((f) => f.key)).toEqual(["Funnel", "EMEA"]);
    expect(
      addon.run<CreateResult>("createFunnel", { name: "EMEA", stages: preset("inbound") }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("already exists"),
    });
    const other = addon.run<CreateResult>("createFunnel", {
      name: "emea!",
      stages: preset("inbound"),
    });
    expect(other).toMatchObject({ ok: true, loaded: { funnel: { key: "emea_2" } } });
  });

  it("refuses a new funnel whose stages break the rules, creating nothing", () => {
    const addon = openAddon(workbookWithFunnel());
    const before = addon.book.snapshot();
    const [first] = preset("inbound");
    const result = addon.run<CreateResult>("createFunnel", { name: "EMEA", stages: [first] });
    expect(result).toMatchObject({
      ok: false,
      issues: [expect.objectContaining({ message: expect.any(String) })],
    });
    expect(addon.run<CreateResult>("createFunnel", { name: "EMEA" })).toMatchObject({ ok: false });
    expect(diffSnapshots(before, addon.book.snapshot())).toEqual({
      cells: [],
      namedRanges: [],
      metadata: [],
    });
    expect(addon.book.getSheetByName("EMEA")).toBeNull();
  });

  it("keeps hostile text as text in the sheet", () => {
    const addon = openAddon(workbookWithFunnel());
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const funnel = edit(loaded, (f) => (at(f.stages, 0).name = '=IMPORTXML("http://x")'));
    expect(
      addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint }).ok,
    ).toBe(true);
    const cell = addon.book.getSheetByName("Funnel")!.getRange("A2");
    expect(cell.getFormula()).toBe("");
    expect(cell.getValue()).toBe('=IMPORTXML("http://x")');
  });

  it("a formula over Funnel_Rates follows a saved edit", () => {
    const addon = openAddon(workbookWithFunnel());
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    // First save names the ranges of the hand-typed table.
    const first = addon.run<SaveResult>("saveFunnel", {
      funnel: loaded.funnel,
      fingerprint: loaded.fingerprint,
    });
    if (!first.ok) throw new Error(first.message);
    const plan = addon.book.insertSheet("Plan");
    plan.getRange("A1:B2").setValues([
      ["Revenue target", 100000],
      ["Deal size", 10000],
    ]);
    plan.getRange("D1").setFormula("=REQUIRED_LEADS(B1, B2, Funnel_Rates)");
    attachFormulaEngine(addon.book, addon.functions);
    expect(plan.getRange("D1:D4").getValues()).toEqual([[670], [67], [20], [10]]);

    const funnel = edit(first.loaded, (f) => (at(f.stages, 0).conversionToNext = 0.2));
    const saved = addon.run<SaveResult>("saveFunnel", {
      funnel,
      fingerprint: first.loaded.fingerprint,
    });
    expect(saved.ok).toBe(true);
    expect(plan.getRange("D1:D4").getValues()).toEqual([[335], [67], [20], [10]]);
  });
});
