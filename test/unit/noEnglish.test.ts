/**
 * No English reaches a non-English reader (SPEC §11): every catalogue text, each message function's
 * output, and the translated docs' own words, checked for English words (test/harness/englishText.ts;
 * the trade terms are listed once, in src/i18n/glossary.ts).
 */
import { DOC_LANGUAGES } from "../../build/docsLocales";
import type { Translated } from "../../src/i18n/glossary";
import { allTexts } from "../harness/catalogueTexts";
import { englishIn } from "../harness/englishText";

const TRANSLATED: Translated[] = ["sv", "ru", "pl", "zh-CN"];

/** Code spans and quoted formula text in the docs stay English by design (function syntax). */
const withoutCode = (text: string) =>
  text
    .replace(/`[^`]*`/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/\[[^\]]*\]\([^)]*\)/g, " ");

describe("the English detector", () => {
  it.each([
    ["sv", 'Rad 2: "abc" is not a percentage'],
    ["sv", "Give the new funnel a name, e.g. EMEA."],
    ["pl", "Choose a layout."],
    ["ru", "Этап: done."],
    ["zh-CN", "阶段 Funnel"],
  ] as const)("%s: finds English in %s", (language, text) => {
    expect(englishIn(text, language)).not.toEqual([]);
  });

  it.each([
    ["sv", "Konvertering till nästa steg: 30 % av alla MQL:er i planen, per månad."],
    ["pl", "Koszt pozyskania klienta (CAC) to a nie LTV; do następnego etapu."],
    ["ru", "Конверсия MQL → SQL, функция STAGE_CONVERSION(A1:B9)."],
    ["zh-CN", "获客成本（CAC）与 LTV；Funnel Math ▸ 阶段编辑器。"],
  ] as const)("%s: passes %s", (language, text) => {
    expect(englishIn(text, language)).toEqual([]);
  });
});

describe.each(TRANSLATED)("in %s", (language) => {
  it("no catalogue text has English in it", () => {
    const problems = allTexts(language)
      .map(({ path, value }) => ({ path, english: englishIn(value, language) }))
      .filter((p) => p.english.length > 0)
      .map((p) => `${p.path}: ${p.english.join(", ")}`);
    expect(problems).toEqual([]);
  });

  it("the docs' own words have no English in them (code and formulas aside)", () => {
    const words = DOC_LANGUAGES[language];
    const texts = [
      words.title,
      ...words.overview,
      ...words.columns,
      words.required,
      words.optional("1"),
      words.returns,
      words.examples,
      words.errors,
    ];
    const english = texts.flatMap((t) => englishIn(withoutCode(t), language));
    expect(english).toEqual([]);
  });
});
