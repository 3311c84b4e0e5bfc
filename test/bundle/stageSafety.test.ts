/**
 * The stage store never loses data (SPEC §9): growing tables make room, formulas in the table
 * survive, a failed save restores everything, Sheets' limits are checked first, and every server
 * argument is type-checked. Each case was a reproduction that failed on the old store and fakes.
 */
import type { Funnel } from "../../src/core/funnel";
import type { CreateResult, LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import { FakeWorkbook, type WorkbookSnapshot } from "../../fakes/spreadsheet";
import { attachFormulaEngine } from "../../fakes/workbookEngine";
import { HAND_TYPED_FUNNEL, openAddon, type Addon } from "../../fakes/addon";

const TABLE_COLUMNS = HAND_TYPED_FUNNEL[0].length;

function edit(loaded: LoadedFunnel, change: (f: Funnel) => void): Funnel {
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  return funnel;
}

function save(addon: Addon, change: (f: Funnel) => void): SaveResult {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  return addon.run<SaveResult>("saveFunnel", {
    funnel: edit(loaded, change),
    fingerprint: loaded.fingerprint,
  });
}

function addStages(count: number) {
  return (f: Funnel) => {
    for (let i = 0; i < count; i++)
      f.stages.splice(1, 0, { ...f.stages[1], name: `Extra ${i + 1}`, conversionToNext: 0.5 });
  };
}

/** A funnel with a note and a formula a few rows under the table, and notes beside it. */
function crowdedBook(): FakeWorkbook {
  const rows: unknown[][] = HAND_TYPED_FUNNEL.map((r) => [...r, "", "beside"]);
  rows.push([], ["a note under the table", "", "", "", "", "", "", "beside too"]);
  rows.push(["=1+1", "", "", "", "", "", "kept", ""]);
  return new FakeWorkbook({ Funnel: rows, Notes: [["keep me", 42]] });
}

/** "A1"-keyed cells of one sheet from a snapshot. */
function cellsOf(snapshot: WorkbookSnapshot, sheet: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of snapshot.cells)
    if (k.startsWith(`${sheet}!`)) out.set(k.slice(sheet.length + 1), v);
  return out;
}

function parse(a1: string): { column: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { column: m[1].charCodeAt(0) - 64, row: Number(m[2]) };
}

describe("a growing table makes room instead of writing over what is below it", () => {
  it("moves only the cells under the table's columns down; nothing outside the table changes", () => {
    const addon = openAddon(crowdedBook());
    const before = cellsOf(addon.book.snapshot(), "Funnel");
    const notesBefore = addon.book.snapshot().cells.get("Notes!A1");
    const result = save(addon, addStages(3));
    expect(result.ok).toBe(true);
    const after = cellsOf(addon.book.snapshot(), "Funnel");
    const oldLast = HAND_TYPED_FUNNEL.length;
    const newLast = oldLast + 3;
    // Every cell outside the new table is where it was, or 3 rows lower when it sat under it.
    for (const [a1, described] of before) {
      if (a1 === "#grid") continue;
      const { row, column } = parse(a1);
      if (row <= newLast && column <= TABLE_COLUMNS) continue; // the table itself
      const moved = column <= TABLE_COLUMNS && row > oldLast;
      const target = moved ? `${a1.replace(/\d+$/, "")}${row + 3}` : a1;
      expect([target, after.get(target)]).toEqual([target, described]);
    }
    for (const [a1, described] of after) {
      const { row, column } = Number.isNaN(parse(a1 === "#grid" ? "A0" : a1).row)
        ? { row: 0, column: 0 }
        : parse(a1 === "#grid" ? "A0" : a1);
      if (a1 === "#grid" || (row <= newLast && column <= TABLE_COLUMNS)) continue;
      const moved = column <= TABLE_COLUMNS && row > newLast;
      const source = moved ? `${a1.replace(/\d+$/, "")}${row - 3}` : a1;
      expect([a1, before.get(source)]).toEqual([a1, described]);
    }
    const sheet = addon.book.getSheetByName("Funnel")!;
    expect(sheet.getRange("A10").getValue()).toBe("a note under the table");
    expect(sheet.getRange("A11").getFormula()).toBe("=1+1");
    expect(sheet.getRange("H7").getValue()).toBe("beside too");
    expect(sheet.getRange("G8").getValue()).toBe("kept");
    expect(notesBefore).toMatch(/^string:keep me\|/);
    expect(addon.book.snapshot().cells.get("Notes!A1")).toBe(notesBefore);
  });

  it("a table reaching the last row of the grid makes the grid taller", () => {
    const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
    const sheet = book.getSheets()[0];
    // A user-trimmed sheet: only the table's rows remain.
    sheet.deleteRows(HAND_TYPED_FUNNEL.length + 1, sheet.getMaxRows() - HAND_TYPED_FUNNEL.length);
    expect(sheet.getMaxRows()).toBe(HAND_TYPED_FUNNEL.length);
    const addon = openAddon(book);
    expect(save(addon, addStages(2)).ok).toBe(true);
    expect(sheet.getMaxRows()).toBe(HAND_TYPED_FUNNEL.length + 2);
    expect(sheet.getRange(1, 1, 7, 1).getValues().flat()).toContain("Extra 2");
  });
});

