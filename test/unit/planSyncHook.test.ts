/**
 * A save hands the plans the stage list before and after it (SPEC §9: inputs follow their stage
 * by ID), inside its all-or-nothing step: what the plans change registers its undo with the save,
 * and a later failure undoes it too; a failure in the plans leaves the table as it was.
 */
import { FakeLock } from "../../fakes/lock";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { FakeDataValidationBuilder } from "../../fakes/dataValidation";
import { Refused } from "../../src/addon/journal";
import { StageStore, type StageStoreDeps } from "../../src/addon/stageStore";
import type { PlanSyncRequest } from "../../src/addon/storeContext";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import type { Funnel } from "../../src/core/funnel";

function storeOver(book: FakeWorkbook, syncPlans: (sync: PlanSyncRequest) => void): StageStore {
  const lock = new FakeLock();
  const deps = {
    spreadsheet: book,
    documentLock: () => lock,
    flush: () => undefined,
    now: () => new Date(Date.UTC(2026, 0, 5)),
    checkboxRule: () => new FakeDataValidationBuilder().requireCheckbox().build(),
    rowsDimension: "ROWS",
    syncPlans,
  } as unknown as StageStoreDeps;
  return new StageStore(deps);
}

function edited(store: StageStore, change: (f: Funnel) => void) {
  const loaded = store.loadFunnel("Funnel");
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  return { funnel, fingerprint: loaded.fingerprint };
}

describe("the plans follow a save (syncPlans)", () => {
  it("gets the acquisition stages before and after, by ID, once per save", () => {
    const calls: PlanSyncRequest[] = [];
    const book = new FakeWorkbook({ Notes: [] });
    const store = storeOver(book, (sync) => calls.push(sync));
    expect(store.createFunnel({ name: "Funnel", stages: inboundPreset("en").stages }).ok).toBe(
      true,
    );
    expect(calls).toEqual([]); // a new funnel has no plans yet
    const before = store.loadFunnel("Funnel").funnel.stages;
    const request = edited(store, (f) => {
      f.stages[2]!.name = "Marketing qualified";
      f.stages.splice(1, 0, { ...f.stages[1]!, id: undefined, name: "Webinar" });
      f.stages.splice(4, 1); // SQL goes
    });
    const saved = store.saveFunnel(request);
    expect(saved.ok).toBe(true);
    expect(calls).toHaveLength(1);
    const [sync] = calls;
    expect(sync!.funnelKey).toBe("Funnel");
    expect(sync!.before).toEqual(before.map((s) => ({ id: s.id, name: s.name })));
    const after = store.loadFunnel("Funnel").funnel.stages;
    expect(sync!.after).toEqual(after.map((s) => ({ id: s.id, name: s.name })));
    expect(sync!.after.map((s) => s.name)).toEqual([
      "Visit",
      "Webinar",
      "Lead",
      "Marketing qualified",
      "Customer",
    ]);
    expect(sync!.after[3]!.id).toBe(before[2]!.id);
  });

  it("only the stages down to the won stage: post-sale stages are no plan's", () => {
    const calls: PlanSyncRequest[] = [];
    const store = storeOver(new FakeWorkbook({ Notes: [] }), (sync) => calls.push(sync));
    store.createFunnel({ name: "Funnel", stages: inboundPreset("en").stages });
    const saved = store.saveFunnel(
      edited(store, (f) => {
        f.wonStageIndex = 3; // SQL is won; Customer becomes post-sale
        f.stages[3]!.conversionToNext = null;
        f.stages[3]!.daysInStage = null;
      }),
    );
    expect(saved.ok).toBe(true);
    expect(calls[0]!.after.map((s) => s.name)).toEqual(["Visit", "Lead", "MQL", "SQL"]);
  });

  it("a failure after the plans moved undoes the plans' writes as well", () => {
    const undone: string[] = [];
    const book = new FakeWorkbook({ Notes: [] });
    const store = storeOver(book, (sync) => sync.undo.push(() => undone.push("plans")));
    store.createFunnel({ name: "Funnel", stages: inboundPreset("en").stages });
    const before = book.snapshot();
    book.failures.failOn("values");
    const saved = store.saveFunnel(edited(store, (f) => (f.stages[0]!.name = "Visitor")));
    expect(saved).toMatchObject({ ok: false, reason: "failed" });
    expect(undone).toEqual(["plans"]);
    expect(book.snapshot()).toEqual(before);
  });

  it("a failure in the plans leaves the table as it was and says so in words", () => {
    const book = new FakeWorkbook({ Notes: [] });
    const store = storeOver(book, () => {
      throw new Error("Service Spreadsheets failed while accessing document with id x.");
    });
    store.createFunnel({ name: "Funnel", stages: inboundPreset("en").stages });
    const before = book.snapshot();
    const saved = store.saveFunnel(edited(store, (f) => (f.stages[0]!.name = "Visitor")));
    expect(saved).toEqual({
      ok: false,
      reason: "failed",
      message:
        "The stages could not be saved: Sheets stopped while moving the plans' inputs with their stages. Everything is as it was before; nothing was lost. Try again.",
    });
    expect(book.snapshot()).toEqual(before);
  });

  it("the plans may decline in the user's words: nothing is written and the reply says why", () => {
    const book = new FakeWorkbook({ Notes: [] });
    const why = "Tabellen med borttagna steg i planen är full.";
    const store = storeOver(book, (sync) => {
      sync.undo.push(() => undefined);
      throw new Refused(why);
    });
    store.createFunnel({ name: "Funnel", stages: inboundPreset("en").stages });
    const before = book.snapshot();
    const saved = store.saveFunnel(edited(store, (f) => f.stages.splice(1, 1)));
    expect(saved).toEqual({ ok: false, reason: "refused", message: why });
    expect(book.snapshot()).toEqual(before);
  });
});
