/**
 * Any funnel name in any script (SPEC §4): created, planned, edited, renamed and deleted through
 * dist/Code.js, against fakes that refuse every named-range name Google's rule refuses (in its
 * stricter reading: fakes/namedRange.ts). The key each name yields is valid and stays the same
 * through renames; a name that is no valid key (emoji, a cell reference, TRUE) still gets one.
 */
import { openAddon, type Addon } from "../../fakes/addon";
import { confirmNewPlan } from "../../fakes/newPlan";
import { namedRangeNameProblem } from "../../fakes/namedRange";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import type {
  CreateResult,
  DeleteResult,
  FunnelUsage,
  LoadedFunnel,
  RenameResult,
  SaveResult,
} from "../../src/wire/stageApi";

/** Names as teams write them, and names built to trip a naive key. */
const NAMES = [
  ["Cyrillic", "Воронка продаж"],
  ["CJK", "销售漏斗"],
  ["Greek", "Χωνί πωλήσεων"],
  ["Nordic", "Försäljning Norden"],
  ["Polish", "Lejek łódź"],
  ["Spanish", "Embudo España"],
  ["emoji with text", "🚀 Growth"],
  ["emoji only", "🚀🔥"],
  ["a cell reference", "Q1"],
  ["a cell reference in R1C1", "R2C3"],
  ["a boolean", "TRUE"],
  ["a leading digit", "2025 plan"],
  ["punctuation", "Sales-Funnel (EU) v2.1"],
  ["combining marks", "Cafe\u0301 Ne\u0301"],
  ["Devanagari", "बिक्री फ़नल"],
] as const;

/** Names to rename to: another script each time. */
const RENAMES = ["漏斗 2026", "Воронка EMEA", "Ωμέγα", "Lejek Północ", "🚀 Launch"];

function workbook(): Addon {
  return openAddon(new FakeWorkbook({ Notes: [["keep me"]] }));
}

function create(addon: Addon, name: string): LoadedFunnel {
  const created = addon.run<CreateResult>("createFunnel", {
    name,
    stages: inboundPreset("en").stages,
  });
  if (!created.ok) throw new Error(`${name}: ${created.message}`);
  return created.loaded;
}

function rangeNames(addon: Addon): string[] {
  return addon.book
    .getNamedRanges()
    .map((n) => n.getName())
    .sort();
}

describe.each(NAMES)("a funnel named in %s (%s)", (_, name) => {
  it("is created with a valid key and named ranges, and loads back by that key", () => {
    const addon = workbook();
    const loaded = create(addon, name);
    const key = loaded.funnel.key;
    expect(loaded.funnel.name).toBe(name);
    expect(addon.book.getSheetByName(name)).not.toBeNull();
    const names = rangeNames(addon);
    expect(names).toEqual([`${key}_Days`, `${key}_Rates`, `${key}_Stages`].sort());
    for (const n of names) expect({ n, problem: namedRangeNameProblem(n) }).toEqual({ n });
    expect(addon.run<LoadedFunnel>("loadFunnel", key).funnel).toEqual(loaded.funnel);
  });

  it("gets a plan, is edited, renamed in another script and deleted — its key never moves", () => {
    const addon = workbook();
    const key = create(addon, name).funnel.key;
    const from = addon.book.ui.dialogs.length;
    addon.run("newPlanForFunnel", "newAnnualPlan", key);
    // The choice made, New plan asks for the plan's figures once: Build with those offered.
    expect(
      confirmNewPlan(addon, from, "newAnnualPlan", {}, key)?.funnels.map((f) => f.key),
    ).toEqual([key]);
    const plan = addon.book.getActiveSheet();
    expect(plan.getName()).not.toBe(name);
    expect(String(plan.getRange("A2").getValue())).toContain(name);
    const formulas = plan.getDataRange().getFormulas().flat().join(" ");
    expect(formulas).toContain(`${key}_Rates`);

    const loaded = addon.run<LoadedFunnel>("loadFunnel", key);
    const funnel = structuredClone(loaded.funnel);
    funnel.stages[1]!.conversionToNext = 0.35;
    const saved = addon.run<SaveResult>("saveFunnel", {
      funnel,
      fingerprint: loaded.fingerprint,
    });
    expect(saved).toMatchObject({ ok: true });

    for (const next of RENAMES) {
      const renamed = addon.run<RenameResult>("renameFunnel", { key, name: next });
      // The list the sidebar shows next names it (the funnel in view keeps its loaded stages).
      expect(renamed).toMatchObject({ ok: true });
      expect(renamed.ok && renamed.funnel).toEqual({ key, name: next });
      expect(String(plan.getRange("A2").getValue())).toContain(next);
      expect(addon.run<FunnelUsage>("funnelUsage", key)).toEqual({
        key,
        name: next,
        plans: [plan.getName()],
      });
    }
    expect(rangeNames(addon)).toEqual([`${key}_Days`, `${key}_Rates`, `${key}_Stages`].sort());

    const deleted = addon.run<DeleteResult>("deleteFunnel", key);
    expect(deleted).toEqual({ ok: true });
    expect(rangeNames(addon)).toEqual([]);
    // The plan stays, with the user's numbers.
    expect(addon.book.getSheetByName(plan.getName())).not.toBeNull();
  });
});

describe("keys stay distinct and stable", () => {
  it("names that yield the same key get the next free one; the key survives a re-load", () => {
    const addon = workbook();
    const a = create(addon, "🚀").funnel.key;
    const b = create(addon, "🔥").funnel.key;
    const c = create(addon, "North America").funnel.key;
    const d = create(addon, "North-America").funnel.key;
    expect(new Set([a, b, c, d]).size).toBe(4);
    expect([a, b]).toEqual(["Funnel", "Funnel_2"]);
    expect([c, d]).toEqual(["North_America", "North_America_2"]);
    const listed = addon.run<{ key: string; name: string }[]>("getFunnels");
    expect(listed.map((f) => [f.name, f.key])).toEqual([
      ["🚀", "Funnel"],
      ["🔥", "Funnel_2"],
      ["North America", "North_America"],
      ["North-America", "North_America_2"],
    ]);
  });

  it("a name of 100 characters in a script of long letters stays within Sheets' name limit", () => {
    const addon = workbook();
    const name = "𠀀".repeat(50); // letters outside the BMP: two UTF-16 units each
    const key = create(addon, name).funnel.key;
    for (const n of rangeNames(addon)) expect(namedRangeNameProblem(n)).toBeUndefined();
    expect(key.length).toBeLessThanOrEqual(239);
  });
});
