/**
 * A rule's `accepts` interval is how a range of cells is checked without a call per cell
 * (SPEC §8); its `problem` words why a number is refused. The two must agree on every number.
 */
import * as numbers from "../../src/functions/numbers";
import * as planning from "../../src/functions/planningKinds";
import type { NumberRule } from "../../src/functions/numbers";

const isRule = (x: unknown): x is NumberRule =>
  typeof x === "object" && x !== null && "problem" in x && "noun" in x;

const rules: [string, NumberRule][] = [
  ...Object.entries({ ...numbers, ...planning }).filter((e): e is [string, NumberRule] =>
    isRule(e[1]),
  ),
  ["nonNegativeRule", numbers.nonNegativeRule("an amount", "5")],
  ["positiveRule", numbers.positiveRule("an amount", "5")],
  ["fractionRule (zero allowed)", numbers.fractionRule("a share", { allowZero: true })],
  ["fractionRule (zero refused)", numbers.fractionRule("a share", { allowZero: false })],
];

const SAMPLES = [
  -1e9,
  -2,
  -1,
  -0.5,
  -Number.MIN_VALUE,
  -0,
  0,
  Number.MIN_VALUE,
  1e-9,
  0.25,
  0.5,
  1 - 1e-16,
  1,
  1 + 2e-16,
  1.5,
  2,
  2 + 1e-12,
  3,
  100,
  1e9,
];

describe("number rules: the accepts interval agrees with problem", () => {
  const withInterval = rules.filter(([, rule]) => rule.accepts !== undefined);

  it("the element-wise rules declare an interval", () => {
    const names = withInterval.map(([name]) => name);
    for (const name of ["CONVERSION_RATE", "GROSS_MARGIN", "WIN_RATE", "CHURN_RATE"]) {
      expect(names).toContain(name);
    }
    expect(names).toEqual(expect.arrayContaining(["nonNegativeRule", "positiveRule"]));
  });

  it.each(withInterval)("%s", (_name, rule) => {
    const { min, minIncluded, max, maxIncluded } = rule.accepts!;
    for (const n of SAMPLES) {
      const inside = (minIncluded ? n >= min : n > min) && (maxIncluded ? n <= max : n < max);
      expect([n, inside]).toEqual([n, rule.problem(n) === undefined]);
    }
  });
});
