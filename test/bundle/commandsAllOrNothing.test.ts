/**
 * Every menu command and page server call that writes is all-or-nothing (SPEC §9), beyond the
 * stage store's own (test/bundle/allOrNothing.test.ts): New plan for every template (from the menu
 * and its dialog, and from the choose-funnel dialog), Refresh plan on a plan of every template,
 * and Use measured days. A Sheets failure is injected at each of a command's mutating calls in
 * turn; the whole workbook — sheets, cells, formats, notes, named ranges, developer metadata — is
 * as it was, and the alert says so in the user's language (Swedish here), never in Google's raw
 * English "Service Spreadsheets failed…". The entries that only read are checked to make no
 * mutating call at all, so no failure can leave anything half done.
 */
import { openAddon, type Addon } from "../../fakes/addon";
import { SERVICE_ERROR } from "../../fakes/failures";
import { FakeLock } from "../../fakes/lock";
import { runNewPlan } from "../../fakes/newPlan";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook, type FakeSheet } from "../../fakes/spreadsheet";
import { attachFormulaEngine } from "../../fakes/workbookEngine";
import type { Funnel } from "../../src/core/funnel";
import { TEMPLATES } from "../../src/addon/templates/catalog";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import { uiMessages } from "../../src/i18n/ui";
import type { CreateResult, LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { at } from "../harness/at";
import { escapeRegExp } from "../../src/core/escapeRegExp";
import { ok } from "../harness/store";

const sv = uiMessages("sv");

/** A Swedish user's workbook: the default funnel, the user's own sheet and cells beside it. */
function livedIn(): Addon {
  const addon = openAddon(
    new FakeWorkbook({ Notes: [["keep me", 42]] }),
    new FakeLock(),
    new FakeSession("sv"),
  );
  ok(
    addon.run<CreateResult>("createFunnel", { name: "Funnel", stages: inboundPreset("en").stages }),
  );
  const funnel = at(addon.book.getSheets(), 1);
  funnel.getRange("H3").setValue("beside");
  funnel.getRange("H3").setNote("a note of the user's");
  funnel.activate();
  return addon;
}

/** Everything a command could change, sheet names and the active sheet included. */
function state(addon: Addon) {
  return {
    sheets: addon.book.getSheets().map((s) => s.getName()),
    ...addon.book.snapshot(),
  };
}

/** The sheet a command added (New plan activates it). */
function added(addon: Addon, before: readonly string[]): FakeSheet {
  const sheets = addon.book.getSheets().filter((s) => !before.includes(s.getName()));
  expect(sheets).toHaveLength(1);
  return at(sheets, 0);
}

function saveEdit(addon: Addon, change: (f: Funnel) => void): void {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  ok(addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint }));
}

const insertAtTop = (f: Funnel) =>
  f.stages.unshift({
    name: "Event",
    owner: "Marketing",
    conversionToNext: 0.5,
    daysInStage: 5,
    entryCriteria: "",
    exitCriteria: "",
  });

interface Case {
  /** The workbook just before the command, fresh each time. */
  setUp(): Addon;
  run(addon: Addon): void;
  /** What the user is told when the command fails and everything was put back. */
  failed: string | RegExp;
}

/**
 * Runs `c` once per mutating call with a failure injected there: nothing changes, the lock is
 * free, and the last alert is `c.failed`. Each failed run leaves the workbook exactly as it was
 * (asserted), so the next step starts from the same workbook; the last run, with fewer calls
 * than its step, had no failure and must say none (Refresh may rewrite what is there already).
 */
function failsAtEachCall(c: Case): void {
  const addon = c.setUp();
  const before = state(addon);
  const isFailure = (said: string) =>
    typeof c.failed === "string" ? said === c.failed : c.failed.test(said);
  for (let step = 1; ; step++) {
    const start = addon.book.failures.count;
    const alerts = addon.book.ui.alerts.length;
    addon.book.failures.failOn("any", step);
    c.run(addon);
    const calls = addon.book.failures.count - start;
    if (calls < step) {
      // Fewer calls than `step`: this run had no failure, and did its work.
      expect(step).toBeGreaterThan(1);
      const said = addon.book.ui.alerts.slice(alerts).map((a) => a.prompt);
      expect(said.filter(isFailure)).toEqual([]);
      return;
    }
    const said = addon.book.ui.alerts.at(-1)?.prompt ?? "";
    expect({ step, said, failed: isFailure(said) }).toEqual({ step, said, failed: true });
    expect(said).not.toContain(SERVICE_ERROR);
    expect({ step, after: state(addon) }).toEqual({ step, after: before });
    expect(addon.lock.held).toBe(false);
  }
}

const newPlanFailed = `${sv.plans.newPlanFailed} ${sv.store.restored}`;
const refreshFailed = `${sv.plans.refreshFailed} ${sv.store.restored}`;

