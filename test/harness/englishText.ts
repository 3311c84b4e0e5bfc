/**
 * Finds English in a text meant for a non-English reader. A text passes when, once the trade
 * terms (src/i18n/glossary.ts, listed once) and the words a language borrows are taken out:
 * - Russian and Chinese: no word in Latin letters is left (function names, cell references and
 *   formula syntax excepted);
 * - Swedish and Polish (Latin script): no English marker word is left — the small words no
 *   English sentence goes without, and the product's own English nouns — apart from those that
 *   are also words of that language (Polish "a", "to", "on", "do"; Swedish "in", "per", "under").
 */
import { BORROWED_WORDS, TRADE_TERMS, type Translated } from "../../src/i18n/glossary";
import { escapeRegExp } from "../../src/core/escapeRegExp";

const ENGLISH_MARKERS = new Set(
  (
    "the and is are was were be been to of for with your you this that these those not it its " +
    "can will would should must has have had from by or into onto than then there here which " +
    "what when where who how please e.g. done choose select enter type save saved cancel error " +
    "stage stages funnel funnels sheet sheets name names rate rates day days month months " +
    "next previous won lost deal deals customer customers layout table owner owners " +
    "about only each every some more less at on in a an no do per under plan budget"
  ).split(/\s+/),
);

/** Marker words that are also ordinary words of the language. */
const SHARED_WORDS: Readonly<Record<"sv" | "pl", ReadonlySet<string>>> = {
  sv: new Set(["in", "per", "under", "plan", "budget", "a", "e.g."]),
  pl: new Set(["a", "to", "on", "do", "no", "plan", "per", "by"]),
};

/**
 * Function signatures (CAC(spend, new_customers): argument names stay English, SPEC §11), function
 * names (STAGE_CONVERSION), cell references (A1, B2:C9), column names (deal_stage).
 */
const IDENTIFIERS =
  /(?<![\p{Script=Latin}\d_])(?:[A-Z][A-Z0-9_]*\([^()]*\)|[A-Z][A-Z0-9_]*[A-Z0-9](?:[:$][A-Z0-9]+)*(?!\p{Script=Latin})|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)/gu;

/** A math variable (c, x, Pk) or a two-letter abbreviation: not a sentence. */
const SHORT = /^[A-Z]{1,2}$/i;

function stripTerms(text: string, language: Translated): string {
  const terms = [...TRADE_TERMS, ...(BORROWED_WORDS[language] ?? [])].sort(
    (a, b) => b.length - a.length,
  );
  let rest = text;
  for (const term of terms) {
    // Bounded by Latin letters only: Chinese writes terms against its own characters (交付MQL数).
    const bounded = `(?<!\\p{Script=Latin})${escapeRegExp(term)}(?!\\p{Script=Latin})`;
    rest = rest.replace(new RegExp(bounded, "giu"), " ");
  }
  return rest;
}

/** The English words found in a text for a reader of `language` (empty: none). */
export function englishIn(text: string, language: Translated): string[] {
  const rest = stripTerms(text.replace(IDENTIFIERS, " "), language);
  const words = rest.match(/[A-Za-z][A-Za-z'.-]*[A-Za-z]|[A-Za-z]/gu) ?? [];
  if (language === "ru" || language === "zh-CN") {
    return words.filter((w) => !SHORT.test(w));
  }
  const shared = SHARED_WORDS[language];
  const latinWords = rest.match(/\p{L}[\p{L}'.-]*/gu) ?? [];
  return latinWords
    .map((w) => w.toLowerCase().replace(/[.-]+$/, ""))
    .filter((w) => ENGLISH_MARKERS.has(w) && !shared.has(w));
}
