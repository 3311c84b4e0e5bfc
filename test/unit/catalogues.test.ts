/**
 * Every language has every message (the types already refuse a missing key; this also catches
 * keys spread in at run time), none is empty, and none is left in English where a translation is
 * expected. Words the trade uses untranslated are whitelisted by value.
 */
import { catalogueBuilds, type Builders } from "../../src/i18n/catalogue";
import { ARGUMENT_SETS, CATALOGUES as SHOWN_CATALOGUES, leaves } from "../harness/catalogueTexts";
import { stageTableMessages } from "../../src/i18n/stageTable";
import { presetMessages } from "../../src/i18n/presets";
import { LANGUAGES, type Language } from "../../src/i18n/languages";
import * as presetsEn from "../../src/i18n/presets/en";
import * as presetsPl from "../../src/i18n/presets/pl";
import * as presetsRu from "../../src/i18n/presets/ru";
import * as presetsSv from "../../src/i18n/presets/sv";
import * as presetsZh from "../../src/i18n/presets/zhCN";
import { at } from "../harness/at";

/** Values a native RevOps professional writes exactly as in English. */
const SAME_AS_ENGLISH = new Set([
  "MQL",
  "SQL",
  "SAL",
  "SDR",
  "CAC",
  "LTV",
  "LTV:CAC",
  "Lead", // Swedish and Polish marketers say "lead"
  "Marketing", // Polish
  "Plan", // Swedish and Polish
  "Budget", // Swedish
  "Team", // Swedish
  "Leads", // Swedish marketers count "leads"
  "Outbound (SDR)", // Swedish and Polish
  "—", // "no owner" in the owner picker
  ", ", // list separator in Swedish, Russian and Polish
  // Example deals' company names: proper nouns, the same in every language.
  "Acme Corp",
  "Globex",
  "Initech",
  "Umbrella",
  "Stark Industries",
  "Wayne Enterprises",
  "Hooli",
  "Vandelay Imports",
  "Soylent",
  "Cyberdyne",
  "Tyrell",
  "Wonka",
]);

/** Formulas are the only place where straight double quotes belong in a translation. */
const FORMULA_KEYS = new Set([
  "monthly.salesCycle",
  "annual.neededForConfidence",
  "capacity.opportunitiesNeeded",
  "pipeline.leftOut",
]);

/**
 * What the user reads, and the stage table's header, which the glossary suites leave out: the
 * header is read back from sheets already written, so its wording is a contract of its own.
 */
const CATALOGUES = { ...SHOWN_CATALOGUES, stageTable: stageTableMessages };

function shape(node: unknown): unknown {
  if (typeof node === "function") return `function/${(node as () => unknown).length}`;
  if (node !== null && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shape(v)]));
  }
  return typeof node;
}

describe.each(Object.entries(CATALOGUES))("the %s catalogue", (_name, messagesOf) => {
  const english = messagesOf("en");
  const englishLeaves = new Map(leaves(english).map((l) => [l.path, l.value]));

  it("has English texts, none empty but where meant to be", () => {
    const empty = [...englishLeaves].filter(([, v]) => v.trim() === "").map(([p]) => p);
    expect(empty.every((p) => p.endsWith(".exit"))).toBe(true);
  });

  describe.each(LANGUAGES.filter((l) => l !== "en"))("in %s", (language) => {
    const messages = messagesOf(language);

    it("has exactly the English keys and message arities", () => {
      expect(shape(messages)).toEqual(shape(english));
    });

    it("translates every text: none empty, none left in English (but trade terms)", () => {
      const problems: string[] = [];
      for (const { path, value } of leaves(messages)) {
        const source = englishLeaves.get(path) ?? "";
        if (source.trim() === "") {
          if (value !== "") problems.push(`${path}: English is empty, so must this be`);
        } else if (value.trim() === "") problems.push(`${path}: empty`);
        else if (value === source && !SAME_AS_ENGLISH.has(value)) {
          problems.push(`${path}: still English: ${value}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("keeps every value a message embeds (names, counts, formula parts)", () => {
      const problems: string[] = [];
      const functions = leaves(messages).filter((l) => l.path.includes("(#"));
      expect(functions.length).toBe(
        [...englishLeaves.keys()].filter((p) => p.includes("(#")).length,
      );
      for (const { path, value } of functions) {
        const args = at(ARGUMENT_SETS, Number(/\(#(\d)\)$/.exec(path)![1]));
        for (const arg of args) {
          if (englishLeaves.get(path)!.includes(String(arg)) && !value.includes(String(arg))) {
            problems.push(`${path}: lost ${arg}: ${value}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it("quotes in the language's own quotation marks, not straight quotes", () => {
      const straight = leaves(messages)
        .filter((l) => !FORMULA_KEYS.has(l.path.replace(/\(#\d\)$/, "")))
        .filter((l) => l.value.includes('"'))
        .map((l) => `${l.path}: ${l.value}`);
      expect(straight).toEqual([]);
    });
  });
});

describe("the Inbound preset for the server", () => {
  const modules: Record<Language, { inbound: () => unknown }> = {
    en: presetsEn,
    sv: presetsSv,
    ru: presetsRu,
    pl: presetsPl,
    "zh-CN": presetsZh,
  };
  it.each(LANGUAGES)("in %s is the same text the sidebar's presets carry", (language) => {
    const all = presetMessages(language);
    expect(modules[language].inbound()).toEqual({ owners: all.owners, inbound: all.inbound });
  });
});

describe("preset descriptions", () => {
  it.each(LANGUAGES)("in %s name the stages of the arrow presets, in order", (language) => {
    const p = presetMessages(language);
    for (const preset of [p.inbound, p.waterfall]) {
      expect(preset.description).toContain(Object.values(preset.stages).join(" → "));
    }
  });
});

describe("catalogues are built on demand", () => {
  it("builds a language once, on first use, and only that language", async () => {
    const { lazyCatalogue } = await import("../../src/i18n/catalogue");
    const calls: Language[] = [];
    const builder = (language: Language) => () => (calls.push(language), { hello: language });
    const builders = Object.fromEntries(
      LANGUAGES.map((l) => [l, builder(l)]),
    ) as unknown as Builders<{ hello: Language }>;
    const before = catalogueBuilds();
    const messagesOf = lazyCatalogue(builders);
    expect(calls).toEqual([]);
    const first = messagesOf("sv");
    expect(messagesOf("sv")).toBe(first);
    expect(first.hello).toBe("sv");
    expect(calls).toEqual(["sv"]);
    expect(catalogueBuilds()).toBe(before + 1);
  });
});
