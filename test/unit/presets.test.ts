/**
 * The shipped presets (SPEC §4) are keys and numbers (src/core/presets.ts) with every word from
 * the catalogues: in each language the same stages, rates, days and won stage, each stage named
 * and owned from that language's catalogue by key (none left empty, none left in English where the
 * language writes it otherwise).
 */
import { LANGUAGES } from "../../src/i18n/languages";
import { presetMessages, presets, suggestedOwners } from "../../src/i18n/presets";
import { inboundPreset } from "../../src/i18n/presets/inbound";

const numbers = (language: (typeof LANGUAGES)[number]) =>
  presets(language).map((p) => ({
    id: p.id,
    won: p.wonStageIndex,
    stages: p.stages.map((s) => [s.conversionToNext, s.daysInStage]),
  }));

describe("presets", () => {
  it("are Inbound, Lifecycle, Demand waterfall and Bowtie, as SPEC §4 names them in English", () => {
    const en = presets("en");
    expect(en.map((p) => p.name)).toEqual([
      "Inbound (five stages)",
      "Lifecycle",
      "Demand waterfall",
      "Bowtie",
    ]);
    expect(en.map((p) => p.stages.map((s) => s.name).join(" → "))).toEqual([
      "Visit → Lead → MQL → SQL → Customer",
      "Prospect → Subscriber → Lead → MQL → SQL → Opportunity → Customer",
      "Inquiry → MQL → SAL → SQL → Won",
      "Awareness → Education → Selection → Commit → Onboard → Impact → Expansion",
    ]);
    expect(en[1]!.stages.map((s) => s.owner)).toEqual([
      "Marketing",
      "Marketing",
      "Marketing",
      "SDR",
      "Sales",
      "Sales",
      "Sales",
    ]);
    expect(en[3]!.stages[en[3]!.wonStageIndex!]!.name).toBe("Commit");
  });

  it.each(LANGUAGES)("in %s have the same numbers and won stage as in English", (language) => {
    expect(numbers(language)).toEqual(numbers("en"));
  });

  it.each(LANGUAGES)(
    "in %s take every name, owner and criterion from that catalogue",
    (language) => {
      const m = presetMessages(language);
      const owners = suggestedOwners(language);
      const [inbound, lifecycle, waterfall, bowtie] = presets(language);
      expect(inbound!.stages.map((s) => s.name)).toEqual(Object.values(m.inbound.stages));
      expect(lifecycle!.stages.map((s) => [s.name, s.entryCriteria, s.exitCriteria])).toEqual(
        Object.values(m.lifecycle.stages).map((s) => [s.name, s.entry, s.exit]),
      );
      expect(waterfall!.stages.map((s) => s.name)).toEqual(Object.values(m.waterfall.stages));
      expect(bowtie!.stages.map((s) => s.name)).toEqual(Object.values(m.bowtie.stages));
      for (const preset of presets(language)) {
        expect(preset.name).toBe(m[preset.id].name);
        for (const stage of preset.stages) expect(owners).toContain(stage.owner);
      }
      expect(bowtie!.stages.filter((s) => s.owner === m.owners.customerSuccess)).toHaveLength(3);
    },
  );

  it.each(LANGUAGES)("the server's Inbound preset in %s is the sidebar's", (language) => {
    expect(inboundPreset(language)).toEqual(presets(language)[0]);
  });

  it("are fresh copies: editing one changes no other", () => {
    const a = presets("en");
    a[0]!.stages[0]!.name = "Changed";
    expect(presets("en")[0]!.stages[0]!.name).toBe("Visit");
  });
});
