/**
 * SPEC §2.6: a bad input's message says what is wrong *and how to fix it*; §2.4: a rate above 1
 * is an error that explains rates are fractions. Guards that the fix offered is one the function
 * accepts: "enter n ÷ 100 or n%" only when the user typed percent points (30 for 30%) — not for
 * 150 (1.5 and 150% are refused in turn), nor for the text "150%" (1.5% would be a rate a hundred
 * times smaller than typed, which the analyst would plan a funnel on).
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
  it("30 (percent points): the suggested 0.3 and 30% both work", () => {
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

  it("says the maximum and gives an example instead", () => {
    expect(thrownMessage(() => RL(150))).toBe(
      "REQUIRED_LEADS: conversion_rates: is 150 — rates are fractions (30% = 0.3), at most 100%: enter one such as 0.3 or 30%",
    );
    expect(thrownMessage(() => RL("150%"))).toBe(
      'REQUIRED_LEADS: conversion_rates: is "150%" — rates are fractions (30% = 0.3), at most 100%: enter one such as 0.3 or 30%',
    );
  });

  it("a confidence of 100 (percent points) is not told to enter 1 or 100%, which are refused", () => {
    const message = thrownMessage(() =>
      bundle.call("REQUIRED_LEADS", 100000, 10000, 0.3, "stage", 100),
    );
    expect(message).toBe(
      "REQUIRED_LEADS: confidence: is 100 — confidence levels are fractions (90% = 0.9), below 100%: enter one such as 0.9 or 90%",
    );
  });
});

describe("the team plan's shares say the same (SPEC §2.6)", () => {
  it("an attainment of 250: no 2.5 (above its 200%) offered", () => {
    const message = thrownMessage(() =>
      bundle.call("HIRING_PLAN", [[100000, 100000]], 50000, [[0.5], [1]], 250, 0.02, 2),
    );
    expect(message).toMatch(/^HIRING_PLAN: attainment: /);
    expect(message).not.toContain("2.5");
  });

  it("an attrition of 100 (percent points): no 1 or 100% offered (100% is refused)", () => {
    const message = thrownMessage(() =>
      bundle.call("HIRING_PLAN", [[100000, 100000]], 50000, [[0.5], [1]], 0.8, 100, 2),
    );
    expect(message).toMatch(/^HIRING_PLAN: attrition: /);
    expect(message).not.toMatch(/enter 1 or 100%/);
  });
});
