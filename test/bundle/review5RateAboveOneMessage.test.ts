/**
 * SPEC §2.6: a bad input's message says what is wrong *and how to fix it*; §2.4: a rate above 1
 * is an error that explains rates are fractions. The rate rules (CONVERSION_RATE and fractionRule
 * in src/functions/numbers.ts) always suggest "enter n ÷ 100 or n%", which is only a fix when the
 * user typed percent points (30 for 30%):
 * - 150 gets "enter 1.5 or 150%": both are rejected in turn (a rate is at most 100%);
 * - the text "150%" (already a percent, e.g. a rate pasted from a sheet where a period's counts
 *   rose) gets "enter 0.015 or 1.5%": a rate a hundred times smaller than the one typed, which
 *   the analyst would plan a funnel on.
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const RL = (rate: unknown) => bundle.call("REQUIRED_LEADS", 100000, 10000, rate);

/** The values a message offers after "enter": "enter 0.3 or 30%" → ["0.3", "30%"]. */
function suggestions(message: string): string[] {
  const m = /enter (\S+) or (\S+%)/.exec(message);
  return m ? [m[1]!, m[2]!] : [];
}

describe("a rate above 100%: the message's fix is one the function accepts (SPEC §2.4, §2.6)", () => {
  it("30 (percent points): the suggested 0.3 and 30% both work (as today)", () => {
    const message = thrownMessage(() => RL(30));
    expect(suggestions(message)).toEqual(["0.3", "30%"]);
    for (const fix of suggestions(message)) expect(() => RL(fix)).not.toThrow();
  });

  it("150: no suggestion that is itself refused", () => {
    const message = thrownMessage(() => RL(150));
    expect(message).toMatch(/^REQUIRED_LEADS: conversion_rates: /);
    for (const fix of suggestions(message)) expect(() => RL(fix)).not.toThrow();
  });

  it('the text "150%" is not told to become 1.5% (a hundred times smaller than typed)', () => {
    const message = thrownMessage(() => RL("150%"));
    expect(message).toMatch(/^REQUIRED_LEADS: conversion_rates: /);
    expect(message).not.toContain("1.5%");
  });
});
