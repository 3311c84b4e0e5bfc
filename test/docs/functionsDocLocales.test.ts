/**
 * docs/functions.<language>.md (SPEC §11): up to date with the registry, headings, summaries,
 * argument types and descriptions, defaults in words and what each function returns translated
 * (src/i18n/functionDocs) for every function and argument of the registry; function names,
 * arguments and error messages in English, and every example formula written in the syntax of that
 * locale's spreadsheets.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOC_LANGUAGE_CODES, DOC_LANGUAGES } from "../../build/docsLocales";
import { isPhrase, isWordedResult, renderDocs } from "../../build/docsRender";
import { kindText } from "../../build/kindText";
import {
  resultInSemicolonSyntax,
  toCommaSyntax,
  toSemicolonSyntax,
} from "../../build/formulaSyntax";
import { REFERENCE } from "../../src/functions/reference";
import { FUNCTION_DOCS } from "../../src/i18n/functionDocs";
import type { Translated } from "../../src/i18n/glossary";
import { englishIn } from "../harness/englishText";

const DOCS = join(__dirname, "..", "..", "docs");
const TRANSLATED = DOC_LANGUAGE_CODES.filter((l): l is Translated => l !== "en");

/** Names the examples cite as the CRM or the author writes them (a person's name, a stage). */
const withoutNames = (text: string) => text.replace(/Tunguz|Demo|Closed Lost|Date entered/g, " ");

/** Option words ("stage") and code spans stay as typed in formulas; the rest is prose. */
const prose = (text: string) => text.replace(/`[^`]*`/g, " ").replace(/"[^"]*"/g, " ");

describe("formulas in the semicolon syntax (decimal-comma locales)", () => {
  it.each([
    [
      "=REQUIRED_LEADS(100000, 10000, {0.1; 0.3; 0.5})",
      "=REQUIRED_LEADS(100000; 10000; {0,1; 0,3; 0,5})",
    ],
    [
      "=FUNNEL_TARGETS({0, 0, 100000}, 10000, {0.5}, {45})",
      "=FUNNEL_TARGETS({0\\ 0\\ 100000}; 10000; {0,5}; {45})",
    ],
    ['=STAGE_CONVERSION(D2:H900, , "strict")', '=STAGE_CONVERSION(D2:H900; ; "strict")'],
    ["=LTV({500; 1000}, 80%, {0.02; 0.04})", "=LTV({500; 1000}; 80%; {0,02; 0,04})"],
    ['=IF(A1>0.5, "a, b. c", {1, 2; 3, 4})', '=IF(A1>0,5; "a, b. c"; {1\\ 2; 3\\ 4})'],
    ["=SUM(Funnel_Rates, .5)", "=SUM(Funnel_Rates; ,5)"],
    ['="say ""1, 2"""&TEXT(B6, "0.0")', '="say ""1, 2"""&TEXT(B6; "0.0")'],
  ])("%s → %s", (comma, semicolon) => {
    expect(toSemicolonSyntax(comma)).toBe(semicolon);
    expect(toCommaSyntax(semicolon)).toBe(comma);
  });

  it("converts every example of the reference and back without loss", () => {
    for (const { docs } of REFERENCE) {
      for (const { formula } of docs.examples) {
        expect(toCommaSyntax(toSemicolonSyntax(formula))).toBe(formula);
      }
    }
  });

  it.each([
    ['0.3; 0.4; ""', '0,3; 0,4; ""'],
    ["10, 10, 0; 0, 0, 10", "10\\ 10\\ 0; 0\\ 0\\ 10"],
    ["one row per stage, one column per month", "one row per stage, one column per month"],
  ])("result %s → %s", (result, shown) => {
    expect(resultInSemicolonSyntax(result)).toBe(shown);
  });
});

describe.each(TRANSLATED)("docs/%s", (language) => {
  const words = DOC_LANGUAGES[language];
  const text = renderDocs(REFERENCE, language);
  const english = renderDocs(REFERENCE);
  const semicolon = words.syntax === "semicolon";
  const inLocale = (formula: string) => (semicolon ? toSemicolonSyntax(formula) : formula);

  it("is up to date with the registry (run `npm run docs` after changing a function)", () => {
    expect(readFileSync(join(DOCS, words.file), "utf8")).toBe(text);
  });

  it("translates the title and the headings", () => {
    expect(text.startsWith(`${words.title}\n`)).toBe(true);
    for (const heading of [words.returns, words.examples, words.errors]) {
      expect(text).toContain(heading);
      expect(english).not.toContain(heading);
    }
    expect(text).toContain(`| ${words.columns.join(" | ")} |`);
  });

  it("keeps function names, argument names and error messages in English", () => {
    for (const { spec, docs } of REFERENCE) {
      expect(text).toContain(`## ${spec.name}`);
      for (const p of spec.params) expect(text).toContain(`| \`${p.name}\` |`);
      for (const m of docs.errors) expect(text).toContain(`- \`${m}\``);
    }
  });

  it(`writes every example in the ${words.syntax} syntax`, () => {
    for (const { docs } of REFERENCE) {
      for (const e of docs.examples) expect(text).toContain(`- \`${inLocale(e.formula)}\` → `);
    }
    expect(text.includes("=REQUIRED_LEADS(100000; 10000; {0,1; 0,3; 0,5})")).toBe(semicolon);
  });
});

