// Words a parameter kind's shape (src/functions/kinds.ts) for docs/functions.md and for the
// `@param {type}` of the autocomplete stubs, which feeds the Apps Script editor's hints.
import type { Kind, KindShape } from "../src/functions/kinds";
import type { ParamDocs } from "../src/functions/registry";

/** [words in the docs, JSDoc type] per shape; options are worded from their words. */
const TEXT: Record<Exclude<KindShape, "option">, [string, string]> = {
  number: ["number", "number"],
  list: ["number, or a row or column of numbers", "number|number[][]"],
  block: ["number, or a range of numbers", "number|number[][]"],
  range: ["range", "any[][]"],
  names: ["row or column of text", "string[][]"],
  text: ["text", "string"],
};

/** `{ docType, jsdocType }` of one parameter: its docs' own `type` wins over the kind's wording. */
export function kindText(
  kind: Kind<unknown>,
  doc: ParamDocs,
): { docType: string; jsdocType: string } {
  if (kind.shape === "option") {
    const words = (kind.words ?? []).map((w) => `"${w}"`).join(" | ");
    return { docType: doc.type ?? `text: ${words}`, jsdocType: "string" };
  }
  const [docType, jsdocType] = TEXT[kind.shape];
  return { docType: doc.type ?? docType, jsdocType };
}
