/**
 * The function reference's own words in a language (SPEC §11): each function's summary, what it
 * returns, each argument's description and the examples' remarks, and the short phrases of the argument tables (the
 * "type" column, defaults written in words). The English lives beside each function's declaration
 * (src/functions/*.ts, `FunctionDocs`); build/docsRender.ts joins the two into
 * docs/functions.<language>.md, and test/docs/functionsDocLocales.test.ts fails when a function or
 * an argument of the registry has no translation here, or one left in English.
 *
 * Function names, argument names, option words ("stage", "median") and error messages stay
 * English: they are what a formula is typed with and what Sheets shows. Not bundled: only the
 * build and tests read these files.
 */

/** One function's text in a language. */
export interface FunctionText {
  summary: string;
  returns: string;
  /** One description per argument, keyed by the argument's (English) name. */
  params: Readonly<Record<string, string>>;
}

export interface FunctionDocsTranslation {
  /** English phrase of the argument tables (a type, a default in words) → this language. */
  phrases: Readonly<Record<string, string>>;
  /** Keyed by function name, as the registry (src/functions/catalog.ts) declares it. */
  functions: Readonly<Record<string, FunctionText>>;
  /**
   * The examples' remarks and their results written in words ("one row per target"), per function:
   * English text → this language. Numbers in them are written as the language writes them.
   */
  examples: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * The further paragraphs below each summary, per function, one per English paragraph and in its
   * order; code spans as in English.
   */
  details: Readonly<Record<string, readonly string[]>>;
}