describe("the language links", () => {
  it("every reference links every language's file", () => {
    for (const language of DOC_LANGUAGE_CODES) {
      const text = renderDocs(REFERENCE, language);
      for (const { file } of Object.values(DOC_LANGUAGES)) expect(text).toContain(`](${file})`);
    }
  });
});

describe.each(TRANSLATED)("the %s reference's own words", (language) => {
  const translation = FUNCTION_DOCS[language];

  it("covers every function and every argument of the registry, and nothing else", () => {
    expect(Object.keys(translation.functions).sort()).toEqual(
      REFERENCE.map((r) => r.spec.name).sort(),
    );
    for (const { spec } of REFERENCE) {
      expect({
        [spec.name]: Object.keys(translation.functions[spec.name]?.params ?? {}).sort(),
      }).toEqual({
        [spec.name]: spec.params.map((p) => p.name).sort(),
      });
    }
  });

  it("leaves no summary, argument description or return text in English", () => {
    const english: string[] = [];
    for (const { spec, docs } of REFERENCE) {
      const own = translation.functions[spec.name]!;
      const pairs: [string, string, string][] = [
        ["summary", docs.summary, own.summary],
        ["returns", docs.returns, own.returns],
        ...spec.params.map((p): [string, string, string] => [
          p.name,
          docs.params[p.name]!.description,
          own.params[p.name] ?? "",
        ]),
      ];
      for (const [what, en, translated] of pairs) {
        const words = englishIn(prose(translated), language);
        if (translated.trim() === "" || translated === en || words.length > 0) {
          english.push(`${spec.name} ${what}: ${words.join(", ") || "same as English"}`);
        }
      }
    }
    expect(english).toEqual([]);
  });

  it("translates every argument type and every default written in words", () => {
    const missing: string[] = [];
    for (const { spec, docs } of REFERENCE) {
      for (const p of spec.params) {
        const doc = docs.params[p.name]!;
        const { docType } = kindText(p.kind, doc);
        const phrases = [docType.startsWith("text: ") ? "text" : docType];
        if (p.optional && isPhrase(String(doc.default))) phrases.push(String(doc.default));
        for (const phrase of phrases) {
          const translated = translation.phrases[phrase];
          if (translated === undefined || englishIn(prose(translated), language).length > 0)
            missing.push(`${spec.name} ${p.name}: ${phrase}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("translates every example's remark and every result written in words", () => {
    const untranslated: string[] = [];
    for (const { spec, docs } of REFERENCE) {
      const own = translation.examples[spec.name] ?? {};
      const english = docs.examples.flatMap((e) => [
        ...(e.note ? [e.note] : []),
        ...(isWordedResult(e.result) ? [e.result] : []),
      ]);
      for (const text of english) {
        const translated = own[text];
        const words =
          translated === undefined ? [] : englishIn(prose(withoutNames(translated)), language);
        if (translated === undefined || translated === text || words.length > 0)
          untranslated.push(`${spec.name}: ${text}${words.length ? ` (${words.join(", ")})` : ""}`);
      }
      // Nothing left over from an example that is gone.
      for (const text of Object.keys(own))
        if (!english.includes(text)) untranslated.push(`${spec.name}: stale "${text}"`);
    }
    expect(untranslated).toEqual([]);
  });

  it("translates every paragraph below each summary, keeping its code spans", () => {
    const problems: string[] = [];
    const spans = (text: string) => text.match(/`[^`]*`/g) ?? [];
    for (const { spec, docs } of REFERENCE) {
      const own = translation.details[spec.name] ?? [];
      if (own.length !== docs.details.length)
        problems.push(`${spec.name}: ${own.length} paragraphs for ${docs.details.length}`);
      docs.details.forEach((english, i) => {
        const translated = own[i] ?? "";
        const words = englishIn(prose(withoutNames(translated)), language);
        if (translated === english || words.length > 0)
          problems.push(`${spec.name} [${i}]: ${words.join(", ") || "same as English"}`);
        const lost = spans(english).filter((span) => !translated.includes(span));
        if (lost.length > 0) problems.push(`${spec.name} [${i}] lost ${lost.join(" ")}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("shows them in the rendered reference", () => {
    const text = renderDocs(REFERENCE, language);
    const english = renderDocs(REFERENCE);
    for (const { spec, docs } of REFERENCE) {
      const own = translation.functions[spec.name]!;
      expect(text).toContain(`\n${own.summary}\n`);
      expect(text).not.toContain(`\n${docs.summary}\n`);
      expect(english).toContain(`\n${docs.summary}\n`);
    }
  });
});
