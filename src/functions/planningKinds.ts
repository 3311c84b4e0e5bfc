/**
 * Parameter kinds and number rules of the team-and-odds functions (capacity, coverage,
 * confidence): declared once, shared by their declarations.
 */
import { fail } from "./errors";
import type { Kind } from "./kinds";
import {
  fractionRule,
  shareFix,
  toCheckedNumber,
  toCheckedNumbers,
  type NumberRule,
} from "./numbers";
import { toList, toRows, type Orientation } from "./shapes";
import { isBlank, itemLabel } from "./values";
import { ArrayOf, floor } from "../core/intrinsics";

/** A ramp factor: the share of a full quota a rep produces in a month of tenure, 0 to 100 %. */
export const RAMP_FACTOR = fractionRule("a ramp factor", { allowZero: true });

/** A win probability of a deal or a stage, 0 to 100 %. */
export const WIN_PROBABILITY: NumberRule = {
  noun: "a win probability",
  example: "0.4 or 40%",
  problem(n, percentText) {
    if (n > 1)
      return `probabilities are fractions (40% = 0.4)${shareFix(n, percentText, 1, true, "0.4 or 40%")}`;
    if (n < 0) return "can't be negative; enter a fraction between 0 and 1 such as 0.4 (40%)";
    return undefined;
  },
};

/** Expected attainment: the share of quota a ramped rep books; above 100 % is fine up to 200 %. */
export const ATTAINMENT: NumberRule = {
  noun: "an expected attainment",
  example: "0.8 or 80%",
  problem(n, percentText) {
    if (n > 2) {
      const fix = shareFix(n, percentText, 2, true, "0.8 or 80%");
      // The percent-points fix names the maximum after it; the other names it itself.
      return `attainment is a share of quota (80% = 0.8)${fix}${fix.startsWith(":") ? " (at most 200%)" : ""}`;
    }
    if (n <= 0)
      return "must be above 0; enter the share of quota a ramped rep books, such as 0.8 (80%)";
    return undefined;
  },
};

/** Attrition per period: 0 up to (not including) 100 %. */
export const ATTRITION: NumberRule = {
  noun: "an attrition rate per period",
  example: "0.02 or 2%",
  problem(n, percentText) {
    if (n > 1)
      return `attrition is a share of the team per period (2% = 0.02)${shareFix(n, percentText, 1, false, "0.02 or 2%")}`;
    if (n === 1)
      return "100% would mean the whole team leaves every period; enter the share leaving per period, such as 0.02 (2%)";
    if (n < 0) return "can't be negative; enter a share such as 0.02 (2%)";
    return undefined;
  },
};

/** A confidence level: strictly between 0 and 100 %. */
export const CONFIDENCE: NumberRule = {
  noun: "a confidence level",
  example: "0.9 or 90%",
  problem(n, percentText) {
    if (n > 1)
      return `confidence levels are fractions (90% = 0.9)${shareFix(n, percentText, 1, false, "0.9 or 90%")}`;
    if (n === 1)
      return "100% certainty would need unlimited records while any rate is below 100%; enter a level such as 0.9 (90%)";
    if (n <= 0) return "must be above 0; enter a level such as 0.9 (90%)";
    return undefined;
  },
};

/** A percentile as a fraction in (0, 1]: 0.1 is P10. */
export const PERCENTILE: NumberRule = {
  noun: "a percentile",
  example: "0.1 (P10) or 10%",
  problem(n, percentText) {
    if (n > 1)
      return `percentiles are fractions (P10 = 10% = 0.1)${shareFix(n, percentText, 1, true, "0.1 (P10) or 10%")}`;
    if (n <= 0) return "must be above 0; enter a percentile such as 0.1 (P10) or 0.9 (P90)";
    return undefined;
  },
};

/** A sample size: how many records a rate was measured on, a whole number of at least 1. */
export const SAMPLE_SIZE: NumberRule = {
  noun: "a number of records",
  example: "10",
  problem(n) {
    if (n < 1)
      return "a sample needs at least 1 record: give the number of records the rate was measured on, such as 10 (3 won of 10), or leave the cell empty for a rate you take as known";
    if (n !== floor(n)) return "must be a whole number of records, such as 10";
    return undefined;
  },
};

