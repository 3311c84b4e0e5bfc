/**
 * Nothing the team typed is lost or handed to another stage (SPEC §9), over random edit sequences:
 * a workbook with every plan that keeps typed per-stage inputs (found through the template
 * catalogue: each template with `stageInputs`), distinct numbers typed beside every stage, and the
 * user's own cells beside and below the blocks. Random saves — stages inserted at the top, middle
 * or bottom, deleted, swapped, moved and renamed (to new names, or to names stages have had), one
 * to three edits per save — go through the
 * built bundle's `saveFunnel` (the store syncs the plans inside its save); some are followed by
 * Refresh plan on every plan. After each save and each Refresh, in every plan:
 * - every live stage's input holds exactly what was typed for that stage (by its id, not its row
 *   or name); a stage new to the funnel has an empty, tinted input;
 * - every deleted stage's input is in the plan's "Removed stages" table under the name it had;
 * - each typed number is in the workbook exactly once (never copied to a neighbour, never gone);
 * - the user's own cells outside the blocks, and an unrelated sheet, are as they were;
 * - in plans whose inputs name a stage (the catalogue's `stageNames`: the SLA's committed stage,
 *   the Capacity plan's SDR stage, the deals' stages of Pipeline coverage), each typed name that
 *   named a stage before a save names the same stage (by id) after it, under its name now; one
 *   that named a deleted stage, or none, is as it was typed.
 * Formula cells are left unevaluated: the invariant is about typed cells and their rows, which the
 * stage table orders (the formula-evaluated cases are in test/templates/stageInputs.test.ts).
 */
import "./seed";
import fc from "fast-check";
import type { Funnel, Stage } from "../../src/core/funnel";
import { MAX_STAGES } from "../../src/core/funnel";
import { normaliseStageName } from "../../src/core/stageName";
import type { LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import type { Addon } from "../../fakes/addon";
import type { FakeSheet } from "../../fakes/spreadsheet";
import { TEMPLATES } from "../../src/addon/templates/catalog";
import type { StageInputs } from "../../src/addon/templates/sheetPlan";
import { MISSING_INPUT } from "../../src/addon/templates/slotCells";
import { freshAddon, layoutOf, newPlan, withInboundFunnel } from "../templates/templateHarness";
import { at } from "../harness/at";

/** The templates whose plans keep typed inputs per stage, as the catalogue declares them. */
const STAGE_INPUT_TEMPLATES = TEMPLATES.filter((t) => t.stageInputs !== undefined);
/** Those keeping a row per stage: cheap to build, so they get the most runs. */
const ROW_TEMPLATES = STAGE_INPUT_TEMPLATES.filter(
  (t) => t.stageInputs?.(t.layout()).axis === "rows",
).map((t) => t.command);
/** The templates whose plans hold inputs that name a stage, as the catalogue declares them. */
const STAGE_NAME_TEMPLATES = TEMPLATES.filter((t) => t.stageNames !== undefined).map(
  (t) => t.command,
);
/** Typed rows per stage in a column-per-stage plan (the cohorts' pasted export). */
const TYPED_DEPTH = 3;
const MIN_STAGES = 2;

type Index = number; // any natural number, taken modulo the stage count when the edit is applied
type Edit =
  | { kind: "insert"; where: "top" | "middle" | "bottom"; at: Index; name: string }
  | { kind: "delete"; at: Index }
  | { kind: "swap"; a: Index; b: Index }
  | { kind: "move"; from: Index; to: Index }
  | { kind: "rename"; at: Index; name: string };

interface Step {
  edits: Edit[];
  /** Whether the team types into the inputs of the stages the save added. */
  typeNew: boolean;
  refresh: boolean;
}

/** Names in the scripts our users type (SPEC §4); a counter keeps each one new. */
const stageName = fc.oneof(
  fc.constantFrom("Demo", "Trial", "Встреча", "商机", "Łódź", "Försök", "Ευκαιρία"),
  // A name a stage has or had ("=" marks it as taken as it is; case and spaces differ).
  fc.constantFrom("=MQL", "=Lead", "= sql ", "=visit"),
);
const index = fc.nat({ max: 999 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    where: fc.constantFrom("top" as const, "middle" as const, "bottom" as const),
    at: index,
    name: stageName,
  }),
  fc.record({ kind: fc.constant("delete" as const), at: index }),
  fc.record({ kind: fc.constant("swap" as const), a: index, b: index }),
  fc.record({ kind: fc.constant("move" as const), from: index, to: index }),
  fc.record({ kind: fc.constant("rename" as const), at: index, name: stageName }),
);
const step: fc.Arbitrary<Step> = fc.record({
  edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
  typeNew: fc.boolean(),
  refresh: fc.boolean(),
});

