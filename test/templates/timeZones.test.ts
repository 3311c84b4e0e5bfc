/**
 * Dates that templates write show the intended day in the spreadsheet's own time zone (SPEC §9):
 * one zone west of UTC (New York) and one east (Shanghai).
 */
import type { CreateResult } from "../../src/wire/stageApi";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { attachFormulaEngine } from "../../fakes/workbookEngine";
import { openAddon } from "../../fakes/addon";
import { anchor, newPlan } from "./templateHarness";
import { at } from "../harness/at";

/** "2026-12-01": the first day of the month `shift` months from now, as a date in `timeZone`. */
function firstOfMonth(timeZone: string, shift: number): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" })
    .formatToParts(new Date())
    .reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.type]: Number(p.value) }), {});
  const next = new Date(Date.UTC(at(parts, "year"), at(parts, "month") - 1 + shift, 1));
  return next.toISOString().slice(0, 10);
}

describe.each(["America/New_York", "Asia/Shanghai"])("templates in %s", (timeZone) => {
  const addon = openAddon(new FakeWorkbook({ Notes: [] }, { timeZone }));
  attachFormulaEngine(addon.book, addon.functions);
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Funnel",
    stages: inboundPreset("en").stages,
  });
  if (!created.ok) throw new Error(created.message);
  const plan = newPlan(addon, "newMonthlyTargets");
  const sla = newPlan(addon, "newSlaTracker");

  // The first month is written as a date serial (a calendar day, never an instant).
  test("the monthly plan starts on the first of next month in the sheet's zone, shown as that day", () => {
    const first = plan.getRange(anchor(plan, "inputs").cell(3, 1));
    expect(at(at(first.getDisplayValues(), 0), 0)).toBe(firstOfMonth(timeZone, 1));
  });

  test("the SLA tracker starts at the monthly plan's first month, shown as that day", () => {
    // New plan offers the funnel's existing plan's first month: the SLA tracks that plan.
    const first = sla.getRange(anchor(sla, "inputs").cell(3, 1));
    expect(at(at(first.getDisplayValues(), 0), 0)).toBe(firstOfMonth(timeZone, 1));
  });

  test("an SLA tracker of a funnel without a plan starts ten months ago, shown as that day", () => {
    const fresh = openAddon(new FakeWorkbook({ Notes: [] }, { timeZone }));
    attachFormulaEngine(fresh.book, fresh.functions);
    fresh.run<CreateResult>("createFunnel", { name: "Funnel", stages: inboundPreset("en").stages });
    const own = newPlan(fresh, "newSlaTracker");
    const first = own.getRange(anchor(own, "inputs").cell(3, 1));
    expect(at(at(first.getDisplayValues(), 0), 0)).toBe(firstOfMonth(timeZone, -10));
  });
});
