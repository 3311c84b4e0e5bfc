import { periodGrowth } from "../../src/core/leadVelocity";
import {
  cacPaybackPeriods,
  customerAcquisitionCost,
  lifetimeValue,
  pipelineVelocity,
} from "../../src/core/unitEconomics";

describe("unit economics", () => {
  it("CAC = spend ÷ new customers; no customers → undefined", () => {
    expect(customerAcquisitionCost(5000, 50)).toBe(100);
    expect(customerAcquisitionCost(5000, 0)).toBeUndefined();
    expect(customerAcquisitionCost(0, 10)).toBe(0);
  });
  it("LTV = ARPA × margin ÷ churn", () => {
    expect(lifetimeValue(500, 0.8, 0.02)).toBeCloseTo(20000, 9);
  });
  it("payback = CAC ÷ (ARPA × margin); no gross profit → undefined", () => {
    expect(cacPaybackPeriods(1200, 500, 0.8)).toBeCloseTo(3, 12);
    expect(cacPaybackPeriods(1200, 0, 0.8)).toBeUndefined();
  });
  it("pipeline velocity = opportunities × win rate × deal ÷ days", () => {
    expect(pipelineVelocity(80, 0.25, 10000, 40)).toBe(5000);
    expect(pipelineVelocity(80, 0.25, 10000, 0)).toBeUndefined();
  });
});

describe("lead velocity", () => {
  it("growth over the previous period; first and after-zero cells undefined", () => {
    expect(periodGrowth([100, 120, 90, 0, 5])).toEqual([undefined, 0.2, -0.25, -1, undefined]);
    expect(periodGrowth([3])).toEqual([undefined]);
  });
});