/** What the team expects to find in one plan: inputs per stage id, and the removed table. */
interface PlanModel {
  sheet: FakeSheet;
  typed: Map<string, unknown[]>;
  removed: { name: string; cells: unknown[] }[];
  /** The user's own cells outside the blocks, as typed: A1 → value, formula, note. */
  own: Map<string, [unknown, string, string]>;
}

/** A plan whose inputs name stages: each name cell (A1) → the text the team expects there. */
interface NamePlanModel {
  sheet: FakeSheet;
  names: Map<string, string>;
}

interface World {
  addon: Addon;
  plans: PlanModel[];
  namePlans: NamePlanModel[];
  /** The stages as last saved: id and name, top first. */
  stages: { id: string; name: string }[];
  /** Every id a stage of this funnel ever had. */
  everId: Set<string>;
  nextNumber: number;
  nextName: number;
}

function readCells(sheet: FakeSheet): { values: unknown[][]; formulas: string[][] } {
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas() };
}

/** One read of a plan sheet: its values and formulas, and where its per-stage inputs are. */
interface Read {
  values: unknown[][];
  formulas: string[][];
  inputs: StageInputs;
}

function read(sheet: FakeSheet, cells = readCells(sheet)): Read {
  const { template, layout } = layoutOf(sheet, cells);
  const inputs = template.stageInputs?.(layout);
  if (!inputs) throw new Error(`${sheet.getName()} keeps no per-stage inputs`);
  return { ...cells, inputs };
}

/** Cells per stage: a row's width, or a column's depth. */
function widthOf(inputs: StageInputs): number {
  return inputs.axis === "rows" ? inputs.input.cols : inputs.input.rows;
}

/** The cells of the rectangle (1-based sheet row, column), as read ("" past the data range). */
function cellsIn(r: Read, row: number, col: number, rows: number, cols: number): unknown[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => r.values[row - 1 + i]?.[col - 1 + j] ?? ""),
  );
}

function slotRange(inputs: StageInputs, i: number): [number, number, number, number] {
  const a = inputs.input;
  return inputs.axis === "rows" ? [a.row + i, a.col, 1, a.cols] : [a.row, a.col + i, a.rows, 1];
}

/** The input cells of slot `i` (a row, or a column top down). */
function slotCells(r: Read, i: number): unknown[] {
  return cellsIn(r, ...slotRange(r.inputs, i)).flat();
}

/** The "Removed stages" table's filled entries: the name it keeps, then the cells. */
function removedEntries(r: Read): { name: string; cells: unknown[] }[] {
  const { inputs } = r;
  const t = inputs.removed;
  const body = cellsIn(r, t.row, t.col, t.rows, t.cols);
  if (inputs.axis === "rows")
    return body
      .filter((row) => row.some((v) => v !== ""))
      .map((row) => ({ name: String(row[0]), cells: row.slice(1) }));
  const names = at(cellsIn(r, inputs.removedNames.row, t.col, 1, t.cols), 0);
  return names
    .map((name, j) => ({ name: String(name), cells: body.map((row) => row[j]) }))
    .filter((e) => e.name !== "" || e.cells.some((v) => v !== ""));
}

/**
 * Distinct values no template writes, one per typed cell: numbers with a fraction no example has;
 * in a column of dates (the cohorts' export), dates a century out. What the team typed is what the
 * sheet shows right after typing (a date cell reads back as a Date).
 */
