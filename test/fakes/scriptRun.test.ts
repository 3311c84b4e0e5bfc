import { throughScriptRun } from "../../fakes/scriptRun";

describe("the google.script.run stand-in (Google's client-side API rules)", () => {
  it("carries primitives, objects and arrays as a copy", () => {
    const value = { a: [1, "x", true, null], b: { c: 2 } };
    const copy = throughScriptRun(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
  });

  it("refuses a Date, a function and a circular object, also nested", () => {
    expect(() => throughScriptRun([new Date()])).toThrow(/a Date/);
    expect(() => throughScriptRun([{ when: { at: new Date() } }])).toThrow(/\[0\]\.when\.at/);
    expect(() => throughScriptRun([() => 1])).toThrow(/a function/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => throughScriptRun([loop])).toThrow(/circular/);
    expect(() => throughScriptRun(new Date(), "result")).toThrow(/result/);
  });

  it("undefined in arrays becomes null; undefined fields disappear", () => {
    expect(throughScriptRun([[1, undefined]])).toEqual([[1, null]]);
    expect(throughScriptRun({ a: undefined, b: 1 })).toEqual({ b: 1 });
  });
});