describe("formulas in the table", () => {
  /** C3 (MQL's rate) is a formula over another sheet, computed by the formula engine. */
  function addonWithFormula(): Addon {
    const addon = openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL, Notes: [["keep", 30]] }));
    attachFormulaEngine(addon.book, addon.functions);
    addon.book.getSheetByName("Funnel")!.getRange("C3").setFormula("=Notes!B1/100");
    return addon;
  }

  it("a stage cell holding a formula keeps it when another field is edited", () => {
    const addon = addonWithFormula();
    const sheet = addon.book.getSheetByName("Funnel")!;
    expect(sheet.getRange("C3").getValue()).toBe(0.3);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const result = addon.run<SaveResult>("saveFunnel", {
      funnel: edit(loaded, (f) => (f.stages[0].name = "Leads")),
      fingerprint: loaded.fingerprint,
    });
    expect(result.ok).toBe(true);
    expect(sheet.getRange("C3").getFormula()).toBe("=Notes!B1/100");
    expect(sheet.getRange("A2").getValue()).toBe("Leads");
  });

  it("…and is replaced when that very value was changed in the sidebar", () => {
    const addon = addonWithFormula();
    const book = addon.book;
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const result = addon.run<SaveResult>("saveFunnel", {
      funnel: edit(loaded, (f) => (f.stages[1].conversionToNext = 0.25)),
      fingerprint: loaded.fingerprint,
    });
    expect(result.ok).toBe(true);
    const cell = book.getSheetByName("Funnel")!.getRange("C3");
    expect(cell.getFormula()).toBe("");
    expect(cell.getValue()).toBe(0.25);
  });

  it("dates and numbers in text columns are written back as they were read", () => {
    const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
    const sheet = book.getSheets()[0];
    const when = new Date(Date.UTC(2026, 2, 1, 5));
    sheet.getRange("E2:F2").setValues([[when, 42]]);
    const addon = openAddon(book);
    expect(save(addon, (f) => (f.stages[2].owner = "AE")).ok).toBe(true);
    const [[entry, exit]] = sheet.getRange("E2:F2").getValues();
    expect(Object.prototype.toString.call(entry)).toBe("[object Date]");
    expect((entry as Date).getTime()).toBe(when.getTime());
    expect(exit).toBe(42);
    expect(sheet.getRange("B4").getValue()).toBe("AE");
  });

  it("a date in a text column shows as the day the sheet shows, in an east-of-UTC zone too", () => {
    for (const timeZone of ["America/New_York", "Asia/Shanghai"]) {
      const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }, { timeZone });
      book.getSheets()[0].getRange("E2").setValue("2026-03-01"); // typed: a date at local midnight
      const loaded = openAddon(book).run<LoadedFunnel>("loadFunnel", "Funnel");
      expect({ timeZone, shown: loaded.funnel.stages[0].entryCriteria }).toEqual({
        timeZone,
        shown: "2026-03-01",
      });
    }
  });

  it("text that looks like a number, date or boolean stays text", () => {
    const addon = openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
    const result = save(addon, (f) => {
      f.stages[0].entryCriteria = "TRUE";
      f.stages[0].exitCriteria = "1/2/2026";
      f.stages[1].entryCriteria = "€5";
    });
    expect(result.ok).toBe(true);
    const sheet = addon.book.getSheets()[0];
    expect(sheet.getRange("E2:F3").getValues()).toEqual([
      ["TRUE", "1/2/2026"],
      ["€5", ""],
    ]);
  });
});