function typeSlot(world: World, plan: PlanModel, inputs: StageInputs, i: number, id: string) {
  const width = widthOf(inputs);
  const depth = inputs.axis === "rows" ? width : TYPED_DEPTH;
  const value = (k: number) =>
    inputs.axis === "rows" ? TYPED_FROM + k + 0.25 : new Date(DATES_FROM, 0, 1 + k, 12);
  const cells = Array.from({ length: width }, (_, j) =>
    j < depth ? value(world.nextNumber++) : "",
  );
  const [row, col, rows, cols] = slotRange(inputs, i);
  plan.sheet
    .getRange(row, col, rows, cols)
    .setValues(inputs.axis === "rows" ? [cells] : cells.map((v) => [v]));
  plan.typed.set(id, plan.sheet.getRange(row, col, rows, cols).getValues().flat());
}

const TYPED_FROM = 7_000_000;
const DATES_FROM = 2100;

/** A typed value's identity, for counting where it is; undefined for anything else. */
function typedKey(v: unknown): string | undefined {
  if (typeof v === "number" && v >= TYPED_FROM) return `number ${v}`;
  if (v instanceof Date && v.getFullYear() >= DATES_FROM) return `date ${v.toISOString()}`;
  return undefined;
}

/** The cells of a plan that name a stage, as its template declares them (A1 each). */
function nameCells(sheet: FakeSheet): string[] {
  const { template, layout } = layoutOf(sheet);
  return (template.stageNames?.(layout) ?? []).flatMap((rect) =>
    Array.from({ length: rect.rows * rect.cols }, (_, k) =>
      sheet
        .getRange(rect.row + Math.floor(k / rect.cols), rect.col + (k % rect.cols))
        .getA1Notation(),
    ),
  );
}

/** Stage names as a team types or pastes them: another case, spaces around. */
const TYPED_NAMES = ["MQL", " lead", "SQL ", "visit", "CUSTOMER", "Not a stage"];

function setUpNamePlan(world: World, command: string): void {
  const sheet = newPlan(world.addon, command);
  const cells = nameCells(sheet);
  // Each name cell typed over (the Capacity plan's is a formula until then), the deals' first
  // ones with every way of writing a name.
  cells.slice(0, TYPED_NAMES.length).forEach((a1, k) => {
    sheet.getRange(a1).setValue(TYPED_NAMES[(k + world.namePlans.length) % TYPED_NAMES.length]);
  });
  const names = new Map(cells.map((a1) => [a1, String(sheet.getRange(a1).getValue())] as const));
  world.namePlans.push({ sheet, names });
}

/**
 * After a save from `before` to `after` (id and name, top first): a name that matched a stage's
 * name before (as the funnel matches names) now reads that stage's name, if the stage is still in
 * the funnel; any other is as it was.
 */
function followRenames(
  world: World,
  before: readonly { id: string; name: string }[],
  after: readonly { id: string; name: string }[],
): void {
  const now = new Map(after.map((s) => [s.id, s.name] as const));
  for (const plan of world.namePlans)
    for (const [a1, text] of plan.names) {
      const named = before.find((s) => normaliseStageName(s.name) === normaliseStageName(text));
      const name = named && now.get(named.id);
      if (name !== undefined && name !== named?.name) plan.names.set(a1, name);
    }
}

