/**
 * SPEC §3 REQUIRED_LEADS, Errors: "a single target ≤ 0 or empty, deal size ≤ 0, any rule of §2".
 * A deal size of 0 is an error with one target, and a negative one is an error with scenarios too;
 * but one deal size of 0 given with a column of scenario targets silently gives an empty table.
 * That deal size is a single value, not a cell inside a list (SPEC §2.6 blanks only a zero
 * denominator inside a list or range), so the analyst should see the same error as with one
 * target instead of a blank scenarios block.
 */
import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const RL = (...args: unknown[]) => bundle.call("REQUIRED_LEADS", ...args);
const rates = [[0.1], [0.3], [0.5]];
const scenarios = [[80000], [100000], [120000]];

describe("REQUIRED_LEADS: a deal size of 0 is an error, with or without scenarios (SPEC §3)", () => {
  it("one target: an error (as today)", () => {
    expect(thrownMessage(() => RL(100000, 0, rates))).toMatch(/^REQUIRED_LEADS: avg_deal_size: /);
  });

  it("a negative deal size with scenarios: an error (as today)", () => {
    expect(thrownMessage(() => RL(scenarios, -1, rates))).toMatch(
      /^REQUIRED_LEADS: avg_deal_size: /,
    );
  });

  it("one deal size of 0 with a column of scenario targets: an error, not an empty table", () => {
    expect(thrownMessage(() => RL(scenarios, 0, rates))).toMatch(
      /^REQUIRED_LEADS: avg_deal_size: .*0/,
    );
  });
});
