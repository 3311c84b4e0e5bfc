/**
 * Named-range keys (SPEC §4): a funnel's key prefixes its named ranges (`<key>_Stages`, …). Letters
 * of any script are kept (`Воронка`, `漏斗`), anything else becomes `_`, and the key follows Google
 * Sheets' named-range rules: letters, numbers and underscores, not starting with a digit, not TRUE
 * or FALSE, not a cell reference in A1 or R1C1 notation. Linear scans only (no backtracking).
 */
import { lazyPattern } from "./lazyPattern";

export const DEFAULT_FUNNEL_KEY = "Funnel";

/** Longest key: its longest named range (`<key>_PostStages`) stays within Sheets' 250 characters. */
const MAX_KEY_LENGTH = 200;
// Unicode property classes, built on first use: as literals they cost V8 about 1 ms at every load.
const nameCharacter = lazyPattern("[\\p{L}\\p{M}\\p{Nd}_]", "u");
const digitFirst = lazyPattern("^\\p{Nd}", "u");
const A1_REFERENCE = /^[A-Z]{1,3}\d+$/i;
const R1C1_REFERENCE = /^R\d*C\d*$/i;

/** Why Sheets would refuse `key` as a named range, or undefined when it is fine. */
export function keyProblem(key: string): string | undefined {
  if (key.length < 1 || key.length > MAX_KEY_LENGTH) return "must be 1–200 characters";
  for (const ch of key) {
    if (!nameCharacter().test(ch)) return "may contain only letters, numbers and underscores";
  }
  if (digitFirst().test(key)) return "cannot start with a digit";
  if (/^(?:true|false)$/i.test(key)) return "cannot be TRUE or FALSE";
  if (A1_REFERENCE.test(key) || R1C1_REFERENCE.test(key)) return "cannot be a cell reference";
  return undefined;
}

/**
 * The key for a funnel name: "EMEA" → "EMEA", "North America" → "North_America", "Воронка" →
 * "Воронка", "2025 plan" → "_2025_plan", "Q1" → "Q1_", "TRUE" → "TRUE_".
 */
export function deriveKey(name: string): string {
  let key = "";
  for (const ch of name.normalize("NFC")) {
    const kept = nameCharacter().test(ch) ? ch : "_";
    if (kept === "_" && key.endsWith("_")) continue;
    key += kept;
  }
  let start = 0;
  let end = key.length;
  while (start < end && key[start] === "_") start++;
  while (end > start && key[end - 1] === "_") end--;
  key = key.slice(start, end);
  if (key === "") return DEFAULT_FUNNEL_KEY;
  if (digitFirst().test(key)) key = `_${key}`;
  key = [...key].slice(0, MAX_KEY_LENGTH - 1).join("");
  if (keyProblem(key)) key = `${key}_`;
  return key;
}

/** `key` if free, else `key_2`, `key_3`, … */
export function uniqueKey(key: string, taken: (candidate: string) => boolean): string {
  if (!taken(key)) return key;
  for (let n = 2; ; n++) if (!taken(`${key}_${n}`)) return `${key}_${n}`;
}