function setUp(commands: readonly string[], nameCommands: readonly string[] = []): World {
  const addon = withInboundFunnel(undefined, freshAddon({ evaluate: false }));
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel").funnel;
  const world: World = {
    addon,
    plans: [],
    namePlans: [],
    stages: loaded.stages.map((s) => ({ id: s.id ?? "", name: s.name })),
    everId: new Set(loaded.stages.map((s) => s.id ?? "")),
    nextNumber: 1,
    nextName: 1,
  };
  for (const command of commands) {
    const sheet = newPlan(addon, command);
    const plan: PlanModel = { sheet, typed: new Map(), removed: [], own: new Map() };
    const { inputs } = read(sheet);
    if (inputs.axis === "columns") {
      // The example export is replaced by the team's own: only what it types is in the room.
      const a = inputs.input;
      sheet.getRange(a.row, a.col, a.rows, a.cols).setValue("");
    }
    world.stages.forEach((s, i) => typeSlot(world, plan, inputs, i, s.id));
    // The user's own cells: a small table with a formula and a note below the blocks, a remark
    // right of them.
    const range = sheet.getDataRange();
    const below = range.getLastRow() + 3;
    const right = range.getLastColumn() + 2;
    if (right > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), right - sheet.getMaxColumns());
    sheet.getRange(below, 1, 2, 2).setValues([
      ["Q1 campaign", 1200],
      ["Q2 campaign", 800],
    ]);
    sheet.getRange(below, 3).setFormula(`=B${below}+B${below + 1}`);
    sheet.getRange(below, 1).setNote("our own budget");
    sheet.getRange(2, right).setValue("Reviewed with finance");
    for (const [row, col] of [
      [below, 1],
      [below, 2],
      [below + 1, 1],
      [below + 1, 2],
      [below, 3],
      [2, right],
    ] as const) {
      const cell = sheet.getRange(row, col);
      plan.own.set(cell.getA1Notation(), [cell.getValue(), cell.getFormula(), cell.getNote()]);
    }
    world.plans.push(plan);
  }
  for (const command of nameCommands) setUpNamePlan(world, command);
  return world;
}

const blankStage = (name: string): Stage => ({
  name,
  owner: "Marketing",
  conversionToNext: 0.5,
  daysInStage: 10,
  entryCriteria: "",
  exitCriteria: "",
});

/** Applies an edit as the sidebar would; false when the editor would not allow it. */
function apply(world: World, funnel: Funnel, e: Edit): boolean {
  const n = funnel.stages.length;
  // A name no stage has now: a new one, or one a stage had (the editor refuses two of a name).
  const nameFor = (name: string): string | undefined => {
    if (!name.startsWith("=")) return `${name} ${world.nextName++}`;
    const taken = funnel.stages.some(
      (s) => normaliseStageName(s.name) === normaliseStageName(name.slice(1)),
    );
    return taken ? undefined : name.slice(1);
  };
  switch (e.kind) {
    case "insert": {
      const name = nameFor(e.name);
      if (n >= MAX_STAGES || name === undefined) return false;
      const i = e.where === "top" ? 0 : e.where === "bottom" ? n : 1 + (e.at % (n - 1));
      funnel.stages.splice(i, 0, blankStage(name));
      return true;
    }
    case "delete":
      if (n <= MIN_STAGES) return false;
      funnel.stages.splice(e.at % n, 1);
      return true;
    case "swap": {
      const a = e.a % n;
      const b = e.b % n;
      [funnel.stages[a], funnel.stages[b]] = [at(funnel.stages, b), at(funnel.stages, a)];
      return true;
    }
    case "move": {
      const [moved] = funnel.stages.splice(e.from % n, 1);
      funnel.stages.splice(e.to % n, 0, moved!);
      return true;
    }
    case "rename": {
      const name = nameFor(e.name);
      if (name === undefined) return false;
      at(funnel.stages, e.at % n).name = name;
      return true;
    }
  }
}

/** Every stage but the last converts to the next and has days; the last (won) stage neither. */
function keepValid(funnel: Funnel): void {
  funnel.stages.forEach((s, i) => {
    const last = i === funnel.stages.length - 1;
    s.conversionToNext = last ? null : (s.conversionToNext ?? 0.5);
    s.daysInStage = last ? null : (s.daysInStage ?? 10);
  });
  delete funnel.wonStageIndex;
}

