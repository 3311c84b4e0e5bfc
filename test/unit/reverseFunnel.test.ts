import { reverseFunnel } from "../../src/core/reverseFunnel";
import { ceilSnapped, snapToInteger } from "../../src/core/snap";

describe("snapToInteger", () => {
  it("removes float noise within 1e-9 relative", () => {
    expect(57 / 0.57).not.toBe(100); // the noise is real...
    expect(snapToInteger(57 / 0.57)).toBe(100); // ...and removed
    expect(ceilSnapped(57 / 0.57)).toBe(100);
    expect(snapToInteger(1e6 + 1e-7)).toBe(1e6);
  });
  it("never snaps more than 1e-6 away (SPEC §2.7)", () => {
    expect(snapToInteger(600_000_000.4)).toBe(600_000_000.4);
    expect(ceilSnapped(600_000_000.4)).toBe(600_000_001);
    expect(snapToInteger(1e12 + 1e-3)).toBe(1e12 + 1e-3);
  });
  it("never rounds a positive need to 0", () => {
    expect(ceilSnapped(5e-10)).toBe(1);
    expect(ceilSnapped(0)).toBe(0);
    expect(reverseFunnel(1 / 2e9, [0.5], "stage")).toEqual([2, 1]);
    expect(reverseFunnel(1 / 2e9, [0.5], "end")).toEqual([1, 1]);
  });
  it("keeps genuine fractions", () => {
    expect(snapToInteger(66.66666)).toBe(66.66666);
    expect(ceilSnapped(100.001)).toBe(101);
    expect(snapToInteger(1e-12)).toBe(0);
  });
});

describe("reverseFunnel", () => {
  const rates = [0.1, 0.3, 0.5];
  it("stage rounding rounds each stage from the one below (SPEC §3 example)", () => {
    expect(reverseFunnel(10, rates, "stage")).toEqual([670, 67, 20, 10]);
  });
  it("end rounding rounds exact values independently", () => {
    expect(reverseFunnel(10, rates, "end")).toEqual([667, 67, 20, 10]);
  });
  it("none keeps exact fractions", () => {
    const out = reverseFunnel(10, rates, "none");
    expect(out[3]).toBe(10);
    expect(out[2]).toBe(20);
    expect(out[1]).toBeCloseTo(66.6667, 3);
    expect(out[0]).toBeCloseTo(666.667, 2);
  });
  it("rounds fractional deals up to whole deals", () => {
    expect(reverseFunnel(9.2, [0.1], "stage")).toEqual([100, 10]);
  });
  it("57 deals at 57% need 100 SQLs, not 101", () => {
    expect(reverseFunnel(57, [0.57], "stage")).toEqual([100, 57]);
    expect(reverseFunnel(57, [0.57], "end")).toEqual([100, 57]);
  });
  it("a rate of 100% passes volume through", () => {
    expect(reverseFunnel(7, [1, 1], "stage")).toEqual([7, 7, 7]);
  });
});
