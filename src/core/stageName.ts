/**
 * How a stage name in the data matches a stage of `stage_order` (SPEC §3): surrounding white space
 * and case don't count. This is the one definition used by STAGE_CONVERSION's record log (in
 * JavaScript) and by FUNNEL_SQL's queries (emitted as explicit TRIM sets and TRANSLATE lists, since
 * every SQL engine's TRIM default and LOWER differ from JavaScript's), so the two cannot drift.
 */

/**
 * The white space trimmed around a stage name: exactly what JavaScript's `String.prototype.trim`
 * removes (ECMAScript WhiteSpace and LineTerminator: tab, line feed, vertical tab, form feed,
 * carriage return, space, no-break space, the Zs spaces, line and paragraph separators and the
 * byte-order mark). test/unit/stageName.test.ts checks it against `trim` on every code point.
 */
export const STAGE_NAME_SPACE =
  "\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** Removes {@link STAGE_NAME_SPACE} from both ends (the same result as `trim()`). */
export function trimStageName(name: string): string {
  let start = 0;
  let end = name.length;
  while (start < end && STAGE_NAME_SPACE.indexOf(name.charAt(start)) >= 0) start++;
  while (end > start && STAGE_NAME_SPACE.indexOf(name.charAt(end - 1)) >= 0) end--;
  return start === 0 && end === name.length ? name : name.slice(start, end);
}

/** Final sigma (ς) folds to σ, so "ΠΕΛΆΤΗΣ" matches "Πελάτης" whatever the engine's LOWER does. */
const FINAL_SIGMA = /\u03c2/g;

/**
 * Case folding: each code point's own lower case (JavaScript's full mapping, so İ becomes "i̇"),
 * with final sigma folded to σ. Per code point, unlike `toLowerCase` of a whole string (which picks
 * ς or σ from the context): that is what lets SQL reproduce it with one TRANSLATE.
 */
export function foldStageName(name: string): string {
  // toLowerCase of the whole string differs from the per-code-point mapping only in choosing ς
  // for a word-final Σ, and both become σ here.
  return name.toLowerCase().replace(FINAL_SIGMA, "\u03c3");
}

/** The key two spellings of a stage name share when they match. */
export function normaliseStageName(name: string): string {
  return foldStageName(trimStageName(name));
}

/** A code point's folding, as text (one code point, or "i̇" for İ). */
export function foldCodePoint(codePoint: number): string {
  return foldStageName(String.fromCodePoint(codePoint));
}

/**
 * Every code point up to here with a lower case of its own lies below it (the last cased letters
 * are Adlam's, U+1E900–U+1E921); a test scans all of Unicode to prove it.
 */
export const LAST_CASED_CODE_POINT = 0x1ffff;

let foldedFrom: Map<string, number[]> | undefined;

/**
 * Folded text → the code points (other than itself) that fold to it, e.g. "k" → K and the
 * Kelvin sign K. Built on first use (never at load: SPEC §8), once per execution.
 */
export function codePointsFoldingTo(): ReadonlyMap<string, readonly number[]> {
  if (foldedFrom) return foldedFrom;
  const map = new Map<string, number[]>();
  for (let cp = 0; cp <= LAST_CASED_CODE_POINT; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const own = String.fromCodePoint(cp);
    const folded = foldCodePoint(cp);
    if (folded === own) continue;
    const list = map.get(folded);
    if (list) list.push(cp);
    else map.set(folded, [cp]);
  }
  foldedFrom = map;
  return map;
}
