// Generates the top-level declarations Apps Script needs: one `function NAME(params)` per custom
// function, with the JSDoc Sheets' autocomplete reads, and a one-line forwarder for every export
// of the entry (triggers, menu commands, sidebar server calls).

import type { FunctionReference } from "../src/functions/reference";
import { kindText } from "./kindText";

/** The global the bundle's IIFE defines; every generated declaration forwards to it. */
export const GLOBAL = "FunnelMath";

function clean(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\s+/g, " ").trim();
}

/** One item of src/functions/reference.ts's REFERENCE: `{ spec, docs }`. */
export function customFunctionStub({ spec, docs }: FunctionReference): string {
  const names = spec.params.map((p) => p.name);
  const lines = ["/**", ` * ${clean(docs.summary)}`, " *"];
  for (const p of spec.params) {
    const doc = paramDocs(docs.params, p.name, spec.name);
    const optional = p.optional ? ` Optional; default ${clean(doc.default ?? "")}.` : "";
    lines.push(
      ` * @param {${kindText(p.kind, doc).jsdocType}} ${p.name} ${clean(doc.description)}${optional} Example: ${clean(doc.example)}`,
    );
  }
  lines.push(` * @return ${clean(docs.returns)}`, " * @customfunction", " */");
  lines.push(`function ${spec.name}(${names.join(", ")}) {`);
  // `arguments`, not the named parameters: extra arguments must reach the runner to be reported.
  lines.push(`  return ${GLOBAL}.customFunction_("${spec.name}", arguments);`);
  lines.push("}");
  return lines.join("\n");
}

/**
 * A plain forwarder for a trigger, menu command or sidebar server call, on one line: nothing reads
 * its JSDoc (only custom functions' JSDoc feeds autocomplete), and every byte of Code.js is
 * evaluated on each custom-function call.
 */
export function forwarderStub(name: string): string {
  return `function ${name}() { return ${GLOBAL}.${name}.apply(null, arguments); }`;
}

/** A parameter's docs; a parameter without any is a build error, not an empty line. */
export function paramDocs(
  params: FunctionReference["docs"]["params"],
  name: string,
  fn: string,
): FunctionReference["docs"]["params"][string] {
  const doc = params[name];
  if (!doc) throw new Error(`build: ${fn}'s parameter ${name} has no docs`);
  return doc;
}
