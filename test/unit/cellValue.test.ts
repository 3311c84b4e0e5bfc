import vm from "node:vm";
import {
  cellNumber,
  isBlank,
  isDate,
  parseNumberText,
  type AmbiguousNumber,
} from "../../src/core/cellValue";

describe("numbers from text (SPEC §2.3)", () => {
  it.each([
    ["10000", 10000],
    ["0.3", 0.3],
    ["-0", -0],
    ["30%", 0.3],
    ["30 %", 0.3],
    ["30\u00a0%", 0.3],
    ["0,3", 0.3],
    ["12,5%", 0.125],
    ["1,5%", 0.015],
    ["100 000", 100000],
    ["100\u00a0000", 100000],
    ["100\u202f000", 100000],
    ["1 234,5", 1234.5],
    ["1 234.5", 1234.5],
    ["1 234 567", 1234567],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["1.234,5", 1234.5],
    ["1.234.567,5", 1234567.5],
    ["1.234.567", 1234567],
    ["+5", 5],
    ["\u22125", -5],
    ["-12,5", -12.5],
    ["1e5", 100000],
    ["1.5E-3", 0.0015],
    ["2,5e3", 2500],
    ["1.234", 1.234],
    ["0,250", 0.25],
    ["1234,567", 1234.567],
    [".5", 0.5],
    ["5.", 5],
    ["  42  ", 42],
    ["\u00a042\u202f", 42],
    ["1.1%", 0.011],
  ])("%p is %p", (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it.each([
    "€100",
    "100 €",
    "$5",
    "abc",
    "1.2.3,4,5",
    "1,2,3",
    "12 34",
    "1 2345",
    "1,234 567",
    "1  000",
    "1 ,5",
    "--5",
    "+-5",
    "5-",
    "1e",
    "1e5.5",
    "e5",
    ".",
    ",",
    "%",
    "5%%",
    "1e999",
    "1,234.5,6",
    "1.234,567.8",
    "",
    "   ",
    "\u00a0",
    "5 e3",
    "0x10",
    "Infinity",
    "NaN",
  ])("%p is not a number", (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  it.each([
    ["1,000", "1000", "1.000"],
    ["12,500", "12500", "12.500"],
    ["-123,456", "-123456", "-123.456"],
    ["12,500%", "12500%", "12.500%"],
  ])("%p is ambiguous: %p or %p", (text, grouped, decimal) => {
    const read = parseNumberText(text) as AmbiguousNumber;
    expect(read).toEqual({ ambiguous: true, grouped, decimal });
  });

  it("reads percent points when asked (the sidebar's rate field): 30 and 30% are both 0.3", () => {
    expect(parseNumberText("30", { percentPoints: true })).toBe(0.3);
    expect(parseNumberText("30%", { percentPoints: true })).toBe(0.3);
    expect(parseNumberText("12,5", { percentPoints: true })).toBe(0.125);
  });

  it("numbers pass through; booleans, dates and non-finite numbers are not numbers", () => {
    expect(cellNumber(7)).toBe(7);
    expect(cellNumber(NaN)).toBeUndefined();
    expect(cellNumber(Infinity)).toBeUndefined();
    expect(cellNumber(true)).toBeUndefined();
    expect(cellNumber(new Date(0))).toBeUndefined();
    expect(cellNumber(null)).toBeUndefined();
  });

  it("reads 50 000-character cells shaped to make a backtracking pattern explode", () => {
    // Inputs shaped to make a backtracking regular expression explode: long runs of digits and
    // separators that fail only at the very end.
    const cells = [
      "1".repeat(50_000),
      "1,".repeat(25_000),
      "1 234".repeat(10_000) + "x",
      `${"123 ".repeat(12_500)}!`,
      `${"0".repeat(49_999)}%`,
      `1${"\u00a0000".repeat(12_499)}.5e`,
      " ".repeat(50_000),
    ];
    // Speed is not timed here (SPEC §8: tests do not time): the reader is one left-to-right scan
    // with no regular expression, and eslint's regexp/no-super-linear-backtracking and
    // no-super-linear-move rules refuse a pattern that could rescan such text.
    for (const cell of cells) expect(cell.length).toBeGreaterThanOrEqual(50_000);
    expect(cells.map((cell) => parseNumberText(cell))).toEqual([
      undefined, // 50 000 digits overflow to Infinity: not a number
      undefined,
      undefined,
      undefined,
      0,
      undefined,
      undefined,
    ]);
  });
});

describe("blank and date cells", () => {
  it("any white space alone is blank, including no-break spaces", () => {
    for (const v of ["", "  ", "\t", "\u00a0", "\u202f", "\u2003", undefined, null]) {
      expect(isBlank(v)).toBe(true);
    }
    for (const v of [0, false, "0", " x ", [], new Date(0)]) expect(isBlank(v)).toBe(false);
  });

  it("decides every one-character text as trim() does (the quick first-character test included)", () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `${c}x`, `${c}\u00a0`]) {
        if (isBlank(text) !== (text.trim() === "")) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it("recognises a Date from another realm (no instanceof)", () => {
    const foreign: unknown = vm.runInNewContext("new Date(0)");
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(isDate({ getTime: () => 0 })).toBe(false);
    expect(isDate("2026-01-01")).toBe(false);
  });
});
