/**
 * Cells where a stage is named as an input follow the stage (SPEC §9): the SLA tracker's
 * committed stage, the Capacity plan's stage SDRs hand over and the stage of each deal in
 * Pipeline coverage hold a stage's name, typed (or written by the template as a typed value).
 * When the team renames that stage, the save rewrites every such cell that named it (matched as
 * the funnel matches names: case and surrounding white space aside), so the plan's figures stay
 * what they were — through the built bundle and the formula engine, and again after Refresh plan.
 * When the stage is deleted, the plan says so instead of picking another stage.
 */
import type { Funnel } from "../../src/core/funnel";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import type { Addon } from "../../fakes/addon";
import type { FakeSheet } from "../../fakes/spreadsheet";
import { SERVICE_ERROR } from "../../fakes/failures";
import { sheetMessages } from "../../src/i18n/sheet";
import { uiMessages } from "../../src/i18n/ui";
import {
  anchor,
  errorCells,
  freshAddon,
  newPlan,
  values,
  withInboundFunnel,
} from "./templateHarness";

const en = sheetMessages("en");

/** Saves an edit through the sidebar's server call (the store lets the plans follow it). */
function save(addon: Addon, change: (f: Funnel) => void): SaveResult {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  return addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
}

function renameStage(from: string, to: string): (f: Funnel) => void {
  return (f) => {
    const found = f.stages.find((s) => s.name === from);
    if (!found) throw new Error(`no stage ${from}`);
    found.name = to;
  };
}

const deleteStage = (name: string) => (f: Funnel) => {
  f.stages.splice(
    f.stages.findIndex((s) => s.name === name),
    1,
  );
};

/** Every number the sheet shows, by cell: the plan's figures. */
function figures(plan: FakeSheet): Map<string, number> {
  const out = new Map<string, number>();
  plan
    .getDataRange()
    .getValues()
    .forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "number") out.set(`R${r + 1}C${c + 1}`, v);
      }),
    );
  return out;
}

function refresh(addon: Addon, plan: FakeSheet): void {
  plan.activate();
  addon.run("refreshPlan");
}

interface NameInputCase {
  command: string;
  /** The stage-name cells (A1) and what they say once the plan is set up. */
  setUp(plan: FakeSheet): void;
  /** What the name cells say now. */
  names(plan: FakeSheet): unknown[];
  /** The names expected before and after "MQL" is renamed "Marketing qualified". */
  before: unknown[];
  after: unknown[];
  /** After MQL is deleted: the plan's own words that say the stage is not in the funnel. */
  saysMissing(plan: FakeSheet): boolean;
}

const slaStage = (plan: FakeSheet) => anchor(plan, "slaInputs").cell(0, 1);
const sdrStage = (plan: FakeSheet) => anchor(plan, "team").cell(5, 1);
const dealStages = (plan: FakeSheet) => anchor(plan, "deals").range(0, 1, 14, 1);

const CASES: NameInputCase[] = [
  {
    command: "newSlaTracker",
    setUp: () => undefined, // the template writes the committed stage, MQL, as a typed name
    names: (plan) => values(plan, slaStage(plan)).flat(),
    before: ["MQL"],
    after: ["Marketing qualified"],
    saysMissing: (plan) =>
      values(plan, anchor(plan, "commitment").range(1, 1, 1, 1)).flat()[0] === en.sla.stageMissing,
  },
  {
    command: "newCapacityPlan",
    // The team types the stage SDRs hand over (it is a formula until a name is typed).
    setUp: (plan) => plan.getRange(sdrStage(plan)).setValue("mql"),
    names: (plan) => values(plan, sdrStage(plan)).flat(),
    before: ["mql"],
    after: ["Marketing qualified"],
    saysMissing: (plan) =>
      values(plan, anchor(plan, "sdrWarning").cell(0, 0)).flat()[0] === en.capacity.unknownStage,
  },
  {
    command: "newPipelineCoverage",
    // The example deals name MQL (every third) and SQL; one pasted with a CRM's spacing and case.
    setUp: (plan) => plan.getRange(anchor(plan, "deals").cell(3, 1)).setValue(" mql "),
    names: (plan) => values(plan, dealStages(plan)).flat(),
    before: [
      "MQL",
      "SQL",
      "SQL",
      " mql ",
      "SQL",
      "SQL",
      "MQL",
      "SQL",
      "SQL",
      "MQL",
      "SQL",
      "SQL",
    ].concat(["", ""]),
    after: [
      "Marketing qualified",
      "SQL",
      "SQL",
      "Marketing qualified",
      "SQL",
      "SQL",
      "Marketing qualified",
      "SQL",
      "SQL",
      "Marketing qualified",
      "SQL",
      "SQL",
      "",
      "",
    ],
    saysMissing: (plan) =>
      String(values(plan, anchor(plan, "leftOut").cell(0, 0)).flat()[0]).startsWith(
        "4 deals are at a stage that is not an open stage",
      ),
  },
];