describe("a save that fails half-way leaves the table and named ranges as they were", () => {
  function failingAt(step: number) {
    const addon = openAddon(crowdedBook());
    // Named ranges first, over the current table, as a previous save would have left them.
    expect(save(addon, () => undefined).ok).toBe(true);
    const before = addon.book.snapshot();
    addon.book.failures.failOn("any", step);
    const result = save(addon, (f) => {
      addStages(2)(f);
      f.stages[0].name = "Leads";
    });
    return { addon, before, result };
  }

  it("fails at each of its steps in turn, restoring everything each time", () => {
    // How many mutating steps a successful save takes.
    const probe = openAddon(crowdedBook());
    expect(save(probe, () => undefined).ok).toBe(true);
    const start = probe.book.failures.count;
    expect(save(probe, (f) => addStages(2)(f)).ok).toBe(true);
    const steps = probe.book.failures.count - start;
    expect(steps).toBeGreaterThanOrEqual(4);
    for (let step = 1; step <= steps; step++) {
      const { addon, before, result } = failingAt(step);
      expect({ step, ok: result.ok }).toEqual({ step, ok: false });
      if (!result.ok) {
        expect(result.message).toMatch(/could not be saved/);
        expect(result.message).toMatch(/as (they|it) (were|was)/);
      }
      expect({ step, after: addon.book.snapshot() }).toEqual({ step, after: before });
      expect(addon.lock.held).toBe(false);
    }
  });
});

describe("a new funnel that fails half-way leaves the spreadsheet as it was", () => {
  it("fails at each step of createFunnel in turn, removing what it had made", () => {
    const stages = inboundPreset("en").stages;
    const fresh = () => {
      const addon = openAddon(new FakeWorkbook({ Notes: [["keep me"]] }));
      // A broken named range from a deleted funnel sheet, which the new funnel reuses.
      expect(addon.run<CreateResult>("createFunnel", { name: "EMEA", stages }).ok).toBe(true);
      addon.book.deleteSheet(addon.book.getSheetByName("EMEA")!);
      return addon;
    };
    const probe = fresh();
    const start = probe.book.failures.count;
    expect(probe.run<CreateResult>("createFunnel", { name: "EMEA", stages }).ok).toBe(true);
    const steps = probe.book.failures.count - start;
    expect(steps).toBeGreaterThanOrEqual(5);
    for (let step = 1; step <= steps; step++) {
      const addon = fresh();
      const before = addon.book.snapshot();
      addon.book.failures.failOn("any", step);
      const result = addon.run<CreateResult>("createFunnel", { name: "EMEA", stages });
      expect({ step, ok: result.ok }).toEqual({ step, ok: false });
      expect(result.ok ? "" : result.message).toMatch(/EMEA/);
      expect({ step, after: addon.book.snapshot() }).toEqual({ step, after: before });
    }
  });
});

