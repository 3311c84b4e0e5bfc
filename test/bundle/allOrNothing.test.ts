/**
 * Every command of the stage store is all-or-nothing (SPEC §9): a Sheets failure injected at each
 * of its mutating calls in turn leaves the whole workbook — every sheet and its name, every cell's
 * value, formula, formats, note and checkbox, every grid size, every named range — as it was, the
 * lock released, and the reply says in the user's language which step failed (never Google's raw
 * "Service Spreadsheets failed…"). The workbook is a lived-in one: plans on the funnel, a formula
 * and a date in the table, the user's cells under and beside it, a second funnel with a post-sale
 * part and CRM names.
 */
import { openAddon, type Addon } from "../../fakes/addon";
import { SERVICE_ERROR } from "../../fakes/failures";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { Funnel } from "../../src/core/funnel";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import { uiMessages } from "../../src/i18n/ui";
import type { CreateResult, LoadedFunnel } from "../../src/wire/stageApi";
import { runNewPlan } from "../../fakes/newPlan";
import { stage as typedStage } from "../harness/stages";
import { ok, preset } from "../harness/store";

const t = uiMessages("sv").store;

/** A workbook as a team leaves it after a few weeks, with the user speaking Swedish. */
function livedIn(): Addon {
  const addon = openAddon(
    new FakeWorkbook({ Notes: [["keep me", 42]] }),
    new FakeLock(),
    new FakeSession("sv"),
  );
  ok(
    addon.run<CreateResult>("createFunnel", { name: "Funnel", stages: inboundPreset("en").stages }),
  );
  const { stages, wonStageIndex } = preset("bowtie");
  const crm = structuredClone(stages);
  crm[1]!.crmNames = ["Education call", "Webinar"];
  ok(
    addon.run<CreateResult>("createFunnel", {
      name: "EMEA",
      stages: crm,
      wonStageIndex,
      endNames: ["Lost"],
    }),
  );
  const funnel = addon.book.getSheetByName("Funnel")!;
  funnel.getRange("F3").setFormula('=Notes!A1 & " by SDR"'); // criteria the team computes
  funnel.getRange("E2").setValue("2026-03-01"); // a date typed into a text column
  funnel.getRange("A9:B9").setValues([["Under the table", 7]]);
  funnel.getRange("H3").setValue("beside");
  funnel.getRange("H3").setNote("a note of the user's");
  funnel.activate();
  runNewPlan(addon, "newAnnualPlan"); // confirms New plan's dialog, as a user would
  funnel.activate();
  addon.run("newFunnelHealth");
  return addon;
}

/** Everything a command could change, sheet names included. */
function state(addon: Addon) {
  return {
    sheets: addon.book.getSheets().map((s) => s.getName()),
    ...addon.book.snapshot(),
  };
}

interface Command {
  name: string;
  run(addon: Addon): { ok: boolean; message?: string };
  /** What the message names: the funnel, for create, rename and delete. */
  failed: (step: string) => string;
  /** At least this many mutating calls: the run exercises every part it is meant to. */
  minSteps: number;
}

function edit(addon: Addon, key: string, change: (f: Funnel) => void) {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", key);
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  return { funnel, fingerprint: loaded.fingerprint };
}

const stage = (name: string, rate: number | null, days: number | null) =>
  typedStage(name, rate, days, "Sales");

const COMMANDS: Command[] = [
  {
    name: "save: a stage inserted before the won stage (the table grows inside)",
    run: (a) =>
      a.run(
        "saveFunnel",
        edit(a, "Funnel", (f) => f.stages.splice(4, 0, stage("Opportunity", 0.4, 20))),
      ),
    failed: (step) => t.saveFailed(step),
    minSteps: 3,
  },
  {
    name: "save: stages added after the won stage, the won stage moved, a stage renamed",
    run: (a) =>
      a.run(
        "saveFunnel",
        edit(a, "Funnel", (f) => {
          f.stages[0]!.name = "Besök";
          // Customer (index 4) is won; two post-sale stages follow it.
          f.stages.push(stage("Onboarding", 0.8, 60), stage("Expansion", null, null));
          f.wonStageIndex = 4;
        }),
      ),
    failed: (step) => t.saveFailed(step),
    minSteps: 8,
  },
  {
    name: "save: two stages removed and the rest reordered",
    run: (a) =>
      a.run(
        "saveFunnel",
        edit(a, "Funnel", (f) => {
          f.stages.splice(1, 2);
          f.stages.reverse();
          f.stages.reverse();
        }),
      ),
    failed: (step) => t.saveFailed(step),
    minSteps: 4,
  },
  {
    name: "save: CRM names and names that end a record added (a column, a map and its range)",
    run: (a) =>
      a.run(
        "saveFunnel",
        edit(a, "Funnel", (f) => {
          f.stages[3]!.crmNames = ["Appointment scheduled", "Qualified to buy"];
          f.endNames = ["Closed lost", "Disqualified"];
        }),
      ),
    failed: (step) => t.saveFailed(step),
    minSteps: 7,
  },
  {
    name: "save: a funnel with a post-sale part and a map shrinks",
    run: (a) =>
      a.run(
        "saveFunnel",
        edit(a, "EMEA", (f) => {
          f.stages.splice(5, 2);
          f.stages[4]!.conversionToNext = null; // Onboard is the last stage now
          f.stages[4]!.daysInStage = null;
          f.stages[1]!.crmNames = ["Webinar"];
        }),
      ),
    failed: (step) => t.saveFailed(step),
    minSteps: 8,
  },
  {
    name: "create: a Bowtie funnel with CRM names",
    run: (a) => {
      const { stages, wonStageIndex } = preset("bowtie");
      const crm = structuredClone(stages);
      crm[0]!.crmNames = ["Visitor"];
      return a.run("createFunnel", { name: "Nordics", stages: crm, wonStageIndex });
    },
    failed: (step) => t.createFailed("Nordics", step),
    minSteps: 12,
  },
  {
    name: "rename: the funnel and its two plans",
    run: (a) => a.run("renameFunnel", { key: "Funnel", name: "Pipeline" }),
    failed: (step) => t.renameFailed("Funnel", step),
    minSteps: 3,
  },
  {
    name: "delete: a funnel with post-sale ranges and a map",
    run: (a) => a.run("deleteFunnel", "EMEA"),
    failed: (step) => t.deleteFailed("EMEA", step),
    minSteps: 6,
  },
];

describe.each(COMMANDS)("$name", (command) => {
  it("fails at each mutating call in turn, leaving the workbook as it was", () => {
    const probe = livedIn();
    const start = probe.book.failures.count;
    expect(command.run(probe)).toMatchObject({ ok: true });
    const steps = probe.book.failures.count - start;
    expect(steps).toBeGreaterThanOrEqual(command.minSteps);
    const stepTexts = Object.values(t.steps);
    for (let step = 1; step <= steps; step++) {
      const addon = livedIn();
      const before = state(addon);
      addon.book.failures.failOn("any", step);
      const result = command.run(addon);
      expect({ step, ok: result.ok }).toEqual({ step, ok: false });
      const message = result.message ?? "";
      expect({ step, message }).toEqual({
        step,
        message: expect.stringContaining(t.restored),
      });
      expect(stepTexts.some((s) => message.startsWith(command.failed(s)))).toBe(true);
      expect(message).not.toContain(SERVICE_ERROR);
      expect({ step, after: state(addon) }).toEqual({ step, after: before });
      expect(addon.lock.held).toBe(false);
    }
  });
});
