import { fail } from "./errors";
import { toCheckedNumber, toCheckedNumbers, type NumberRule } from "./numbers";
import { toList, toRows, type Orientation } from "./shapes";
import { isBlank } from "./values";

/**
 * A parameter kind turns what Sheets sent into what a core function wants, or throws an
 * InputError naming the argument. `docType` is how the reference docs describe it; `jsdocType` is
 * the type in the autocomplete stub's `@param {…}`.
 */
export interface Kind<T> {
  docType: string;
  jsdocType: string;
  coerce(value: unknown, argument: string): T;
}

/** A list of checked numbers and the way it ran in the sheet. */
export interface NumberList {
  values: number[];
  orientation: Orientation;
}

/** A single value, row or column of numbers obeying `rule`; trailing blanks ignored. */
export function numberList(
  rule: NumberRule,
  docType = "number, or a row or column of numbers",
): Kind<NumberList> {
  return {
    docType,
    jsdocType: "number|Array<Array<number>>",
    coerce(value, argument) {
      const { items, orientation } = toList(value, argument);
      if (items.length === 0)
        fail(argument, `is empty — enter ${rule.noun} such as ${rule.example}`);
      return { values: toCheckedNumbers(items, rule, argument), orientation };
    },
  };
}

/** Exactly one number (a 1×1 range is accepted, as Sheets users expect). */
export function singleNumber(rule: NumberRule): Kind<number> {
  return {
    docType: "number",
    jsdocType: "number",
    coerce(value, argument) {
      const rows = toRows(value, argument);
      if (rows.length > 1 || (rows.length === 1 && rows[0].length > 1)) {
        fail(
          argument,
          `is a range of several cells — enter one value, ${rule.noun} such as ${rule.example}`,
        );
      }
      return toCheckedNumber(rows.length === 0 ? "" : rows[0][0], rule, argument, "");
    },
  };
}

/** Normalises an option word: case and spaces don't matter (SPEC §2.9). */
function normaliseWord(value: string): string {
  return value.toLowerCase().replace(/\s+/g, "");
}

/** One of a fixed set of words; blank or omitted gives `fallback`. */
export function option<W extends string>(words: readonly W[], fallback: W): Kind<W> {
  const allowed = words.map((w) => `"${w}"`).join(", ");
  return {
    docType: `text: ${words.map((w) => `"${w}"`).join(" | ")}`,
    jsdocType: "string",
    coerce(value, argument) {
      let v = value;
      if (Array.isArray(v)) {
        const rows = toRows(v, argument);
        if (rows.length > 1 || (rows.length === 1 && rows[0].length > 1)) {
          fail(argument, `is a range of several cells — enter one of ${allowed}`);
        }
        v = rows.length === 0 ? "" : rows[0][0];
      }
      if (isBlank(v)) return fallback;
      if (typeof v !== "string") fail(argument, `must be one of ${allowed}`);
      const word = normaliseWord(v);
      for (const w of words) if (w === word) return w;
      fail(argument, `"${v.trim()}" is not an option — use one of ${allowed}`);
    },
  };
}
