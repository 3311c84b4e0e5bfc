import { fail } from "./errors";
import { toCheckedNumber, toCheckedNumbers, type NumberRule } from "./numbers";
import { toList, toRows, type Orientation } from "./shapes";
import { describe, isBlank, itemLabel } from "./values";
import { ArrayOf, toText } from "../core/intrinsics";

/**
 * How an argument is laid out. The build words it for the docs and the autocomplete stubs'
 * `@param {type}` (build/kindText.mjs), so no such text weighs on the bundle.
 */
export type KindShape = "number" | "list" | "block" | "range" | "names" | "option" | "text";

/**
 * A parameter kind turns what Sheets sent into what a core function wants, or throws an
 * InputError naming the argument.
 */
export interface Kind<T> {
  shape: KindShape;
  /** The words an option accepts. */
  words?: readonly string[];
  coerce(value: unknown, argument: string): T;
}

/** A list of checked numbers and the way it ran in the sheet. */
export interface NumberList {
  values: number[];
  orientation: Orientation;
}

/** A single value, row or column of numbers obeying `rule`; trailing blanks ignored. */
export function numberList(rule: NumberRule): Kind<NumberList> {
  return {
    shape: "list",
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
    shape: "number",
    coerce(value, argument) {
      // A plain number that passes its rule, the usual case, needs no range unwrapping and no
      // message text.
      if (typeof value === "number" && value - value === 0 && rule.problem(value) === undefined) {
        return value;
      }
      const v = singleCell(
        value,
        argument,
        () => `is a range of several cells — enter one value, ${rule.noun} such as ${rule.example}`,
      );
      return toCheckedNumber(v, rule, argument, "");
    },
  };
}

/**
 * The one value of an argument that takes a single cell (a 1×1 range is accepted, as Sheets users
 * expect); "" for an empty range; `several` words the message when it has more than one cell.
 */
function singleCell(value: unknown, argument: string, several: () => string): unknown {
  const rows = toRows(value, argument);
  const [first = []] = rows;
  if (rows.length > 1 || first.length > 1) fail(argument, several());
  return first.length === 0 ? "" : first[0];
}

/**
 * Held in the bundle's scope: every call coerces its optional arguments, and a global look-up of
 * `Array` is an order of magnitude slower in Apps Script's V8 context (SPEC §8).
 */
const isArray = Array.isArray;

/** Normalises an option word: case and spaces don't matter (SPEC §2.9). */
function normaliseWord(value: string): string {
  return value.toLowerCase().replace(/\s+/g, "");
}

/**
 * One of a fixed set of words; blank or omitted gives `fallback`. `refused` maps words users may
 * reasonably try (e.g. an option another function offers) to the reason they don't apply here.
 */
export function option<W extends string>(
  words: readonly W[],
  fallback: W,
  refused: Readonly<Record<string, string>> = {},
): Kind<W> {
  // Written only for a message: Code.js is loaded for every custom-function call, and no text is
  // built at load (SPEC §8).
  const allowed = (): string => words.map((w) => `"${w}"`).join(", ");
  return {
    shape: "option",
    words,
    coerce(value, argument) {
      let v = value;
      if (isArray(v)) {
        v = singleCell(
          v,
          argument,
          () => `is a range of several cells — enter one of ${allowed()}`,
        );
      }
      if (isBlank(v)) return fallback;
      if (typeof v !== "string") fail(argument, `must be one of ${allowed()}`);
      const word = normaliseWord(v);
      for (const w of words) if (w === word) return w;
      if (Object.prototype.hasOwnProperty.call(refused, word))
        fail(argument, `"${v.trim()}" is not offered here — ${refused[word]}`);
      fail(argument, `"${v.trim()}" is not an option — use one of ${allowed()}`);
    },
  };
}

/** A blank, omitted or one-blank-cell argument (SPEC §2.9: all three take the default). */
function isOmitted(value: unknown): boolean {
  if (isArray(value)) {
    if (value.length !== 1) return value.length === 0;
    const only: unknown = value[0];
    if (isArray(only)) return only.length === 0 || (only.length === 1 && isBlank(only[0]));
    return isBlank(only);
  }
  return isBlank(value);
}

/** An optional argument: left out, skipped or blank gives `fallback`, anything else `kind`. */
export function withDefault<T, F>(kind: Kind<T>, fallback: F): Kind<T | F> {
  return {
    shape: kind.shape,
    words: kind.words,
    coerce(value, argument) {
      return isOmitted(value) ? fallback : kind.coerce(value, argument);
    },
  };
}

/** Any single value or rectangular range, as rows of raw cells; the function reads it itself. */
export function rawRange(): Kind<unknown[][]> {
  return {
    shape: "range",
    coerce: (value, argument) => toRows(value, argument),
  };
}

/** A list of names (text, or numbers read as text); trailing blanks ignored, none inside. */
export interface NameList {
  names: string[];
  orientation: Orientation;
}

export function nameList(itemNoun: string, example: string): Kind<NameList> {
  return {
    shape: "names",
    coerce(value, argument) {
      const { items, orientation } = toList(value, argument);
      if (items.length === 0)
        fail(argument, `is empty — select the ${itemNoun} names, e.g. ${example}`);
      const names = new ArrayOf<string>(items.length);
      for (let i = 0; i < items.length; i++) {
        const v = items[i];
        const where = items.length > 1 ? `${itemLabel(i)} ` : "";
        if (isBlank(v)) fail(argument, `${where}is empty — give every ${itemNoun} a name`);
        if (typeof v === "string") names[i] = v;
        else if (typeof v === "number" && v - v === 0) names[i] = toText(v);
        else fail(argument, `${where}is ${describe(v)} — enter each ${itemNoun}'s name as text`);
      }
      return { names, orientation };
    },
  };
}

/** Exactly one text value (a 1×1 range is accepted), such as a table name. */
export function singleText(noun: string, example: string): Kind<string> {
  return {
    shape: "text",
    coerce(value, argument) {
      const v = singleCell(
        value,
        argument,
        () => `is a range of several cells — enter one ${noun}, such as ${example}`,
      );
      if (isBlank(v)) fail(argument, `is empty — enter ${noun}, such as ${example}`);
      if (typeof v !== "string")
        fail(argument, `is ${describe(v)} — enter ${noun} as text, such as ${example}`);
      return v;
    },
  };
}
