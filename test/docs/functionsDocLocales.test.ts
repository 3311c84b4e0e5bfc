/**
 * docs/functions.<language>.md (SPEC §11): up to date with the registry, headings translated,
 * function names, arguments and error messages in English, and every example formula written in
 * the syntax of that locale's spreadsheets.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOC_LANGUAGES } from "../../build/docsLocales.mjs";
import { isPhrase, translatedPhrase } from "../../build/docsPhrases.mjs";
import { renderDocs } from "../../build/docsRender.mjs";
import { kindText } from "../../build/kindText.mjs";
import {
  resultInSemicolonSyntax,
  toCommaSyntax,
  toSemicolonSyntax,
} from "../../build/formulaSyntax.mjs";
import { REFERENCE } from "../../src/functions/reference";

const DOCS = join(__dirname, "..", "..", "docs");
const TRANSLATED = Object.keys(DOC_LANGUAGES).filter((l) => l !== "en");

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
  const words = DOC_LANGUAGES[language as keyof typeof DOC_LANGUAGES];
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
    for (const language of Object.keys(DOC_LANGUAGES)) {
      const text = renderDocs(REFERENCE, language);
      for (const { file } of Object.values(DOC_LANGUAGES)) expect(text).toContain(`](${file})`);
    }
  });
});

describe.each(TRANSLATED)("the %s reference's own words", (language) => {
  const words = DOC_LANGUAGES[language as keyof typeof DOC_LANGUAGES];

  it("translates every argument type and every default written in words", () => {
    const missing = new Set<string>();
    for (const { spec, docs } of REFERENCE) {
      for (const p of spec.params) {
        const doc = docs.params[p.name]!;
        const { docType } = kindText(p.kind, doc);
        if (!docType.startsWith("text: ") && translatedPhrase(language, docType) === undefined) {
          missing.add(docType);
        }
        const value = String(doc.default);
        if (p.optional && isPhrase(value) && translatedPhrase(language, value) === undefined) {
          missing.add(value);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("covers what the English overview covers (every function and code name it mentions)", () => {
    const names = (lines: readonly string[]) => {
      const text = lines.join("\n");
      const functions = REFERENCE.map((r) => r.spec.name).filter((n) =>
        new RegExp(`(?<![A-Z_])${n}(?![A-Z_])`).test(text),
      );
      const code = (text.match(/`[^`]*`/g) ?? []).filter((span) => !/\d/.test(span));
      return new Set([...functions, ...code]);
    };
    const english = names(DOC_LANGUAGES.en.overview);
    const translated = names(words.overview);
    expect([...english].filter((n) => !translated.has(n))).toEqual([]);
  });

  it("breaks no line inside a Chinese sentence", () => {
    if (language !== "zh-CN") return;
    const text = renderDocs(REFERENCE, language);
    const overview = text
      .split("\n")
      .filter((line) => !line.startsWith("#") && /[\u4e00-\u9fff]/.test(line));
    for (const line of overview) expect(line).not.toMatch(/[\u4e00-\u9fff，、：（]$/);
  });
});
