/**
 * Named-range keys (SPEC §4): a funnel's key prefixes its named ranges (`<key>_Stages`, …) and
 * never changes once the funnel exists, so formulas and plans keep working through renames.
 *
 * Sheets' rule for names ("Name a range", Google Docs Editors Help): only letters, numbers and
 * underscores; not starting with a number; not TRUE or FALSE; 1–250 characters; not a cell
 * reference in A1 or R1C1 syntax. Where the rule is silent keys take the stricter reading, as the
 * test fakes enforce it: letters are Unicode letters (no combining marks), numbers ASCII digits.
 * So any name — any script, emoji, punctuation — yields a valid key: letters of every script stay
 * (`Воронка`, `漏斗`, `Lejek_łódź`), everything else becomes `_`. Linear scans only.
 */
import { LONGEST_SUFFIX } from "./funnelRanges";
import { lazyPattern } from "./lazyPattern";

export const DEFAULT_FUNNEL_KEY = "Funnel";

/**
 * The order the stage editor lists funnels in: the default funnel first, then by name. The server
 * sorts the lists it sends with it, and the sidebar a list it changes itself (a rename), so the
 * names are compared in one fixed collation: each side's default locale could differ.
 */
export function listOrder(a: { key: string; name: string }, b: { key: string; name: string }) {
  return (
    Number(b.key === DEFAULT_FUNNEL_KEY) - Number(a.key === DEFAULT_FUNNEL_KEY) ||
    a.name.localeCompare(b.name, "en")
  );
}

/** Longest key: its longest named range (`<key>_PostStages`) stays within Sheets' 250 characters. */
export const MAX_KEY_LENGTH = 250 - LONGEST_SUFFIX;
// Unicode property classes, built on first use: as literals they cost V8 about 1 ms at every load.
const letter = lazyPattern("^\\p{L}$", "u");
const A1_REFERENCE = /^[A-Z]{1,3}\d+$/i;
const R1C1_REFERENCE = /^(?:R\d*C\d*|R\d*|C\d*)$/i;

function isKeyCharacter(ch: string): boolean {
  return ch === "_" || (ch >= "0" && ch <= "9") || letter().test(ch);
}

/** Why Sheets would refuse `key` as a named range, or undefined when it is fine. */
export function keyProblem(key: string): string | undefined {
  if (key.length < 1 || key.length > MAX_KEY_LENGTH)
    return `must be 1–${MAX_KEY_LENGTH} characters`;
  for (const ch of key) {
    if (!isKeyCharacter(ch)) return "may contain only letters, numbers and underscores";
  }
  if (key[0] !== undefined && key[0] >= "0" && key[0] <= "9") return "cannot start with a digit";
  if (/^(?:true|false)$/i.test(key)) return "cannot be TRUE or FALSE";
  if (A1_REFERENCE.test(key) || R1C1_REFERENCE.test(key)) return "cannot be a cell reference";
  return undefined;
}

/**
 * The key for a funnel name: "EMEA" → "EMEA", "North America" → "North_America", "Воронка" →
 * "Воронка", "2025 plan" → "_2025_plan", "Q1" → "Q1_", "TRUE" → "TRUE_", "🚀" → "Funnel".
 */
export function deriveKey(name: string): string {
  let key = "";
  for (const ch of name.normalize("NFC")) {
    const kept = isKeyCharacter(ch) ? ch : "_";
    if (kept === "_" && key.endsWith("_")) continue;
    key += kept;
  }
  let start = 0;
  let end = key.length;
  while (start < end && key[start] === "_") start++;
  while (end > start && key[end - 1] === "_") end--;
  key = key.slice(start, end);
  if (key === "") return DEFAULT_FUNNEL_KEY;
  if (key[0] !== undefined && key[0] >= "0" && key[0] <= "9") key = `_${key}`;
  // Room for the "_" a key that reads as a cell reference gets.
  key = cutToLength(key, MAX_KEY_LENGTH - 1);
  if (keyProblem(key)) key = `${key}_`;
  return key;
}

/** At most `max` UTF-16 code units, never splitting a letter outside the BMP in two. */
function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = "";
  for (const ch of text) {
    if (cut.length + ch.length > max) break;
    cut += ch;
  }
  return cut;
}

/** `key` if free, else `key_2`, `key_3`, … (each within the length limit). */
export function uniqueKey(key: string, taken: (candidate: string) => boolean): string {
  if (!taken(key)) return key;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${cutToLength(key, MAX_KEY_LENGTH - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