describe.each(CASES)("$command: a stage named as an input follows its rename", (c) => {
  it("renaming MQL rewrites the cells that named it; the figures stay as they were, saved and refreshed", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, c.command);
    c.setUp(plan);
    expect(c.names(plan)).toEqual(c.before);
    expect(errorCells(plan)).toEqual([]);
    const shown = figures(plan);
    expect(shown.size).toBeGreaterThan(10);

    expect(save(addon, renameStage("MQL", "Marketing qualified"))).toMatchObject({ ok: true });
    expect(figures(plan)).toEqual(shown);
    expect(c.names(plan)).toEqual(c.after);
    expect(errorCells(plan)).toEqual([]);
    expect(c.saysMissing(plan)).toBe(false);

    refresh(addon, plan);
    expect(c.names(plan)).toEqual(c.after);
    expect(figures(plan)).toEqual(shown);
    expect(c.saysMissing(plan)).toBe(false);
  });

  it("deleting MQL leaves the typed name as it was and the plan says the stage is not in the funnel", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, c.command);
    c.setUp(plan);
    expect(c.saysMissing(plan)).toBe(false);
    expect(save(addon, deleteStage("MQL"))).toMatchObject({ ok: true });
    expect(c.names(plan)).toEqual(c.before);
    expect(c.saysMissing(plan)).toBe(true);
  });
});

describe("Pipeline coverage: two stages' names swapped in one save", () => {
  it("each deal stays at its stage: MQL's deals name the stage now called SQL, and SQL's MQL", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newPipelineCoverage");
    const shown = figures(plan);
    const before = values(plan, dealStages(plan)).flat();
    const saved = save(addon, (f) => {
      const mql = f.stages.find((s) => s.name === "MQL")!;
      const sql = f.stages.find((s) => s.name === "SQL")!;
      [mql.name, sql.name] = ["SQL", "MQL"];
    });
    expect(saved).toMatchObject({ ok: true });
    const swap: Record<string, string> = { MQL: "SQL", SQL: "MQL", "": "" };
    expect(values(plan, dealStages(plan)).flat()).toEqual(before.map((v) => swap[String(v)]));
    expect(figures(plan)).toEqual(shown);
  });
});

describe("A rename that plans follow is all-or-nothing", () => {
  const store = uiMessages("en").store;
  /** The three plans on the funnel, the Capacity plan's stage typed; no formula engine needed. */
  function livedIn(): Addon {
    const addon = withInboundFunnel(undefined, freshAddon({ evaluate: false }));
    for (const command of ["newSlaTracker", "newCapacityPlan", "newPipelineCoverage"]) {
      const plan = newPlan(addon, command);
      if (command === "newCapacityPlan") plan.getRange(sdrStage(plan)).setValue("MQL");
    }
    return addon;
  }
  const rename = renameStage("MQL", "Marketing qualified");

  it("fails at each mutating call of the save in turn, leaving the workbook as it was", () => {
    const probe = livedIn();
    const start = probe.book.failures.count;
    expect(save(probe, rename)).toMatchObject({ ok: true });
    const steps = probe.book.failures.count - start;
    // The table's write, and each plan's values and backgrounds.
    expect(steps).toBeGreaterThanOrEqual(7);
    for (let step = 1; step <= steps; step++) {
      const addon = livedIn();
      const before = addon.book.snapshot();
      addon.book.failures.failOn("any", step);
      const result = save(addon, rename);
      expect({ step, ok: result.ok }).toEqual({ step, ok: false });
      const message = result.ok ? "" : result.message;
      expect(message).toContain(store.restored);
      expect(message).not.toContain(SERVICE_ERROR);
      expect({ step, after: addon.book.snapshot() }).toEqual({ step, after: before });
      expect(addon.lock.held).toBe(false);
    }
  });
});

describe("Capacity plan: the SDR stage as the template writes it is a formula", () => {
  it("stays a formula through a rename of the stage it names, and names the renamed stage", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newCapacityPlan");
    const formula = plan.getRange(sdrStage(plan)).getFormula();
    expect(formula).toMatch(/^=INDEX\(/);
    expect(values(plan, sdrStage(plan)).flat()).toEqual(["SQL"]);
    const shown = figures(plan);
    expect(save(addon, renameStage("SQL", "Sales qualified"))).toMatchObject({ ok: true });
    expect(plan.getRange(sdrStage(plan)).getFormula()).toBe(formula);
    expect(values(plan, sdrStage(plan)).flat()).toEqual(["Sales qualified"]);
    expect(figures(plan)).toEqual(shown);
  });
});
