import { fail } from "./errors";
import { ambiguityText, cellNumber, isAmbiguous, type NumberText } from "../core/cellValue";
import { describe, isBlank, isDate, itemLabel } from "./values";
import { ArrayOf, floor } from "../core/intrinsics";

/**
 * What a numeric argument may hold: a noun for messages, an example users can copy, and a check
 * that says, in words, why a number is not allowed.
 */
export interface NumberRule {
  /** e.g. "a conversion rate" — used in "enter a conversion rate such as 0.3". */
  noun: string;
  example: string;
  /**
   * Why `n` is not allowed (a phrase following "—"), or undefined when it is fine. `percentText`:
   * the cell was text written as a percent ("150%"), so `n` is not percent points.
   */
  problem: (n: number, percentText?: boolean) => string | undefined;
  /**
   * The numbers `problem` accepts, when they are an interval: a range of cells is checked against
   * it inline, with no call per cell (SPEC §8). test/unit/numberRules.test.ts holds each rule's
   * interval to its `problem`.
   */
  accepts?: NumberInterval;
}

/** An interval of finite numbers; `max` Infinity for none. */
export interface NumberInterval {
  min: number;
  minIncluded: boolean;
  max: number;
  maxIncluded: boolean;
}

/** Why a cell is not a number, in words. */
function notANumber(value: unknown, rule: NumberRule): string {
  if (typeof value === "boolean")
    return `is ${describe(value)}, not a number — enter ${rule.noun} such as ${rule.example}`;
  if (isDate(value)) return `is a date, not a number — enter ${rule.noun} such as ${rule.example}`;
  if (typeof value === "number")
    return `is not a finite number — enter ${rule.noun} such as ${rule.example}`;
  if (typeof value === "string")
    return `is ${describe(value)}, which is not a number — enter ${rule.noun} such as ${rule.example}`;
  return `is ${describe(value)} — enter ${rule.noun} such as ${rule.example}`;
}

/**
 * One number, checked against its rule. `where` names the item ("item 2") or is empty for a
 * single-value argument; the message then reads "avg_deal_size: -5 is negative …".
 */
export function toCheckedNumber(
  value: unknown,
  rule: NumberRule,
  argument: string,
  where: string,
): number {
  const prefix = where ? `${where} ` : "";
  if (isBlank(value)) {
    fail(argument, `${prefix}is empty — enter ${rule.noun} such as ${rule.example}`);
  }
  const n: NumberText = cellNumber(value);
  if (n === undefined) fail(argument, prefix + notANumber(value, rule));
  if (isAmbiguous(n)) fail(argument, `${prefix}is ${describe(value)}, which ${ambiguityText(n)}`);
  const problem = rule.problem(n, typeof value === "string" && value.includes("%"));
  if (problem !== undefined) fail(argument, `${prefix}is ${describe(value)} — ${problem}`);
  return n;
}

/**
 * How to fix a share above its maximum (SPEC §2.4, §2.6), as the tail of "<what it is>…": read
 * as percent points (30 for 30%) — ": enter 0.3 or 30%" — only when that fraction is allowed and
 * the cell was not already a percent; else the maximum and an example (150 is not 1.5, which is
 * refused too, and "150%" is not 1.5%, a rate a hundred times smaller than typed).
 */
export function shareFix(
  n: number,
  percentText: boolean | undefined,
  max: number,
  maxIncluded: boolean,
  example: string,
): string {
  const fraction = Number((n / 100).toPrecision(10));
  if (!percentText && (maxIncluded ? fraction <= max : fraction < max)) {
    return `: enter ${fraction} or ${Number(n.toPrecision(10))}%`;
  }
  const most = `${Number((max * 100).toPrecision(10))}%`;
  return `, ${maxIncluded ? "at most" : "below"} ${most}: enter one such as ${example}`;
}

