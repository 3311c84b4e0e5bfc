import { inboundPreset } from "../../src/i18n/presets/inbound";
import type { Funnel } from "../../src/core/funnel";
import type { CreateResult, LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { openAddon, type Addon } from "../../fakes/addon";
import { callCounts, resetCallCounts } from "../../fakes/formulaEngine";
import { FakeWorkbook, type FakeSheet } from "../../fakes/spreadsheet";
import { attachFormulaEngine, recalculateEverything } from "../../fakes/workbookEngine";

/** A spreadsheet with an unrelated sheet, evaluated by the formula engine with the built add-on. */
export function freshAddon(): Addon {
  const addon = openAddon(new FakeWorkbook({ Notes: [["keep me", 42]] }));
  attachFormulaEngine(addon.book, addon.functions);
  return addon;
}

/** The default funnel from the Inbound preset, created through the add-on's own server function. */
export function withInboundFunnel(change?: (funnel: Funnel) => void): Addon {
  const addon = freshAddon();
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Funnel",
    stages: inboundPreset("en").stages,
  });
  if (!created.ok) throw new Error(created.message);
  if (change) {
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const funnel = structuredClone(loaded.funnel);
    change(funnel);
    const saved = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    if (!saved.ok) throw new Error(saved.message);
  }
  return addon;
}

/** Runs a New plan menu command; returns the sheet it created (the add-on activates it). */
export function newPlan(addon: Addon, command: string): FakeSheet {
  const before = new Set(addon.book.getSheets().map((s) => s.getName()));
  addon.run(command);
  const created = addon.book.getSheets().filter((s) => !before.has(s.getName()));
  if (created.length !== 1) throw new Error(`${command} created ${created.length} sheets`);
  expect(addon.book.getActiveSheet().getName()).toBe(created[0].getName());
  return created[0];
}

export function values(sheet: FakeSheet, a1: string): unknown[][] {
  return sheet.getRange(a1).getValues();
}

export function column(sheet: FakeSheet, a1: string): unknown[] {
  return values(sheet, a1).map((row) => row[0]);
}

/** Custom-function calls per function made by one full evaluation of the workbook. */
export function callsOnEvaluation(addon: Addon, sheet: FakeSheet): Map<string, number> {
  recalculateEverything(addon.book);
  resetCallCounts();
  sheet.getDataRange().getValues();
  return new Map(callCounts);
}

/** Every computed cell of a sheet that shows a spreadsheet error. */
export function errorCells(sheet: FakeSheet): string[] {
  const out: string[] = [];
  sheet
    .getDataRange()
    .getValues()
    .forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && /^#[A-Z/0!?]+/.test(v)) out.push(`R${r + 1}C${c + 1}: ${v}`);
      }),
    );
  return out;
}