/** Whole records or deals: 0 or more. */
export function wholeCountRule(noun: string, example: string): NumberRule {
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

/**
 * An optional list (SPEC §2.2 rules otherwise): left out, skipped or all empty gives no items —
 * a template's ramp range the team has not filled in means "no ramp", not an error.
 */
export function optionalNumberList(rule: NumberRule): Kind<number[]> {
  return {
    shape: "list",
    coerce(value, argument) {
      if (value === undefined) return [];
      const { items } = toList(value, argument);
      return toCheckedNumbers(items, rule, argument);
    },
  };
}

/**
 * Sample sizes aligned with the conversion rates: an empty cell is a rate taken as known
 * (undefined), trailing empty cells are dropped; left out gives no samples at all.
 */
export function sampleSizes(): Kind<(number | undefined)[]> {
  return {
    shape: "list",
    coerce(value, argument) {
      if (value === undefined) return [];
      const { items } = toList(value, argument);
      const out = new ArrayOf<number | undefined>(items.length);
      for (let i = 0; i < items.length; i++) {
        const v = items[i];
        out[i] = isBlank(v)
          ? undefined
          : toCheckedNumber(v, SAMPLE_SIZE, argument, items.length > 1 ? itemLabel(i) : "");
      }
      return out;
    },
  };
}

/**
 * One column (or row) of a deal list, every cell kept in its position: an export's columns are
 * aligned by position, so nothing is trimmed here (rows without an amount are skipped later).
 * The cells are read in place: a 100 000-deal export is not copied.
 */
export interface CellColumn {
  length: number;
  orientation: Orientation;
  /** The i-th cell. */
  at(index: number): unknown;
  /** The cells as Sheets sent them (rows), for readers that scan a whole column. */
  rows: readonly (readonly unknown[])[];
}

export function cellColumn(): Kind<CellColumn> {
  return {
    shape: "list",
    coerce(value, argument) {
      const rows = toRows(value, argument);
      const [only] = rows;
      if (only === undefined) return { length: 0, orientation: "column", at: () => "", rows };
      if (rows.length === 1) {
        return {
          length: only.length,
          orientation: only.length > 1 ? "row" : "column",
          at: (i) => only[i],
          rows,
        };
      }
      if (only.length !== 1) {
        fail(
          argument,
          `is a block of ${rows.length} rows × ${only.length} columns — select one column of the deal list (or one row)`,
        );
      }
      return { length: rows.length, orientation: "column", at: (i) => rows[i]?.[0], rows };
    },
  };
}

/** Deal i's cell of a column: its own, or the single value that goes with every deal. */
export function cellAt(column: CellColumn, index: number): unknown {
  return column.at(column.length === 1 ? 0 : index);
}

/** Where a deal's cell sits, for messages ("row 5 "): a single value has no row of its own. */
export function cellLabel(column: CellColumn, index: number): string {
  return column.length === 1 ? "" : `${dealLabel(column, index)} `;
}

/** "row 5" in a column, "item 5" in a row: where a deal sits in the selection. */
export function dealLabel(column: CellColumn, index: number): string {
  return column.orientation === "column" ? `row ${index + 1}` : itemLabel(index);
}

/**
 * Every column of a deal list has as many cells as the first, or is a single value, which goes
 * with every deal (SPEC §2.2: only a single value is broadcast).
 */
export function checkAligned(
  first: CellColumn,
  firstName: string,
  other: CellColumn,
  otherName: string,
): void {
  const a = first.length;
  const b = other.length;
  if (a !== b && b !== 1) {
    fail(
      otherName,
      `has ${b} cell${b === 1 ? "" : "s"} but ${firstName} has ${a} — select the same rows of each column of the deal list`,
    );
  }
}

/** A deal list's amounts and win probabilities, rows without an amount left out. */
export interface Deals {
  /** Position of each deal in the selection. */
  rows: number[];
  amounts: number[];
  probabilities: number[];
}

const AMOUNT: NumberRule = {
  noun: "a deal amount",
  example: "25000",
  problem(n) {
    return n < 0 ? "can't be negative; enter the deal's amount, such as 25000" : undefined;
  },
};

/**
 * Walks a deal list: a row whose amount is empty is skipped (a deal with no amount adds nothing);
 * every other row needs its win probability, and `visit` gets its position, amount and
 * probability. Plain numbers take a fast path: a 100 000-deal export builds no message text and
 * allocates nothing unless a cell is wrong.
 */
export function forEachDeal(
  amounts: CellColumn,
  probabilities: CellColumn,
  amountsName: string,
  probabilitiesName: string,
  visit: (row: number, amount: number, probability: number) => void,
): void {
  checkAligned(amounts, amountsName, probabilities, probabilitiesName);
  const n = amounts.length;
  const single = probabilities.length === 1;
  for (let i = 0; i < n; i++) {
    let amount = amounts.at(i);
    if (!(typeof amount === "number" && amount >= 0 && amount - amount === 0)) {
      if (isBlank(amount)) continue;
      amount = toCheckedNumber(amount, AMOUNT, amountsName, n > 1 ? dealLabel(amounts, i) : "");
    }
    let chance = probabilities.at(single ? 0 : i);
    if (!(typeof chance === "number" && chance >= 0 && chance <= 1)) {
      const where = cellLabel(probabilities, i);
      if (isBlank(chance)) {
        fail(
          probabilitiesName,
          `${where}is empty but its deal has an amount — give every deal its win probability, such as 0.4 (40%)`,
        );
      }
      chance = toCheckedNumber(chance, WIN_PROBABILITY, probabilitiesName, where.trimEnd());
    }
    visit(i, amount as number, chance as number);
  }
}

/** The deals of a list (see {@link forEachDeal}) as aligned arrays. */
export function readDeals(
  amounts: CellColumn,
  probabilities: CellColumn,
  amountsName: string,
  probabilitiesName: string,
): Deals {
  const deals: Deals = { rows: [], amounts: [], probabilities: [] };
  forEachDeal(amounts, probabilities, amountsName, probabilitiesName, (row, amount, chance) => {
    deals.rows.push(row);
    deals.amounts.push(amount);
    deals.probabilities.push(chance);
  });
  return deals;
}
