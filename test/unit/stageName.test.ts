/**
 * The one stage-name normalisation (src/core/stageName.ts) that STAGE_CONVERSION and FUNNEL_SQL
 * share: its white-space set is exactly JavaScript's trim, its folding is per code point and
 * idempotent (what lets SQL reproduce it with one TRANSLATE), and the scan bound covers Unicode.
 */
import { loadCustomFunctions } from "../../fakes/bundle";
import {
  codePointsFoldingTo,
  foldCodePoint,
  foldStageName,
  LAST_CASED_CODE_POINT,
  normaliseStageName,
  STAGE_NAME_SPACE,
  trimStageName,
} from "../../src/core/stageName";

function* codePoints(from: number, to: number): Generator<number> {
  for (let cp = from; cp <= to; cp++) if (cp < 0xd800 || cp > 0xdfff) yield cp;
}

describe("the white-space set", () => {
  it("is exactly what String.prototype.trim removes, over all of Unicode", () => {
    const trimmed: string[] = [];
    for (const cp of codePoints(0, 0x10ffff)) {
      const ch = String.fromCodePoint(cp);
      if (`a${ch}`.trim() === "a") trimmed.push(ch);
    }
    expect([...STAGE_NAME_SPACE].sort()).toEqual(trimmed.sort());
  });

  it("trimStageName trims it from both ends and nothing else", () => {
    expect(trimStageName("\u00a0\u3000 Lead\u2028\ufeff")).toBe("Lead");
    expect(trimStageName("\u200bLead\u200b")).toBe("\u200bLead\u200b"); // zero-width space is not white space
    expect(trimStageName("a \u00a0 b")).toBe("a \u00a0 b");
    expect(trimStageName(" \t ")).toBe("");
  });
});

describe("case folding", () => {
  it("is each code point's own lower case, with final sigma as σ", () => {
    expect(foldStageName("ΠΕΛΆΤΗΣ")).toBe("πελάτησ");
    expect(foldStageName("Πελάτης")).toBe("πελάτησ");
    expect(foldStageName("İ")).toBe("i\u0307");
    expect(foldStageName("\u212a")).toBe("k"); // Kelvin sign
    expect(normaliseStageName("  MQL\u00a0")).toBe("mql");
  });

  it("is idempotent on every code point (so a TRANSLATE of the stage names' characters is exact)", () => {
    for (const cp of codePoints(0, 0x10ffff)) {
      const once = foldCodePoint(cp);
      if (foldStageName(once) !== once) throw new Error(`U+${cp.toString(16)} folds twice`);
    }
  });

  it("folding a whole string equals folding it code point by code point", () => {
    for (const text of ["ΑΣ ΣΑ Σ.", "ὈΔΥΣΣΕΎΣ", "İSTANBUL", "Straße", "ǅemal"]) {
      expect(foldStageName(text)).toBe(
        Array.from(text, (c) => foldCodePoint(c.codePointAt(0)!)).join(""),
      );
    }
  });

  it("changes no code point above LAST_CASED_CODE_POINT", () => {
    for (const cp of codePoints(LAST_CASED_CODE_POINT + 1, 0x10ffff)) {
      if (foldCodePoint(cp) !== String.fromCodePoint(cp))
        throw new Error(`U+${cp.toString(16)} has a lower case above the scan bound`);
    }
  });

  it("knows which code points fold to a character", () => {
    expect(codePointsFoldingTo().get("k")).toEqual([0x4b, 0x212a]);
    expect(codePointsFoldingTo().get("σ")).toEqual([0x3a3, 0x3c2]);
    expect(codePointsFoldingTo().get("i\u0307")).toEqual([0x130]);
  });
});

describe("STAGE_CONVERSION's record log matches through the same normalisation", () => {
  const bundle = loadCustomFunctions();
  it("final sigma: a record typed in capitals matches a stage written with ς", () => {
    expect(
      bundle.call(
        "STAGE_CONVERSION",
        [["ΠΕΛΆΤΗΣ"], ["Lead"], [" πελάτησ\u00a0"]],
        [["Lead"], ["Πελάτης"]],
      ),
    ).toEqual([[2 / 3], [""]]);
  });
  it("stage names differing only in final sigma are duplicates", () => {
    expect(() => bundle.call("STAGE_CONVERSION", [["Lead"]], [["Πελάτης"], ["ΠΕΛΆΤΗΣ"]])).toThrow(
      /stage_order: item 2 "ΠΕΛΆΤΗΣ" repeats item 1/,
    );
  });
});
