// Renders docs/functions.md from the function reference (src/functions/reference.ts: each
// function's declaration and its docs). Pure (reference in, text out) so a test can regenerate it
// in memory and fail when the committed file is stale.

import { DOC_LANGUAGES, languageLinks } from "./docsLocales.mjs";
import { isPhrase, optionTypeIn, phraseIn } from "./docsPhrases.mjs";
import { resultInSemicolonSyntax, toSemicolonSyntax } from "./formulaSyntax.mjs";
import { kindText } from "./kindText.mjs";

/** Text safe inside a Markdown table cell. */
function cell(text) {
  return String(text)
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
}

/** How formulas and results are written in a language's locale. */
function syntaxOf(words) {
  const semicolon = words.syntax === "semicolon";
  return {
    formula: semicolon ? toSemicolonSyntax : (f) => f,
    result: semicolon ? resultInSemicolonSyntax : (r) => r,
  };
}

/** A parameter's type in a language: its phrase translated, option words as typed. */
function typeIn(language, docType) {
  return docType.startsWith("text: ")
    ? optionTypeIn(language, docType.slice("text: ".length))
    : phraseIn(language, docType);
}

/** A default in a language: "none" and its kind translated; numbers and option words as typed. */
function defaultIn(language, value) {
  const text = String(value);
  return isPhrase(text) ? phraseIn(language, text) : text;
}

function renderFunction({ spec, docs, signature }, words, language) {
  const syntax = syntaxOf(words);
  const lines = [
    `## ${spec.name}`,
    "",
    "```",
    syntax.formula(signature),
    "```",
    "",
    docs.summary,
    "",
  ];
  for (const paragraph of docs.details) lines.push(paragraph, "");
  lines.push(`| ${words.columns.join(" | ")} |`, "| --- | --- | --- | --- |");
  for (const p of spec.params) {
    const doc = docs.params[p.name];
    const required = p.optional
      ? words.optional(syntax.result(defaultIn(language, doc.default)))
      : words.required;
    lines.push(
      `| \`${p.name}\` | ${cell(typeIn(language, kindText(p.kind, doc).docType))} | ${cell(required)} | ${cell(doc.description)} |`,
    );
  }
  lines.push("", `${words.returns} ${docs.returns}`, "", words.examples, "");
  for (const e of docs.examples) {
    const note = e.note ? ` — ${e.note}` : "";
    lines.push(`- \`${syntax.formula(e.formula)}\` → ${syntax.result(e.result)}${note}`);
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
function joinParagraphs(lines) {
  return lines
    .join("\n")
    .split("\n\n")
    .flatMap((paragraph, i) =>
      (i === 0 ? [] : [""]).concat(
        paragraph.replace(/(?<=[!-~])\n|\n(?=[!-~])/g, " ").replace(/\n/g, ""),
      ),
    );
}

/** docs/functions.md, or its translation for a language of DOC_LANGUAGES ("sv", "zh-CN"). */
export function renderDocs(reference, language = "en") {
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