function save(world: World, edits: readonly Edit[]): string {
  const loaded = world.addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  const applied = edits.filter((e) => apply(world, funnel, e));
  keepValid(funnel);
  const saved = world.addon.run<SaveResult>("saveFunnel", {
    funnel,
    fingerprint: loaded.fingerprint,
  });
  if (!saved.ok) throw new Error(`save refused: ${JSON.stringify(saved)}`);
  const now = saved.loaded.funnel.stages;
  // The store keeps each sent stage's id and gives a new stage a new one (SPEC §9).
  expect(now.map((s) => s.name)).toEqual(funnel.stages.map((s) => s.name));
  // A stage sent without an id takes the id of the table's stage of its name that the save
  // leaves out (deleted and added again in one save: the same stage); else a new one.
  const sent = new Set(funnel.stages.flatMap((s) => (s.id ? [s.id] : [])));
  const given = new Set<string>();
  funnel.stages.forEach((s, i) => {
    const id = now[i]?.id ?? "";
    if (s.id) {
      expect(id).toBe(s.id);
      return;
    }
    const same = world.stages.find(
      (b) =>
        !sent.has(b.id) &&
        !given.has(b.id) &&
        normaliseStageName(b.name) === normaliseStageName(s.name),
    );
    if (same) {
      given.add(same.id);
      expect({ name: s.name, id }).toEqual({ name: s.name, id: same.id });
    } else {
      // A new stage's id is one no stage ever had: a plan holding a removed stage's id (one the
      // save could not reach) must never hand its inputs to a newcomer.
      expect({ name: s.name, reused: world.everId.has(id) }).toEqual({
        name: s.name,
        reused: false,
      });
    }
  });
  const live = new Set(now.map((s) => s.id));
  for (const gone of world.stages.filter((s) => !live.has(s.id)))
    for (const plan of world.plans) {
      const cells = plan.typed.get(gone.id);
      plan.typed.delete(gone.id);
      if (cells?.some((v) => v !== "")) plan.removed.push({ name: gone.name, cells });
    }
  const after = now.map((s) => ({ id: s.id ?? "", name: s.name }));
  followRenames(world, world.stages, after);
  world.stages = after;
  for (const s of world.stages) world.everId.add(s.id);
  return applied.map((e) => e.kind).join("+");
}

function refresh(world: World): void {
  for (const plan of [...world.plans, ...world.namePlans]) {
    plan.sheet.activate();
    world.addon.run("refreshPlan");
  }
  expect(world.addon.book.ui.alerts).toEqual([]);
}

/** Every typed value in typed (non-formula) cells of `reads`, with how often it is there. */
function typedValuesIn(
  reads: readonly { values: unknown[][]; formulas: string[][] }[],
): Map<string, number> {
  const seen = new Map<string, number>();
  for (const { values, formulas } of reads)
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const key = typedKey(v);
        if (key !== undefined && formulas[r]?.[c] === "") seen.set(key, (seen.get(key) ?? 0) + 1);
      }),
    );
  return seen;
}

const sortedEntries = (entries: { name: string; cells: unknown[] }[]) =>
  entries.map((e) => JSON.stringify(e)).sort();

