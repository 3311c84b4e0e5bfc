/**
 * Issue 11's reproductions, through the built dist/Code.js: aligned ranges (SPEC §2.2), numbers
 * from text (§2.3), snapping (§2.7), STAGE_CONVERSION's matrix rules (§3), and the cases that
 * kill the mutations no other test caught.
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const call =
  (name: string) =>
  (...args: unknown[]): unknown =>
    bundle.call(name, ...args);
const CAC = call("CAC");
const LTV = call("LTV");
const PAYBACK = call("CAC_PAYBACK");
const VELOCITY = call("PIPELINE_VELOCITY");
const RL = call("REQUIRED_LEADS");
const SC = call("STAGE_CONVERSION");
const err = (name: string, ...args: unknown[]) => thrownMessage(() => bundle.call(name, ...args));
const column = (...values: unknown[]) => values.map((v) => [v]);

describe("aligned ranges keep their full shape (SPEC §2.2)", () => {
  it("CAC: cleared spend stays empty in its own rows, never broadcast from the first", () => {
    expect(CAC(column(5000, "", ""), column(50, 40, 10))).toEqual(column(100, "", ""));
    expect(CAC(column(5000, 8000, ""), column(50, 40, 10))).toEqual(column(100, 200, ""));
    expect(CAC(column("", "", ""), column(50, 40, 10))).toEqual(column("", "", ""));
    expect(CAC([[5000, "", ""]], [[50, 40, 10]])).toEqual([[100, "", ""]]);
  });

  it("only a single value (or a 1×1 range) is broadcast", () => {
    expect(CAC(6000, column(10, 20, ""))).toEqual(column(600, 300, ""));
    expect(CAC([[6000]], column(10, 20))).toEqual(column(600, 300));
  });

  it("LTV, CAC_PAYBACK and PIPELINE_VELOCITY follow the same rule", () => {
    expect(LTV(column(500, "", ""), 0.8, column(0.02, 0.04, 0.1))).toEqual(column(20000, "", ""));
    expect(LTV(column(500, 1000, ""), column(1, 1, 1), column(0.1, 0.1, 0.1))).toEqual(
      column(5000, 10000, ""),
    );
    expect(PAYBACK(column(1200, "", ""), column(500, 500, 500), 0.8)).toEqual(column(3, "", ""));
    expect(VELOCITY(column(80, "", ""), 0.25, 10000, column(40, 20, 10))).toEqual(
      column(5000, "", ""),
    );
  });

  it("ranges of different sizes are still an error, counted in full", () => {
    expect(err("CAC", column(5000, 8000, ""), column(50, 40))).toBe(
      "CAC: new_customers: is 2 rows × 1 column but spend is 3 rows × 1 column — give ranges of the same size, or a single value",
    );
  });

  it("REQUIRED_LEADS scenario lists: an empty target or deal size gives an empty row in place", () => {
    expect(RL(column(100000, "", ""), 10000, 0.1)).toEqual([
      [100, 10],
      ["", ""],
      ["", ""],
    ]);
    expect(RL(column(100000, 200000, ""), column(10000, "", 10000), 0.1)).toEqual([
      [100, 10],
      ["", ""],
      ["", ""],
    ]);
    expect(RL([[100000, "", 300000]], 10000, 0.5)).toEqual([
      [20, "", 60],
      [10, "", 30],
    ]);
  });

  it("REQUIRED_LEADS: a single empty target is still an error", () => {
    expect(err("REQUIRED_LEADS", [[""]], 10000, 0.1)).toBe(
      "REQUIRED_LEADS: revenue_target: is empty — enter a revenue target such as 100000",
    );
  });
});

describe("CAC cost lines", () => {
  it("a single row of spend against one customer count is one entry's cost lines", () => {
    expect(CAC([[5000, 49500]], 50)).toBe(1090);
    expect(CAC([[5000, 49500, ""]], [[50]])).toBe(1090);
  });

  it("a row whose cost lines are all empty gives an empty cell, not a CAC of 0", () => {
    expect(
      CAC(
        [
          [1000, 500],
          ["", ""],
          [0, 0],
        ],
        column(5, 4, 4),
      ),
    ).toEqual(column(300, "", 0));
    expect(err("CAC", [["", ""]], 50)).toBe(
      "CAC: spend: is empty — enter a spend amount such as 5000",
    );
  });
});

describe("numbers from text, one parser (SPEC §2.3)", () => {
  it("decimal commas, grouped thousands, signs and percents", () => {
    expect(RL("100 000", "10\u00a0000", "12,5%")).toEqual(column(80, 10));
    expect(CAC("1 234,5", 1)).toBe(1234.5);
    expect(CAC("1.234,5", "1")).toBe(1234.5);
    expect(CAC("1,234.5", "+1")).toBe(1234.5);
    expect(LTV("500", "80 %", "2%")).toBeCloseTo(20000, 9);
  });

  it("an ambiguous comma is an error naming both readings", () => {
    expect(err("CAC", "12,500", 1)).toBe(
      'CAC: spend: is "12,500", which could be 12500 (comma as thousands separator) or 12.500 (decimal comma) — type 12500 or 12.500',
    );
    expect(err("STAGE_CONVERSION", column("1,000", 300))).toBe(
      'STAGE_CONVERSION: data: item 1 is "1,000", which could be 1000 (comma as thousands separator) or 1.000 (decimal comma) — type 1000 or 1.000',
    );
  });

  it("a U+2212 minus is a minus sign: a negative spend is refused as negative, not as text", () => {
    expect(err("CAC", "\u22125", 1)).toBe(
      'CAC: spend: is "\u22125" — can\'t be negative; enter a spend amount of 0 or more, such as 5000',
    );
  });
});

describe("float noise and tiny needs (SPEC §2.7)", () => {
  it("a positive need never rounds to 0 deals", () => {
    expect(RL(1, 2e9, 0.5, "stage")).toEqual(column(2, 1));
    expect(RL(1, 2e9, 0.5)).toEqual(column(1, 1));
  });

  it("snapping stops at 1e-6: 600 000 000.4 deals need 600 000 001", () => {
    expect(RL(600_000_000.4, 1, 1)).toEqual(column(600_000_001, 600_000_001));
  });
});

describe("STAGE_CONVERSION's stage-date matrix (SPEC §3)", () => {
  const twoColumns = [
    [1, 1],
    [1, ""],
  ];

  it("a block of two columns is a matrix", () => {
    expect(SC(twoColumns)).toEqual([[0.5, ""]]);
    expect(SC(twoColumns, [["Lead", "MQL"]])).toEqual([[0.5, ""]]);
  });

  it("stage_order must have one name per column", () => {
    expect(err("STAGE_CONVERSION", twoColumns, column("Lead", "MQL", "SQL"))).toBe(
      "STAGE_CONVERSION: stage_order: has 3 names but data has 2 stage columns — give one name per column of the stage-date matrix, or leave stage_order out",
    );
  });

  it("any Unicode white space alone means not reached", () => {
    for (const space of ["\u00a0", "\u202f", "\u2003", " \u00a0\t"]) {
      expect(
        SC([
          [1, space],
          [1, 1],
        ]),
      ).toEqual([[0.5, ""]]);
    }
  });

  it('"strict" counts a record with every stage at the last stage', () => {
    const all = [
      [1, 1, 1],
      [1, 1, 1],
      [1, "", 1],
      [1, 1, ""],
    ];
    expect(SC(all, undefined, "strict")).toEqual([[0.75, 2 / 3, ""]]);
    expect(SC(all)).toEqual([[1, 0.75, ""]]);
  });
});

describe("arguments as Sheets sends them", () => {
  it("omitted trailing optionals arrive as undefined and are not counted as extras", () => {
    expect(CAC(5000, 50, undefined, undefined)).toBe(100);
    expect(SC(column(10, 5), undefined, undefined, undefined)).toEqual(column(0.5, ""));
    expect(err("CAC", 5000, 50, 0, 1)).toBe(
      "CAC: arguments: takes at most 3 arguments but got 4 — see the function's help",
    );
    expect(err("CAC", 5000, 50, undefined, 1)).toBe(
      "CAC: arguments: takes at most 3 arguments but got 4 — see the function's help",
    );
  });

  it("an optional argument given as one empty cell takes its default", () => {
    expect(CAC(column(1000, 2000), column(10, 20), [[""]])).toEqual(column(100, 100));
    expect(SC(column(1000, 300, 120), [[""]])).toEqual(column(0.3, 0.4, ""));
    expect(RL(100000, 10000, 0.1, [[""]])).toEqual(column(100, 10));
  });
});

describe("values Sheets never sends, from harnesses and other callers", () => {
  it("NaN and Infinity are refused by name, in lists and in ranges", () => {
    expect(err("REQUIRED_LEADS", 100000, 10000, column(0.1, NaN))).toBe(
      "REQUIRED_LEADS: conversion_rates: item 2 is not a finite number — enter a conversion rate such as 0.3 or 30%",
    );
    expect(err("STAGE_CONVERSION", column(100, Infinity))).toBe(
      "STAGE_CONVERSION: data: item 2 is not a finite number — enter a count such as 1000",
    );
    expect(err("CAC", column(1, Infinity), 1)).toBe(
      "CAC: spend: item 2 is not a finite number — enter a spend amount such as 5000",
    );
    expect(err("LTV", [[500, -Infinity]], 0.8, 0.02)).toBe(
      "LTV: arpa: item 2 is not a finite number — enter an ARPA such as 500",
    );
  });

  it("a flat array mixing values and rows, and rows without cells", () => {
    expect(err("CAC", [5000, [1]], 1)).toBe(
      "CAC: spend: mixes single values and rows — select one range of cells",
    );
    expect(err("STAGE_CONVERSION", [[], []])).toBe(
      "STAGE_CONVERSION: data: is empty — enter the count at each stage (top first), a record log with stage_order, or a stage-date matrix",
    );
  });

  it("an empty array or a row of no cells as an optional argument takes its default", () => {
    expect(CAC(column(1000, 2000), column(10, 20), [])).toEqual(column(100, 100));
    expect(RL(100000, 10000, 0.1, [[]])).toEqual(column(100, 10));
  });

  it("an unexpected failure inside is reported as the function's internal error, not a raw one", () => {
    const hostile = new Proxy([], {
      get() {
        throw new TypeError("boom");
      },
    });
    expect(err("CAC", hostile, 1)).toBe(
      "CAC: internal error (boom) — please report this with the formula's inputs",
    );
  });
});
