// Renders docs/functions.md from the function reference (src/functions/reference.ts: each
// function's declaration and its docs). Pure (reference in, text out) so a test can regenerate it
// in memory and fail when the committed file is stale.

import type { FunctionReference } from "../src/functions/reference";
import { FUNCTION_DOCS } from "../src/i18n/functionDocs";
import { DOC_LANGUAGES, languageLinks, type DocLanguage, type DocWords } from "./docsLocales";
import { resultInSemicolonSyntax, toSemicolonSyntax } from "./formulaSyntax";
import { kindText } from "./kindText";
import { paramDocs } from "./stubs";

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return String(text)
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
}

/** How formulas and results are written in a language's locale. */
function syntaxOf(words: DocWords): {
  formula: (formula: string) => string;
  result: (result: string) => string;
} {
  const same = (text: string) => text;
  const semicolon = words.syntax === "semicolon";
  return {
    formula: semicolon ? toSemicolonSyntax : same,
    result: semicolon ? resultInSemicolonSyntax : same,
  };
}

/** A default printed as a phrase to translate ("none", "no ramp"), not a number or option word. */
export function isPhrase(value: string): boolean {
  return /^[a-z][a-z ()]*$/.test(value);
}

/**
 * A function's own text in a language: English from its declaration, other languages from
 * src/i18n/functionDocs. A missing translation stops `npm run docs` rather than leave English in.
 */
function textIn(language: DocLanguage, { spec, docs }: FunctionReference) {
  if (language === "en") {
    return {
      summary: docs.summary,
      returns: docs.returns,
      param: (name: string) => paramDocs(docs.params, name, spec.name).description,
      phrase: (english: string) => english,
      example: (english: string) => english,
      details: docs.details,
    };
  }
  const translation = FUNCTION_DOCS[language];
  const missing = (what: string): never => {
    throw new Error(`src/i18n/functionDocs (${language}): no translation of ${what}`);
  };
  const own = translation.functions[spec.name] ?? missing(spec.name);
  return {
    summary: own.summary,
    returns: own.returns,
    param: (name: string) => own.params[name] ?? missing(`${spec.name}'s ${name}`),
    phrase: (english: string) => translation.phrases[english] ?? missing(`"${english}"`),
    details: translation.details[spec.name] ?? missing(`${spec.name}'s details`),
    example: (english: string) =>
      translation.examples[spec.name]?.[english] ?? missing(`${spec.name}'s example "${english}"`),
  };
}

/** An example's result written in words ("one row per target"), not values ("0.3; 0.4; \"\""). */
export function isWordedResult(result: string): boolean {
  return /[a-z]{2,}/i.test(result.replace(/"[^"]*"/g, ""));
}

/** A parameter's type in a language: its phrase translated, option words as typed. */
function typeIn(phrase: (english: string) => string, docType: string): string {
  const option = "text: ";
  return docType.startsWith(option)
    ? `${phrase("text")}: ${docType.slice(option.length)}`
    : phrase(docType);
}

function renderFunction(
  reference: FunctionReference,
  words: DocWords,
  language: DocLanguage,
): string {
  const { spec, docs, signature } = reference;
  const text = textIn(language, reference);
  const syntax = syntaxOf(words);
  const lines = [
    `## ${spec.name}`,
    "",
    "```",
    syntax.formula(signature),
    "```",
    "",
    text.summary,
    "",
  ];
  for (const paragraph of text.details) lines.push(paragraph, "");
  lines.push(`| ${words.columns.join(" | ")} |`, "| --- | --- | --- | --- |");
  for (const p of spec.params) {
    const doc = paramDocs(docs.params, p.name, spec.name);
    const value = String(doc.default);
    const required = p.optional
      ? words.optional(syntax.result(isPhrase(value) ? text.phrase(value) : value))
      : words.required;
    const type = typeIn(text.phrase, kindText(p.kind, doc).docType);
    lines.push(
      `| \`${p.name}\` | ${cell(type)} | ${cell(required)} | ${cell(text.param(p.name))} |`,
    );
  }
  lines.push("", `${words.returns} ${text.returns}`, "", words.examples, "");
  for (const e of docs.examples) {
    const note = e.note ? ` — ${text.example(e.note)}` : "";
    const result = isWordedResult(e.result) ? text.example(e.result) : syntax.result(e.result);
    lines.push(`- \`${syntax.formula(e.formula)}\` → ${result}${note}`);
  }
  lines.push("", words.errors, "");
  for (const message of docs.errors) lines.push(`- \`${message}\``);
  lines.push("");
  return lines.join("\n");
}

/**
 * Each paragraph (lines up to an empty one) on one line: joined directly between Chinese
 * characters, with a space where Latin text or a code span meets the break.
 */
function joinParagraphs(lines: readonly string[]): string[] {
  return lines
    .join("\n")
    .split("\n\n")
    .flatMap((paragraph, i) =>
      (i === 0 ? [] : [""]).concat(
        paragraph.replace(/(?<=[\x21-\x7e])\n|\n(?=[\x21-\x7e])/g, " ").replace(/\n/g, ""),
      ),
    );
}

/** docs/functions.md, or its translation for a language of DOC_LANGUAGES ("sv", "zh-CN"). */
export function renderDocs(
  reference: readonly FunctionReference[],
  language: DocLanguage = "en",
): string {
  const words = DOC_LANGUAGES[language];
  const { formula } = syntaxOf(words);
  const header = [
    words.title,
    "",
    "<!-- Generated from src/functions by `npm run docs`; do not edit by hand. -->",
    "",
    languageLinks(),
    "",
    ...(words.joinLines ? joinParagraphs(words.overview) : words.overview),
    "",
    ...reference.map(
      ({ spec, signature }) => `- [${formula(signature)}](#${spec.name.toLowerCase()})`,
    ),
    "",
  ];
  return [header.join("\n"), ...reference.map((r) => renderFunction(r, words, language))].join(
    "\n",
  );
}