describe.each(TEMPLATES.map((t) => t.command))("New plan ▸ %s", (command) => {
  it("fails at each mutating call in turn, leaving the workbook as it was, and says so in Swedish", () => {
    failsAtEachCall({
      setUp: livedIn,
      run: (addon) => void runNewPlan(addon, command),
      failed: newPlanFailed,
    });
  });
});

describe.each(TEMPLATES.map((t) => t.command))("Refresh plan on a %s plan", (command) => {
  it("fails at each mutating call in turn, after the funnel gained a stage, leaving the workbook as it was", () => {
    failsAtEachCall({
      setUp: () => {
        const addon = livedIn();
        const names = addon.book.getSheets().map((s) => s.getName());
        runNewPlan(addon, command);
        const plan = added(addon, names);
        saveEdit(addon, insertAtTop);
        plan.activate();
        return addon;
      },
      run: (addon) => addon.run("refreshPlan"),
      failed: refreshFailed,
    });
  });
});

describe("New plan from the choose-funnel dialog (two funnels, none in view)", () => {
  it("fails at each mutating call in turn, leaving the workbook as it was", () => {
    failsAtEachCall({
      setUp: () => {
        const addon = livedIn();
        ok(
          addon.run<CreateResult>("createFunnel", {
            name: "EMEA",
            stages: inboundPreset("en").stages,
          }),
        );
        addon.book.getSheetByName("Notes")?.activate();
        return addon;
      },
      run: (addon) => addon.run("newPlanForFunnel", "newFunnelHealth", "EMEA"),
      failed: newPlanFailed,
    });
  });
});

describe("Use measured days", () => {
  it("fails at each mutating call of its save in turn, leaving the table and the plan as they were", () => {
    failsAtEachCall({
      setUp: () => {
        // The measured medians are formulas over the export: evaluated, as Sheets does.
        const addon = livedIn();
        attachFormulaEngine(addon.book, addon.functions);
        const names = addon.book.getSheets().map((s) => s.getName());
        runNewPlan(addon, "newCohorts");
        added(addon, names).activate();
        return addon;
      },
      run: (addon) => {
        addon.book.ui.answers.push("YES"); // the user confirms before → after
        addon.run("useMeasuredDays");
      },
      // The store's own message (which step, all put back), inside the command's sentence.
      failed: new RegExp(
        `^${escapeRegExp(sv.plans.measuredDaysFailed(""))}.+${escapeRegExp(sv.store.restored)}$`,
      ),
    });
  });
});

describe("a failure while putting things back is said, not hidden", () => {
  it("New plan: when the half-built sheet cannot be removed, the alert says to check the sheet", () => {
    const addon = livedIn();
    // The 2nd call fails, and so does the next one (the second plan counts on from there):
    // removing the half-built sheet.
    addon.book.failures.failOn("any", 2).failOn("any", 2);
    runNewPlan(addon, "newFunnelHealth");
    expect(addon.book.ui.alerts.at(-1)?.prompt).toBe(
      `${sv.plans.newPlanFailed} ${sv.store.notRestored}`,
    );
  });

  it("Refresh: when the first write back fails too, the alert says to check the sheet", () => {
    const addon = livedIn();
    const names = addon.book.getSheets().map((s) => s.getName());
    runNewPlan(addon, "newFunnelHealth");
    const plan = added(addon, names);
    saveEdit(addon, insertAtTop);
    plan.activate();
    // The 2nd call fails, and so does the next one: the first write back.
    addon.book.failures.failOn("any", 2).failOn("any", 2);
    addon.run("refreshPlan");
    expect(addon.book.ui.alerts.at(-1)?.prompt).toBe(
      `${sv.plans.refreshFailed} ${sv.store.notRestored}`,
    );
  });
});

describe("the entries that only read make no mutating call", () => {
  const reads: [string, (addon: Addon) => unknown][] = [
    ["onOpen", (a) => a.run("onOpen")],
    ["showStageEditor", (a) => a.run("showStageEditor")],
    ["showSqlExport", (a) => a.run("showSqlExport")],
    ["showFunctionReference", (a) => a.run("showFunctionReference")],
    ["getFunnels", (a) => a.run("getFunnels")],
    ["loadFunnel", (a) => a.run("loadFunnel", "Funnel")],
    ["funnelUsage", (a) => a.run("funnelUsage", "Funnel")],
    ["getFunnelStages", (a) => a.run("getFunnelStages", "Funnel")],
  ];
  it.each(reads)("%s", (_, read) => {
    const addon = livedIn();
    runNewPlan(addon, "newAnnualPlan");
    const before = state(addon);
    const start = addon.book.failures.count;
    read(addon);
    expect(addon.book.failures.count - start).toBe(0);
    expect(state(addon)).toEqual(before);
  });
});
