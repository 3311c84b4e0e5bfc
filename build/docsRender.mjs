// Renders docs/functions.md from the function reference (src/functions/reference.ts: each
// function's declaration and its docs). Pure (reference in, text out) so a test can regenerate it
// in memory and fail when the committed file is stale.

import { kindText } from "./kindText.mjs";

/** Text safe inside a Markdown table cell. */
function cell(text) {
  return String(text)
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
}

function renderFunction({ spec, docs, signature }) {
  const lines = [`## ${spec.name}`, "", "```", signature, "```", "", docs.summary, ""];
  for (const paragraph of docs.details) lines.push(paragraph, "");
  lines.push("| argument | type | required | description |", "| --- | --- | --- | --- |");
  for (const p of spec.params) {
    const doc = docs.params[p.name];
    const required = p.optional ? `optional, default ${doc.default}` : "required";
    lines.push(
      `| \`${p.name}\` | ${cell(kindText(p.kind, doc).docType)} | ${cell(required)} | ${cell(doc.description)} |`,
    );
  }
  lines.push("", `**Returns:** ${docs.returns}`, "", "**Examples**", "");
  for (const e of docs.examples) {
    const note = e.note ? ` — ${e.note}` : "";
    lines.push(`- \`${e.formula}\` → ${e.result}${note}`);
  }
  lines.push("", "**Errors** (examples of the messages shown under `#ERROR!`)", "");
  for (const message of docs.errors) lines.push(`- \`${message}\``);
  lines.push("");
  return lines.join("\n");
}

export function renderDocs(reference) {
  const header = [
    "# Funnel Math function reference",
    "",
    "<!-- Generated from src/functions by `npm run docs`; do not edit by hand. -->",
    "",
    "Every function takes single values or ranges as Google Sheets passes them. Rates are fractions",
    "(30% = 0.3). Numbers typed as text are read as CRM exports write them: `30%` or `30 %`, a decimal",
    "comma (`12,5%`), thousands grouped by spaces, commas or dots (`100 000`, `1,234.5`, `1.234,5`), a",
    "leading `+` or `−`, exponents (`1e5`); `1,000` alone is refused, since it could mean 1000 or 1.",
    "Trailing empty cells of a stage list are ignored. Ranges of element-wise functions (CAC, LTV,",
    "CAC_PAYBACK, PIPELINE_VELOCITY) and REQUIRED_LEADS' scenario lists keep their shape: an empty",
    "cell gives an empty result in its place, and only a single value is combined with a range.",
    "Optional arguments may be left out, skipped or left blank. Bad input shows `#ERROR!` with",
    "`FUNCTION: argument: what is wrong and how to fix it`.",
    "",
    ...reference.map(({ spec, signature }) => `- [${signature}](#${spec.name.toLowerCase()})`),
    "",
  ];
  return [header.join("\n"), ...reference.map(renderFunction)].join("\n");
}