function expectEverythingInPlace(world: World, when: string): void {
  const reads = world.addon.book.getSheets().map((sheet) => ({ sheet, ...readCells(sheet) }));
  for (const plan of world.plans) {
    const where = `${plan.sheet.getName()} after ${when}`;
    const sheetRead = reads.find((r) => r.sheet === plan.sheet);
    if (!sheetRead) throw new Error(`${where}: the plan sheet is gone`);
    const r = read(plan.sheet, sheetRead);
    const width = widthOf(r.inputs);
    const room = r.inputs.axis === "rows" ? r.inputs.input.rows : r.inputs.input.cols;
    for (let i = 0; i < room; i++) {
      const stage = world.stages[i];
      const name = stage?.name ?? `(slot ${i}, past the stages)`;
      const blank = Array<unknown>(width).fill("");
      const expected = stage ? (plan.typed.get(stage.id) ?? blank) : blank;
      expect({ where, stage: name, cells: slotCells(r, i) }).toEqual({
        where,
        stage: name,
        cells: expected,
      });
      if (stage && !plan.typed.has(stage.id)) {
        const [row, col] = slotRange(r.inputs, i);
        const tint = plan.sheet.getRange(row, col).getBackgrounds()[0]?.[0];
        expect({ where, stage: name, tint }).toEqual({ where, stage: name, tint: MISSING_INPUT });
      }
    }
    expect({ where, removed: sortedEntries(removedEntries(r)) }).toEqual({
      where,
      removed: sortedEntries(plan.removed),
    });
    for (const [a1, kept] of plan.own) {
      const cell = plan.sheet.getRange(a1);
      expect({ where, a1, now: [cell.getValue(), cell.getFormula(), cell.getNote()] }).toEqual({
        where,
        a1,
        now: kept,
      });
    }
  }
  const typed = world.plans.flatMap((p) => [
    ...[...p.typed.values()].flat(),
    ...p.removed.flatMap((e) => e.cells),
  ]);
  const expectedCounts = new Map(
    typed.map(typedKey).flatMap((key) => (key === undefined ? [] : [[key, 1] as const])),
  );
  expect(expectedCounts.size).toBeGreaterThan(0);
  expect({ when, counts: typedValuesIn(reads) }).toEqual({ when, counts: expectedCounts });
  for (const plan of world.namePlans) {
    const where = `${plan.sheet.getName()} after ${when}`;
    for (const [a1, name] of plan.names)
      expect({ where, a1, name: plan.sheet.getRange(a1).getValue() }).toEqual({ where, a1, name });
  }
  const notes = reads.find((r) => r.sheet.getName() === "Notes");
  expect(notes?.values).toEqual([["keep me", 42]]);
}

/** Runs random edit sequences on a workbook with a plan of each of `commands`. */
function editSequences(
  commands: readonly string[],
  numRuns: number,
  maxSteps: number,
  nameCommands: readonly string[] = [],
): void {
  fc.assert(
    fc.property(fc.array(step, { minLength: 1, maxLength: maxSteps }), (steps) => {
      const world = setUp(commands, nameCommands);
      expectEverythingInPlace(world, "typing");
      steps.forEach((s, n) => {
        const did = save(world, s.edits);
        expectEverythingInPlace(world, `save ${n + 1} (${did})`);
        if (s.typeNew)
          for (const plan of world.plans) {
            const { inputs } = read(plan.sheet);
            world.stages.forEach((stage, i) => {
              if (!plan.typed.has(stage.id)) typeSlot(world, plan, inputs, i, stage.id);
            });
          }
        if (s.refresh) {
          refresh(world);
          expectEverythingInPlace(world, `Refresh after save ${n + 1} (${did})`);
        }
      });
    }),
    { numRuns },
  );
}

describe("typed per-stage inputs follow their stage through random edit sequences (SPEC §9)", () => {
  it("finds the templates that keep per-stage inputs in the catalogue", () => {
    expect(STAGE_INPUT_TEMPLATES.map((t) => t.command)).toEqual(
      expect.arrayContaining(["newAnnualPlan", "newFunnelHealth", "newPlanVsActual", "newCohorts"]),
    );
    expect(ROW_TEMPLATES).toEqual(
      expect.arrayContaining(["newAnnualPlan", "newFunnelHealth", "newPlanVsActual"]),
    );
  });

  it("with a plan of each row-per-stage template: every typed number beside its stage or in Removed stages, once", () => {
    editSequences(ROW_TEMPLATES, 25, 5);
  });

  it("with plans whose inputs name a stage: each typed name names the same stage after every save and Refresh", () => {
    expect(STAGE_NAME_TEMPLATES).toEqual(
      expect.arrayContaining(["newSlaTracker", "newCapacityPlan", "newPipelineCoverage"]),
    );
    editSequences(["newAnnualPlan"], 12, 5, STAGE_NAME_TEMPLATES);
  });

  it("with a plan of every template that keeps per-stage inputs, the cohorts' export among them", () => {
    // A cohorts plan holds a 500-row export that every save and Refresh rewrites in the fakes
    // cell by cell: a few short runs here, the many runs above.
    editSequences(
      STAGE_INPUT_TEMPLATES.map((t) => t.command),
      4,
      3,
    );
  });
});
