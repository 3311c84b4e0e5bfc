/**
 * Compact sheets (SPEC §6): for a funnel of up to 10 stages every block of every plan starts in the
 * first 40 rows, the header rows and the stage column are frozen; a bad input shows its message
 * once per block, not in every cell below it.
 */
import type { Funnel, Stage } from "../../src/core/funnel";
import { TEMPLATES } from "../../src/addon/templates/catalog";
import type { Anchor } from "../../src/addon/templates/layout";
import { anchorsOf, errorCells, newPlan, withInboundFunnel } from "./templateHarness";

const TEN = (f: Funnel) => {
  const extra = (i: number): Stage => ({
    name: `Stage ${i}`,
    owner: "Sales",
    conversionToNext: 0.5,
    daysInStage: 7,
    entryCriteria: "",
    exitCriteria: "",
  });
  // Ten stages down to the won stage: five more before Customer.
  f.stages.splice(f.stages.length - 1, 0, ...[1, 2, 3, 4, 5].map(extra));
};

const STAGE_COLUMN = new Set([
  "newAnnualPlan",
  "newMonthlyTargets",
  "newFunnelHealth",
  "newPlanVsActual",
  "newCohorts",
]);

describe.each(TEMPLATES.map((t) => t.command))("%s with 10 stages", (command) => {
  const addon = withInboundFunnel(TEN);
  const plan = newPlan(addon, command);
  const anchors = Object.values(anchorsOf(plan) as unknown as Record<string, Anchor>);

  it("starts every block in the first 40 rows and freezes the header rows and stage column", () => {
    expect(anchors.length).toBeGreaterThan(1);
    for (const a of anchors)
      expect({ block: a.name, row: a.row <= 40 }).toEqual({ block: a.name, row: true });
    expect(plan.getFrozenRows()).toBeGreaterThan(0);
    expect(plan.getFrozenRows()).toBeLessThanOrEqual(40);
    // The stage column stays in view where a plan has one; channel and month tables are narrow.
    expect(plan.getFrozenColumns()).toBe(STAGE_COLUMN.has(command) ? 1 : 0);
    expect(errorCells(plan)).toEqual([]);
  });
});

describe.each(["newAnnualPlan", "newMonthlyTargets", "newPlanVsActual", "newSlaTracker"])(
  "%s: a bad input",
  (command) => {
    it("shows its message once per block, not in every cell below it", () => {
      const addon = withInboundFunnel();
      const plan = newPlan(addon, command);
      const a = anchorsOf(plan) as unknown as Record<string, Anchor>;
      plan.getRange(a.inputs!.cell(0, 1)).setValue("a lot");
      const errors = errorCells(plan);
      expect(errors.length).toBeGreaterThan(0);
      // Each error cell, by the block it is in: one each at most.
      const inBlock = (cell: string) => {
        const [, r, c] = /^R(\d+)C(\d+)/.exec(cell)!.map(Number);
        return Object.values(a)
          .filter((b) => !b.name.includes(".") || b.name.endsWith(".body"))
          .filter((b) => r! >= b.row && r! <= b.lastRow && c! >= b.col && c! <= b.lastCol)
          .map((b) => b.name)
          .join("+");
      };
      const perBlock = new Map<string, number>();
      for (const e of errors) perBlock.set(inBlock(e), (perBlock.get(inBlock(e)) ?? 0) + 1);
      for (const [block, count] of perBlock) expect({ block, count }).toEqual({ block, count: 1 });
    });
  },
);