/** Every item of a list as a checked number; blanks inside the list are errors (SPEC §2.2). */
export function toCheckedNumbers(items: unknown[], rule: NumberRule, argument: string): number[] {
  const out = new ArrayOf<number>(items.length);
  const problem = rule.problem;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    // Fast path: a number that passes its rule needs no message building.
    if (
      typeof v === "number" &&
      v === v &&
      v !== Infinity &&
      v !== -Infinity &&
      problem(v) === undefined
    ) {
      out[i] = v;
    } else {
      // A one-item list reads as a single value: "is 0", not "item 1 is 0".
      out[i] = toCheckedNumber(v, rule, argument, items.length > 1 ? itemLabel(i) : "");
    }
  }
  return out;
}

// ---- The rules shared by every function (SPEC §2.4) ----

/** A stage-to-stage conversion rate: a fraction in (0, 1]. */
export const CONVERSION_RATE: NumberRule = {
  noun: "a conversion rate",
  example: "0.3 or 30%",
  accepts: { min: 0, minIncluded: false, max: 1, maxIncluded: true },
  problem(n, percentText) {
    if (n > 1)
      return `rates are fractions (30% = 0.3)${shareFix(n, percentText, 1, true, "0.3 or 30%")}`;
    if (n === 0)
      return "a 0% rate means no record converts, so the target is unreachable; enter a rate above 0";
    if (n < 0) return "rates can't be negative; enter a fraction between 0 and 1 such as 0.3 (30%)";
    return undefined;
  },
};

/** A fraction in [0, 1] such as a win rate. */
export function fractionRule(noun: string, opts: { allowZero: boolean }): NumberRule {
  return {
    noun,
    example: "0.25 or 25%",
    accepts: { min: 0, minIncluded: opts.allowZero, max: 1, maxIncluded: true },
    problem(n, percentText) {
      if (n > 1)
        return `${noun.replace(/^an? /, "")}s are fractions (25% = 0.25)${shareFix(n, percentText, 1, true, "0.25 or 25%")}`;
      if (n < 0) return `can't be negative; enter a fraction between 0 and 1 such as 0.25 (25%)`;
      if (n === 0 && !opts.allowZero)
        return `must be above 0%; enter a fraction such as 0.25 (25%)`;
      return undefined;
    },
  };
}

/** An amount, count or duration that must be above zero. */
export function positiveRule(noun: string, example: string): NumberRule {
  return {
    noun,
    example,
    accepts: { min: 0, minIncluded: false, max: Infinity, maxIncluded: false },
    problem(n) {
      if (n < 0) return `can't be negative; enter ${noun} above 0, such as ${example}`;
      if (n === 0) return `must be above 0; enter ${noun} such as ${example}`;
      return undefined;
    },
  };
}

/** An amount, count or duration that may be zero but never negative. */
export function nonNegativeRule(noun: string, example: string): NumberRule {
  return {
    noun,
    example,
    accepts: { min: 0, minIncluded: true, max: Infinity, maxIncluded: false },
    problem(n) {
      return n < 0
        ? `can't be negative; enter ${noun} of 0 or more, such as ${example}`
        : undefined;
    },
  };
}

/** A whole number of 0 or more, such as a lag in periods. */
export function wholeNumberRule(noun: string, example: string): NumberRule {
  return {
    noun,
    example,
    problem(n) {
      if (n < 0) return `can't be negative; enter ${noun} of 0 or more, such as ${example}`;
      if (n !== floor(n)) return `must be a whole number; enter ${noun} such as ${example}`;
      return undefined;
    },
  };
}

/** Gross margin: a fraction in (0, 1]; 1 gives revenue (not profit) figures. */
export const GROSS_MARGIN = fractionRule("a gross margin", { allowZero: false });

/** Win rate: a fraction in [0, 1]. */
export const WIN_RATE = fractionRule("a win rate", { allowZero: true });

const CHURN_FRACTION = fractionRule("a churn rate", { allowZero: false });

/** Churn per period: a fraction in (0, 1]; zero churn would mean customers stay forever. */
export const CHURN_RATE: NumberRule = {
  noun: "a churn rate",
  example: "0.02 or 2%",
  accepts: { min: 0, minIncluded: false, max: 1, maxIncluded: true },
  problem(n, percentText) {
    if (n === 0)
      return "with no churn a customer's lifetime is unbounded; enter the churn per period above 0, such as 0.02 (2%)";
    return CHURN_FRACTION.problem(n, percentText);
  },
};
