/**
 * Template sheets follow the spreadsheet's locale (SPEC §11): Monthly targets, Funnel health and
 * the SLA tracker, built through the add-on in a spreadsheet with no funnel yet (so the default
 * Inbound funnel is created in that language too), evaluated by the formula engine. Every number
 * is the same as in English; no text cell, note or chart title is left in English, except words
 * the language's own catalogue writes the same way (MQL, SQL, Lead…).
 */
import { runNewPlan } from "../../fakes/newPlan";
import { inbound as inboundEn } from "../../src/i18n/presets/en";
import { inboundPresetMessages } from "../../src/i18n/presets/inbound";
import { resolveLanguage } from "../../src/i18n/languages";
import { sheetMessages } from "../../src/i18n/sheet";
import { stageTableMessages } from "../../src/i18n/stageTable";
import type { FakeSheet } from "../../fakes/spreadsheet";
import { errorCells, freshAddon } from "./templateHarness";

const TEMPLATES = [
  "newMonthlyTargets",
  "newFunnelHealth",
  "newSlaTracker",
  "newAnnualPlan",
  "newCapacityPlan",
  "newPipelineCoverage",
] as const;
const LOCALES = ["sv_SE", "ru_RU", "pl_PL", "zh_CN", "en_IE"] as const;

let defaultFunnel: FakeSheet | undefined;

/** The plan sheet (active after the command); the default funnel's sheet is made beside it. */
function build(locale: string, command: string): FakeSheet {
  const addon = freshAddon();
  addon.book.setSpreadsheetLocale(locale);
  runNewPlan(addon, command); // with the figures New plan's dialog offers
  expect(addon.book.getSheets()).toHaveLength(3); // Notes, the default funnel, the plan
  // The default funnel is named in the spreadsheet's language too (its key stays Funnel).
  const name = stageTableMessages(resolveLanguage(locale)).defaultFunnelName;
  defaultFunnel = addon.book.getSheetByName(name)!;
  return addon.book.getActiveSheet();
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "" && !/^[\d\s.,:+\-%()]*$/.test(value);
}

/** Evaluated values with text blanked out: what must not depend on the language. */
function figures(sheet: FakeSheet): unknown[][] {
  return sheet
    .getDataRange()
    .getValues()
    .map((row) => row.map((v) => (typeof v === "string" ? "" : v)));
}

/**
 * Every text a reader sees: cells (evaluated), notes and chart titles. Not the plan's row markers
 * (markers.ts: machine text, white on white, the same in every language).
 */
function texts(sheet: FakeSheet): string[] {
  const range = sheet.getDataRange();
  return [
    ...range.getValues().flat(),
    ...range.getNotes().flat(),
    ...sheet.getCharts().map((c) => c.title),
  ]
    .filter(isText)
    .filter((t) => !/^fm:\d+/.test(t));
}

/** Strings of a message tree (functions called with a sample, whose text parts then count). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String((value as (s: string) => unknown)("MQL"))];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe.each(TEMPLATES)("%s in every language", (command) => {
  const english = build("en_US", command);
  const englishTexts = new Set(texts(english));

  it("English builds with text (the comparison below is not vacuous)", () => {
    expect(englishTexts.size).toBeGreaterThan(10);
    expect(errorCells(english)).toEqual([]);
  });

  it.each(LOCALES)("%s: the same numbers as in English, no error cell", (locale) => {
    const sheet = build(locale, command);
    expect(errorCells(sheet)).toEqual([]);
    expect(figures(sheet)).toEqual(figures(english));
  });

  it.each(LOCALES.filter((l) => resolveLanguage(l) !== "en"))(
    "%s: no text left in English, beyond what the language writes the same way",
    (locale) => {
      const language = resolveLanguage(locale);
      const own = new Set([
        ...strings(sheetMessages(language)),
        ...strings(inboundPresetMessages(language)),
      ]);
      const sheet = build(locale, command);
      const leftInEnglish = texts(sheet).filter((t) => englishTexts.has(t) && !own.has(t));
      expect(leftInEnglish).toEqual([]);
      // The title is the language's own, and the default funnel's stages are translated.
      expect(sheet.getRange("A1").getValue()).not.toBe(english.getRange("A1").getValue());
      const visit = inboundPresetMessages(language).inbound.stages.visit;
      expect(visit).not.toBe(inboundEn().inbound.stages.visit);
      expect(defaultFunnel!.getRange("A2").getValue()).toBe(visit);
      // Its header row is in the language as well.
      const header = stageTableMessages(language).header;
      expect(defaultFunnel!.getRange("A1:F1").getValues()[0]).toEqual([
        header.name,
        header.owner,
        header.conversionToNext,
        header.daysInStage,
        header.entryCriteria,
        header.exitCriteria,
      ]);
    },
  );
});