describe("Sheets' limits are checked before anything is written", () => {
  it("sheets narrower than the table do not break listing (no range outside the grid)", () => {
    const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL.map((r) => r.slice(0, 4)) });
    book.getSheets()[0].deleteColumns(5, 22);
    const other = book.insertSheet("Narrow");
    other.deleteColumns(3, 24);
    const addon = openAddon(book);
    expect(() => addon.run("getFunnels")).not.toThrow();
    expect(addon.run<{ name: string }[]>("getFunnels")).toEqual([]);
  });

  it("a sheet trimmed to exactly the table's columns still loads and saves", () => {
    const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
    const addon = openAddon(book);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    book.getSheets()[0].deleteColumns(7, 20); // 6 columns left: still fits
    const ok = addon.run<SaveResult>("saveFunnel", {
      funnel: loaded.funnel,
      fingerprint: loaded.fingerprint,
    });
    expect(ok.ok).toBe(true);
  });

  it("50 000+ characters in one field are refused with the row and field, nothing written", () => {
    const addon = openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
    const before = addon.book.snapshot();
    const result = save(addon, (f) => (f.stages[1].entryCriteria = "x".repeat(50_001)));
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(/50[ ,]?000 characters/);
    expect(addon.book.snapshot()).toEqual(before);
  });

  it("a funnel name longer than 100 characters is refused in words", () => {
    const addon = openAddon(new FakeWorkbook({ Notes: [] }));
    const result = addon.run<CreateResult>("createFunnel", {
      name: "N".repeat(101),
      stages: inboundPreset("en").stages,
    });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/100 characters/) });
  });

  it('creating "funnel" beside "Funnel" is refused cleanly, and the workbook still works', () => {
    const addon = openAddon(new FakeWorkbook({ Notes: [] }));
    const stages = inboundPreset("en").stages;
    expect(addon.run<CreateResult>("createFunnel", { name: "Funnel", stages }).ok).toBe(true);
    const result = addon.run<CreateResult>("createFunnel", { name: "funnel", stages });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/already exists/) });
    expect(addon.book.getSheets().map((s) => s.getName())).toEqual(["Notes", "Funnel"]);
  });
});

describe("server-call arguments are type-checked with clear messages", () => {
  it("createFunnel refuses a name that is not text", () => {
    const addon = openAddon(new FakeWorkbook({ Notes: [] }));
    const result = addon.run<CreateResult>("createFunnel", {
      name: { a: 1 },
      stages: inboundPreset("en").stages,
    });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/name must be text/i) });
    expect(addon.book.getSheets()).toHaveLength(1);
  });

  it("createFunnel and saveFunnel refuse a missing or malformed request", () => {
    const addon = openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
    for (const bad of [undefined, null, "Funnel", 42, []]) {
      expect(addon.run<CreateResult>("createFunnel", bad).ok).toBe(false);
      expect(addon.run<SaveResult>("saveFunnel", bad).ok).toBe(false);
    }
  });

  it("a missing fingerprint says so, not that the table changed", () => {
    const addon = openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const result = addon.run<SaveResult>("saveFunnel", { funnel: loaded.funnel });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(/fingerprint/i);
    expect(result.ok ? "" : result.message).not.toMatch(/changed in the sheet/);
  });

  it("loadFunnel refuses a key that is not text", () => {
    const addon = openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
    expect(() => addon.run("loadFunnel", { key: "Funnel" })).toThrow(/key must be text/i);
  });
});

describe("named-range keys and their lifecycle (SPEC §4)", () => {
  const stages = inboundPreset("en").stages;
  it.each([
    ["Воронка", "Воронка"],
    ["漏斗", "漏斗"],
    ["Lejek B2B", "Lejek_B2B"],
    ["Q1", "Q1_"],
    ["TRUE", "TRUE_"],
    ["2025 plan", "_2025_plan"],
    ["R2C3", "R2C3_"],
  ])("a funnel named %s gets the key %s, valid by Sheets' rules", (name, key) => {
    const addon = openAddon(new FakeWorkbook({ Notes: [] }));
    const result = addon.run<CreateResult>("createFunnel", { name, stages });
    expect(result.ok ? result.loaded.funnel.key : result.message).toBe(key);
    expect(addon.book.getRangeByName(`${key}_Stages`)?.getA1Notation()).toBe("A2:A6");
  });

  it("re-creating a funnel whose sheet was deleted reuses its broken named ranges", () => {
    const addon = openAddon(new FakeWorkbook({ Notes: [] }));
    expect(addon.run<CreateResult>("createFunnel", { name: "EMEA", stages }).ok).toBe(true);
    addon.book.deleteSheet(addon.book.getSheetByName("EMEA")!);
    expect(addon.book.getNamedRanges().every((n) => n.isBroken())).toBe(true);
    expect(addon.run("getFunnels")).toEqual([]);
    const again = addon.run<CreateResult>("createFunnel", { name: "EMEA", stages });
    expect(again.ok ? again.loaded.funnel.key : again.message).toBe("EMEA");
    expect(
      addon.book
        .getNamedRanges()
        .map((n) => n.ref())
        .sort(),
    ).toEqual(["EMEA!A2:A6", "EMEA!C2:C6", "EMEA!D2:D6"]);
  });
});
