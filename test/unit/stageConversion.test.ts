import { nextStageRates, reachedFromHighWater } from "../../src/core/stageConversion";
import { matrixHighWater } from "../../src/core/stageMatrix";

describe("stage conversion", () => {
  it("SPEC §3 counts example: 1000, 300, 120 → 0.3, 0.4, none", () => {
    expect(nextStageRates([1000, 300, 120])).toEqual([0.3, 0.4, undefined]);
  });
  it("a stage nobody reached has no rate; rising counts give rates above 1", () => {
    expect(nextStageRates([0, 5, 10])).toEqual([undefined, 2, undefined]);
    expect(nextStageRates([7])).toEqual([undefined]);
  });
  it("high-water marks accumulate from the bottom", () => {
    expect(reachedFromHighWater([5, 3, 2])).toEqual([10, 5, 2]);
    expect(reachedFromHighWater([0, 0, 0])).toEqual([0, 0, 0]);
  });
});

describe("stage-date matrix", () => {
  const d = new Date(2026, 0, 1);
  const rows = [
    [d, "", d], // skipped a stage
    [d, d, ""],
    [d, "", ""],
    ["", "", ""], // reached nothing
  ];
  it('"reached" counts a skipping record at every earlier stage', () => {
    expect(matrixHighWater(rows, "reached")).toEqual([1, 1, 1]);
  });
  it('"strict" stops at the first missing stage', () => {
    expect(matrixHighWater(rows, "strict")).toEqual([2, 1, 0]);
  });
  it("empty, FALSE, 0 and spaces are not reached; TRUE, 1 and text are", () => {
    expect(matrixHighWater([[true, 1, "yes", "  ", false, 0, ""]], "reached")).toEqual([
      0, 0, 1, 0, 0, 0, 0,
    ]);
    expect(matrixHighWater([[true, 1, "yes", "  ", false, 0, ""]], "strict")).toEqual([
      0, 0, 1, 0, 0, 0, 0,
    ]);
  });
  it("only white space of any kind is not reached (SPEC §3: U+00A0 too), as FUNNEL_SQL's queries read it", () => {
    for (const blank of ["\u00a0", "\u3000", "\u2028", "\ufeff", " \u00a0 ", "\u202f\t"]) {
      expect(matrixHighWater([[true, blank]], "reached")).toEqual([1, 0]);
      expect(matrixHighWater([[blank, true]], "strict")).toEqual([0, 0]);
    }
    expect(matrixHighWater([[true, "\u00a0x"]], "reached")).toEqual([0, 1]);
  });
});
