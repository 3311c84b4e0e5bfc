/**
 * The one rate convention (SPEC §5) and numbers typed in the user's locale: typed without "%", a
 * number of 1 or more is a percent and below 1 a fraction, as the functions read it; with "%" it
 * is taken as written; a comma that could go either way is read as the locale writes numbers.
 */
import { readTypedNumber, readTypedRate } from "../../src/core/typedNumber";

describe("a typed rate", () => {
  it.each([
    ["30", ",", 0.3],
    ["0,3", ",", 0.3],
    ["0.3", ".", 0.3],
    ["0,3 %", ",", 0.003],
    ["0.3%", ".", 0.003],
    ["30 %", ",", 0.3],
    ["30\u00a0%", ",", 0.3],
    ["1", ".", 0.01],
    ["100", ".", 1],
    ["12,5", ",", 0.125],
    ["33.3", ".", 0.333],
    ["0,999", ",", 0.999],
    ["1,000", ".", 10],
    ["1,000", ",", 0.01],
    ["-20", ".", -0.2],
  ])("%p with %p as the decimal separator is %p", (text, decimal, value) => {
    expect(readTypedRate(text, decimal as "," | ".")).toBe(value);
  });

  it("is null when empty and undefined when not a number", () => {
    expect(readTypedRate("  ", ",")).toBeNull();
    expect(readTypedRate("thirty", ".")).toBeUndefined();
    expect(readTypedRate("30 kr", ",")).toBeUndefined();
  });
});

describe("a typed number of days", () => {
  it.each([
    ["14", ".", 14],
    ["2,5", ",", 2.5],
    ["2,5", ".", 2.5],
    ["1 000", ",", 1000],
    ["1,000", ".", 1000],
    ["1,000", ",", 1],
    ["1.000,5", ",", 1000.5],
  ])("%p with %p as the decimal separator is %p", (text, decimal, value) => {
    expect(readTypedNumber(text, decimal as "," | ".")).toBe(value);
  });
});
