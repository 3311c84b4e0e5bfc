// Words a parameter kind's shape (src/functions/kinds.ts) for docs/functions.md and for the
// `@param {type}` of the autocomplete stubs, which feeds the Apps Script editor's hints.

const TEXT = {
  number: ["number", "number"],
  list: ["number, or a row or column of numbers", "number|number[][]"],
  block: ["number, or a range of numbers", "number|number[][]"],
  range: ["range", "any[][]"],
  names: ["row or column of text", "string[][]"],
  text: ["text", "string"],
};

/** `{ docType, jsdocType }` of one parameter: its docs' own `type` wins over the kind's wording. */
export function kindText(kind, doc) {
  if (kind.shape === "option") {
    const words = kind.words.map((w) => `"${w}"`).join(" | ");
    return { docType: doc.type ?? `text: ${words}`, jsdocType: "string" };
  }
  const text = TEXT[kind.shape];
  if (!text) throw new Error(`No wording for the parameter shape "${kind.shape}"`);
  return { docType: doc.type ?? text[0], jsdocType: text[1] };
}
