/**
 * A save that removes more stages with inputs than a plan's "Removed stages" table has room for
 * is refused — the inputs are never dropped (SPEC §9) — and says what helps (SPEC §6: a command
 * that cannot act says why). Here a team with a 14-stage funnel and dates in every stage column
 * of its Cohorts sheet moves to a two-stage funnel: twelve stages with dates, ten columns of room.
 * It once said the table was full and to clear entries there, though the table was empty: doing
 * so changed nothing, and the save was refused for ever.
 */
import type { Funnel } from "../../src/core/funnel";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import type { Addon } from "../../fakes/addon";
import { uiMessages } from "../../src/i18n/ui";
import { stage } from "../harness/stages";
import { anchor, newPlan, withInboundFunnel } from "./templateHarness";

function save(addon: Addon, change: (f: Funnel) => void): SaveResult {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  return addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
}

it("a save removing more stages with inputs than the table holds says so, and goes through once their inputs are cleared", () => {
  const addon = withInboundFunnel();
  const fourteen = save(addon, (f) => {
    f.stages = Array.from({ length: 14 }, (_, i) =>
      stage(`Stage ${i + 1}`, i < 13 ? 0.8 : null, i < 13 ? 5 : null),
    );
  });
  expect(fourteen.ok).toBe(true);
  const plan = newPlan(addon, "newCohorts");
  const body = anchor(plan, "export.body");
  for (let c = 0; c < 14; c++) plan.getRange(body.cell(0, c)).setValue(new Date(2026, 0, 1 + c));

  const toTwo = (f: Funnel) => {
    f.stages = [f.stages[0]!, f.stages[13]!];
  };
  const refused = save(addon, toTwo);
  expect(refused).toMatchObject({
    ok: false,
    message: uiMessages("en").plans.tooManyRemoved("Cohorts", 10),
  });
  // Nothing was changed: every date is where it was typed.
  expect(
    plan
      .getRange(body.range(0, 0, 1, 14))
      .getValues()[0]!
      .every((v) => v !== ""),
  ).toBe(true);

  // What the message asks: the inputs of two stages no longer needed cleared (ten left: its room).
  plan.getRange(body.range(0, 1, body.rows, 2)).clearContent();
  expect(save(addon, toTwo)).toMatchObject({ ok: true });
});
