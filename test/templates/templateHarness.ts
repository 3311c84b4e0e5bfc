import { inboundPreset } from "../../src/i18n/presets/inbound";
import type { Funnel } from "../../src/core/funnel";
import type { CreateResult, LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { openAddon, type Addon } from "../../fakes/addon";
import { callCounts, resetCallCounts } from "../../fakes/formulaEngine";
import { FakeWorkbook, type FakeSheet } from "../../fakes/spreadsheet";
import { attachFormulaEngine, recalculateEverything } from "../../fakes/workbookEngine";
import { templateOf, type TemplateDef } from "../../src/addon/templates/catalog";
import type { Anchor, Layout } from "../../src/addon/templates/layout";
import type { AnnualLayout } from "../../src/addon/templates/annualPlan";
import type { CapacityLayout } from "../../src/addon/templates/capacityPlan";
import type { PipelineLayout } from "../../src/addon/templates/pipelineCoverage";
import type { ChannelLayout } from "../../src/addon/templates/channelEconomics";
import type { CohortsLayout } from "../../src/addon/templates/cohorts";
import type { HealthLayout } from "../../src/addon/templates/funnelHealth";
import type { MonthlyLayout } from "../../src/addon/templates/monthlyTargets";
import type { PvaLayout } from "../../src/addon/templates/planVsActual";
import type { SlaLayout } from "../../src/addon/templates/slaTracker";
import { locate } from "../../src/addon/templates/planRead";
import { parseRecord } from "../../src/addon/templates/planRecord";
import type { PlanInputs } from "../../src/wire/pages";
import { runNewPlan } from "../../fakes/newPlan";
import { at } from "../harness/at";

/**
 * A spreadsheet with an unrelated sheet, evaluated by the formula engine with the built add-on
 * (`evaluate: false` leaves formula cells unevaluated, for suites that only move typed cells).
 */
export function freshAddon({ evaluate = true } = {}): Addon {
  const addon = openAddon(new FakeWorkbook({ Notes: [["keep me", 42]] }));
  if (evaluate) attachFormulaEngine(addon.book, addon.functions);
  return addon;
}

/** The default funnel from the Inbound preset, created through the add-on's own server function. */
export function withInboundFunnel(
  change?: (funnel: Funnel) => void,
  addon: Addon = freshAddon(),
): Addon {
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

/**
 * Runs a New plan menu command and confirms its dialog (with `figures` typed over what it offers);
 * returns the sheet it created (the add-on activates it).
 */
export function newPlan(
  addon: Addon,
  command: string,
  figures: Partial<PlanInputs> = {},
): FakeSheet {
  const before = new Set(addon.book.getSheets().map((s) => s.getName()));
  runNewPlan(addon, command, figures);
  const created = addon.book.getSheets().filter((s) => !before.has(s.getName()));
  if (created.length !== 1) throw new Error(`${command} created ${created.length} sheets`);
  const sheet = at(created, 0);
  expect(addon.book.getActiveSheet().getName()).toBe(sheet.getName());
  return sheet;
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

/**
 * The blocks of a plan sheet where they are now, found as Refresh finds them (its record, then
 * the markers): tests read cells through these named anchors, never through copied row numbers.
 */
export function anchorsOf(sheet: FakeSheet): Readonly<Record<AnchorName, Anchor>> {
  const anchors: Readonly<Record<string, Anchor>> = layoutOf(sheet).layout.anchors;
  // A name the plan does not have is a mistake in the test: say so rather than read undefined.
  return new Proxy(anchors, {
    get(target, name) {
      const found = typeof name === "string" ? target[name] : undefined;
      if (!found) throw new Error(`${sheet.getName()} has no block "${String(name)}"`);
      return found;
    },
  });
}

/**
 * A plan sheet's template and its layout where the blocks are now (as Refresh finds them), from
 * `cells` when the caller has read the sheet's data range already.
 */
export function layoutOf(
  sheet: FakeSheet,
  cells?: { values: unknown[][]; formulas: string[][] },
): { template: TemplateDef; layout: Layout } {
  const record = sheet
    .getDeveloperMetadata()
    .map((m) => parseRecord(m.getValue()))
    .find((r) => r !== undefined);
  if (!record) throw new Error(`${sheet.getName()} is not a plan`);
  const template = templateOf(record.template);
  if (!template) throw new Error(`no template ${record.template}`);
  const range = cells ? undefined : sheet.getDataRange();
  const located = locate(template.layout(), {
    values: cells?.values ?? range?.getValues() ?? [],
    formulas: cells?.formulas ?? range?.getFormulas() ?? [],
    formats: [],
    backgrounds: [],
    notes: [],
  });
  if (!located.ok) throw new Error(`${sheet.getName()}: ${located.reason}`);
  return { template, layout: located.layout };
}

/** Every block name any template lays out. */
type AnchorName =
  | keyof AnnualLayout["anchors"]
  | keyof MonthlyLayout["anchors"]
  | keyof ChannelLayout["anchors"]
  | keyof HealthLayout["anchors"]
  | keyof SlaLayout["anchors"]
  | keyof PvaLayout["anchors"]
  | keyof CohortsLayout["anchors"]
  | keyof CapacityLayout["anchors"]
  | keyof PipelineLayout["anchors"];

/** The anchor named `name` of a plan sheet (throws for a name the plan does not have). */
export function anchor(sheet: FakeSheet, name: AnchorName): Anchor {
  return anchorsOf(sheet)[name];
}
