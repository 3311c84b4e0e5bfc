/**
 * The glossary (src/i18n/glossary.ts) holds one term per concept per language; no catalogue text,
 * and none of the translated docs' own words, may use a variant it rules out.
 */
import { DOC_LANGUAGES } from "../../build/docsLocales";
import { FUNCTION_DOCS } from "../../src/i18n/functionDocs";
import { AVOID, GLOSSARY, type Translated } from "../../src/i18n/glossary";
import { allTexts, type Leaf } from "../harness/catalogueTexts";

const TRANSLATED = Object.keys(AVOID) as Translated[];

/** The docs' translated words, without code spans (function names and messages stay English). */
function docTexts(language: Translated): Leaf[] {
  const words = DOC_LANGUAGES[language];
  const texts: Leaf[] = [
    { path: "docs.title", value: words.title },
    { path: "docs.overview", value: words.overview.join("\n").replace(/`[^`]*`/g, "") },
    { path: "docs.columns", value: words.columns.join(" | ") },
    { path: "docs.required", value: words.required },
    { path: "docs.optional", value: words.optional("1") },
    { path: "docs.returns", value: words.returns },
    { path: "docs.examples", value: words.examples },
    { path: "docs.errors", value: words.errors.replace(/`[^`]*`/g, "") },
  ];
  const { phrases, functions, examples, details } = FUNCTION_DOCS[language];
  for (const [name, paragraphs] of Object.entries(details))
    paragraphs.forEach((value, i) =>
      texts.push({
        path: `functionDocs.${name}.details[${i}]`,
        value: value.replace(/`[^`]*`/g, ""),
      }),
    );
  for (const [name, remarks] of Object.entries(examples))
    for (const [english, value] of Object.entries(remarks))
      texts.push({ path: `functionDocs.${name}.examples.${english}`, value });
  for (const [english, value] of Object.entries(phrases))
    texts.push({ path: `functionDocs.phrases.${english}`, value });
  for (const [name, own] of Object.entries(functions)) {
    texts.push({ path: `functionDocs.${name}.summary`, value: own.summary });
    texts.push({ path: `functionDocs.${name}.returns`, value: own.returns });
    for (const [param, value] of Object.entries(own.params))
      texts.push({ path: `functionDocs.${name}.${param}`, value });
  }
  return texts;
}

describe("the glossary", () => {
  it("gives every concept a term in every language", () => {
    for (const entry of GLOSSARY) {
      for (const language of TRANSLATED) expect(entry.terms[language].trim()).not.toBe("");
    }
  });

  it("has no two concepts with the same term in a language", () => {
    for (const language of TRANSLATED) {
      const terms = GLOSSARY.map((e) => e.terms[language].toLowerCase());
      const shared = GLOSSARY.filter((e) => e.en !== "MQL / SQL")
        .map((e) => e.terms[language].toLowerCase())
        .filter((t, i, all) => all.indexOf(t) !== i);
      expect({ language, shared }).toEqual({ language, shared: [] });
      expect(terms.length).toBe(GLOSSARY.length);
    }
  });

  it("does not rule out its own terms", () => {
    for (const language of TRANSLATED) {
      for (const entry of GLOSSARY) {
        for (const avoid of AVOID[language]) {
          expect({
            term: entry.terms[language],
            hit: avoid.pattern.test(entry.terms[language]),
          }).toEqual({ term: entry.terms[language], hit: false });
        }
      }
    }
  });
});

describe.each(TRANSLATED)("texts in %s", (language) => {
  it("use the glossary's terms, none of the variants it rules out", () => {
    const problems: string[] = [];
    for (const { path, value } of [...allTexts(language), ...docTexts(language)]) {
      for (const { pattern, why } of AVOID[language]) {
        const hit = pattern.exec(value);
        if (hit) {
          const around = value.slice(Math.max(0, hit.index - 30), hit.index + hit[0].length + 30);
          problems.push(`${path}: “${hit[0]}” — ${why}: …${around}…`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the rules catch what they are meant to", () => {
  it.each([
    ["sv", "Total förvärvsbudget"],
    ["sv", "Förlorade affärer"],
    ["sv", "Byt till era egna."],
    ["sv", "Dagar i steget kan inte vara negativt."],
    ["ru", "Этап выигрыша"],
    ["ru", "Конверсия в следующий"],
    ["ru", "Проспект"],
    ["ru", "Отставание от плана"],
    ["pl", "odkąd ją otworzyłeś"],
    ["pl", "Dni w etapie"],
    ["pl", "Prospekt"],
    ["zh-CN", "潜在客户"],
    ["zh-CN", "成交阶段"],
    ["zh-CN", "工作表中的表格有 1 个问题"],
  ] as const)("%s: %s", (language, text) => {
    expect(AVOID[language].some((a) => a.pattern.test(text))).toBe(true);
  });

  it.each([
    ["sv", "Kundförvärv och kundanskaffningskostnad"],
    ["sv", "Uteblivna vunna affärer"],
    ["sv", "Byt till dina egna."],
    ["sv", "Förlorad affär"],
    ["ru", "Сделка выиграна"],
    ["ru", "Конверсия на следующий этап"],
    ["pl", "Dni na etapie"],
    ["pl", "gdzieś w arkuszu"],
    ["zh-CN", "Google 表格和电子表格"],
  ] as const)("%s: %s passes", (language, text) => {
    expect(AVOID[language].filter((a) => a.pattern.test(text))).toEqual([]);
  });
});

describe.each(["en", ...TRANSLATED] as const)("numbers in %s texts", (language) => {
  it("keep together: a no-break space inside a number and before %, never a plain one", () => {
    const broken = [...allTexts(language), ...(language === "en" ? [] : docTexts(language))]
      .filter(({ value }) => /\d (?:%|\d{3}(?!\d))/.test(value))
      .map(({ path, value }) => `${path}: ${/.{0,20}\d (?:%|\d{3}).{0,10}/.exec(value)?.[0]}`);
    expect(broken).toEqual([]);
  });
});
