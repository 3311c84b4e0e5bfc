/**
 * SPEC §3 REQUIRED_LEADS, Errors: "a single target ≤ 0 or empty, deal size ≤ 0, any rule of §2".
 * Guards that one deal size of 0 is that error with a column of scenario targets too, not an empty
 * table: it is a single value, not a cell inside a list (SPEC §2.6 blanks only a zero denominator
 * inside a list or range, which a 0 in a column of deal sizes still does).
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const RL = (...args: unknown[]) => bundle.call("REQUIRED_LEADS", ...args);
const rates = [[0.1], [0.3], [0.5]];
const scenarios = [[80000], [100000], [120000]];

describe("REQUIRED_LEADS: a deal size of 0 is an error, with or without scenarios (SPEC §3)", () => {
  it("one target: an error", () => {
    expect(thrownMessage(() => RL(100000, 0, rates))).toMatch(/^REQUIRED_LEADS: avg_deal_size: /);
  });

  it("a negative deal size with scenarios: an error", () => {
    expect(thrownMessage(() => RL(scenarios, -1, rates))).toMatch(
      /^REQUIRED_LEADS: avg_deal_size: /,
    );
  });

  it("a 0 inside a column of deal sizes blanks only its own scenario (SPEC §2.6)", () => {
    expect(RL(scenarios, [[10000], [0], [10000]], rates)).toEqual([
      [540, 54, 16, 8],
      ["", "", "", ""],
      [800, 80, 24, 12],
    ]);
  });

  it("one deal size of 0 with a column of scenario targets: an error, not an empty table", () => {
    expect(thrownMessage(() => RL(scenarios, 0, rates))).toMatch(
      /^REQUIRED_LEADS: avg_deal_size: .*0/,
    );
  });
});
