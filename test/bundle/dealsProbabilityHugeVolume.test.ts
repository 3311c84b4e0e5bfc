/**
 * SPEC §2.6: bad input throws `FUNCTION_NAME: <argument>: …`; overflow is an error. Guards that
 * DEALS_PROBABILITY answers a stage volume whose expected deals pass 2^53 (a mistyped or pasted
 * 17-digit figure) with a message: above 2^53 a window walk's `first--` / `last++` no longer
 * change a float, so a walk bounded by its width (mode − first) never ended, and Sheets would show
 * "Exceeded maximum execution time" instead of a message naming the argument.
 *
 * The calls run inside the bundle's context with a time limit, so a hang fails the test instead
 * of stalling the run.
 */
import vm from "node:vm";
import { loadCustomFunctions } from "../../fakes/bundle";
import { messageOf } from "../../src/core/messageOf";

const bundle = loadCustomFunctions();

/** The message the call throws, or what went wrong (a time-out counts as no message). */
function outcome(source: string): string {
  try {
    return `returned ${JSON.stringify(vm.runInContext(source, bundle.context, { timeout: 5000 }))}`;
  } catch (e) {
    return messageOf(e);
  }
}

describe("DEALS_PROBABILITY with a huge stage volume answers with a message (SPEC §2.6)", () => {
  it("1e16 records at 50%: a clear error", () => {
    expect(outcome("DEALS_PROBABILITY(1e16, 0.5, 5)")).toMatch(
      /^DEALS_PROBABILITY: stage_volumes: /,
    );
  });

  it("2e16 records at 50%: a clear error, not an endless computation", () => {
    expect(outcome("DEALS_PROBABILITY(2e16, 0.5, 5)")).toMatch(/^DEALS_PROBABILITY: /);
  });

  it("a pasted 17-digit figure at the top of a funnel: a clear error", () => {
    expect(outcome("DEALS_PROBABILITY([[1e17], [60], [20]], [[0.3], [0.4]], 15)")).toMatch(
      /^DEALS_PROBABILITY: /,
    );
  });
});
