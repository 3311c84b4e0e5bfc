/**
 * The formula rectangles a plan is written with (SPEC §8: one setFormulas call each; SPEC §10:
 * formulas only through setFormulas): every formula is in one, none holds a value, and the cover
 * is the smaller of the two tried — fewer calls where rectangles through a formula can grow up or
 * left over empty cells.
 */
import { formula, type CellContent } from "../../src/addon/cellContents";
import type { Rect } from "../../src/addon/templates/layout";
import type { PlanGrid } from "../../src/addon/templates/planGrid";
import { formulaRects } from "../../src/addon/templates/render";

/** A grid from a picture: F a formula, v a value, . empty; the frame at (row, col). */
function gridOf(picture: string[], row = 1, col = 1): PlanGrid {
  const contents: CellContent[][] = picture.map((line) =>
    [...line].map((ch) => (ch === "F" ? formula("=A1") : ch === "v" ? 1 : "")),
  );
  const blank = <T>(v: T) => contents.map((line) => line.map(() => v));
  return {
    frame: { row, col, rows: contents.length, cols: contents[0]?.length ?? 0 },
    contents,
    formats: blank(""),
    weights: blank(""),
    colors: blank(""),
    backgrounds: blank(""),
    notes: blank(""),
    wraps: blank(false),
    owned: blank(true),
    styles: blank("output"),
  };
}

function check(picture: string[], row = 1, col = 1): Rect[] {
  const grid = gridOf(picture, row, col);
  const rects = formulaRects(grid, grid.frame);
  const inside = (r: number, c: number) =>
    rects.some((x) => r >= x.row && r < x.row + x.rows && c >= x.col && c < x.col + x.cols);
  picture.forEach((line, r) =>
    [...line].forEach((ch, c) => {
      if (ch === "F") expect(inside(row + r, col + c)).toBe(true);
      if (ch === "v") expect(inside(row + r, col + c)).toBe(false);
    }),
  );
  return rects;
}

describe("formula rectangles", () => {
  it("cover every formula and no value, in sheet coordinates", () => {
    const rects = check(["vFFv", "vF.v", "FFvv"], 5, 3);
    expect(rects.every((r) => r.row >= 5 && r.col >= 3)).toBe(true);
  });

  it("take a formula below a value-free gap with the block above it (one call, not two)", () => {
    // A month row over a total: the greedy cover grows down through the empty row.
    expect(check(["vFFFF", "vFFFF", "vF...", "v....", "..F.."])).toHaveLength(1);
  });

  it("grow up and left over empty cells when that takes in more formulas", () => {
    // Growing right then down from each formula makes four rectangles here, three and two.
    expect(check(["...F", ".F.F", "F.F.", "vF.v"])).toHaveLength(2);
    expect(check([".F..", "....", "F.FF", ".FvF"])).toHaveLength(3);
    expect(check(["F...", ".F.v", "F.F.", "FF.."])).toHaveLength(1);
  });

  it("a grid without formulas needs no call", () => {
    expect(check(["vv", ".."])).toEqual([]);
  });
});
