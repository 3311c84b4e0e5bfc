/**
 * Stage IDs (SPEC §9: what a team types in a plan belongs to a stage, not a row). Every saved stage
 * has an ID kept in the note of the table's "Stage" header cell; it survives edits in the stage
 * editor (rename, reorder, insert, delete) and by hand in the sheet (rows inserted, sorted, a
 * stage renamed in its cell), and a row typed in by hand gets one on the next save.
 */
import { openAddon, type Addon } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { Funnel } from "../../src/core/funnel";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import type { CreateResult, LoadedFunnel, SaveResult } from "../../src/wire/stageApi";

function withFunnel(): Addon {
  const addon = openAddon(new FakeWorkbook({ Notes: [] }));
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Funnel",
    stages: inboundPreset("en").stages,
  });
  if (!created.ok) throw new Error(created.message);
  return addon;
}

const load = (addon: Addon) => addon.run<LoadedFunnel>("loadFunnel", "Funnel");

/** Stage name → ID. */
function idsByName(loaded: LoadedFunnel): Record<string, string | undefined> {
  return Object.fromEntries(loaded.funnel.stages.map((s) => [s.name, s.id]));
}

function save(addon: Addon, change: (f: Funnel) => void): SaveResult {
  const loaded = load(addon);
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  return addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
}

function note(addon: Addon): string {
  return addon.book.getSheetByName("Funnel")!.getRange("A1").getNote();
}

describe("stage IDs", () => {
  it("every stage has one from creation on, distinct, kept in the header's note", () => {
    const addon = withFunnel();
    const ids = Object.values(idsByName(load(addon)));
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^s[0-9a-z]{8}$/);
    for (const id of ids) expect(note(addon)).toContain(`${id}: `);
    // The same on every load.
    expect(idsByName(load(addon))).toEqual(idsByName(load(addon)));
  });

  it("follow their stages through a rename, a reorder, an insert and a delete in the editor", () => {
    const addon = withFunnel();
    const before = idsByName(load(addon));
    const saved = save(addon, (f) => {
      const [visit, lead, mql, sql, customer] = f.stages;
      mql!.name = "Marketing qualified";
      f.stages = [lead!, visit!, mql!, { ...sql!, id: undefined, name: "SAL" }, sql!, customer!];
      f.stages.splice(1, 1); // Visit goes
      f.stages[0]!.conversionToNext = 0.2;
    });
    expect(saved).toMatchObject({ ok: true });
    const after = idsByName(load(addon));
    expect(after.Lead).toBe(before.Lead);
    expect(after["Marketing qualified"]).toBe(before.MQL);
    expect(after.SQL).toBe(before.SQL);
    expect(after.Customer).toBe(before.Customer);
    expect(after.SAL).toMatch(/^s/);
    expect(Object.values(before)).not.toContain(after.SAL);
    expect(after).not.toHaveProperty("Visit");
    // The reply's loaded funnel is what a load reads.
    if (saved.ok) expect(saved.loaded.funnel).toEqual(load(addon).funnel);
  });

  it("are never given again: a stage added where a deleted one was gets an ID of its own", () => {
    // The table after the delete is the table before the first insert, cell for cell: a new ID
    // derived from the table alone would be the deleted stage's again, and a plan that still
    // keys a row to it (one the save could not reach) would hand that row to the newcomer.
    const addon = withFunnel();
    const newcomer = () => ({
      name: "",
      owner: "Marketing",
      conversionToNext: 0.5,
      daysInStage: 3,
      entryCriteria: "",
      exitCriteria: "",
    });
    const ever = new Set(Object.values(idsByName(load(addon))));
    for (const name of ["Event", "Webinar", "Trial"]) {
      expect(save(addon, (f) => f.stages.unshift({ ...newcomer(), name }))).toMatchObject({
        ok: true,
      });
      const id = idsByName(load(addon))[name];
      expect({ name, reused: ever.has(id) }).toEqual({ name, reused: false });
      ever.add(id);
      expect(save(addon, (f) => f.stages.shift())).toMatchObject({ ok: true });
    }
  });

  it("an ID the editor sends twice, or one the table never had, is not trusted", () => {
    const addon = withFunnel();
    const before = idsByName(load(addon));
    expect(
      save(addon, (f) => {
        f.stages[1]!.id = f.stages[0]!.id; // a stage copied with its ID
        f.stages[2]!.id = "sforged00";
      }),
    ).toMatchObject({ ok: true });
    const after = idsByName(load(addon));
    expect(after.Visit).toBe(before.Visit);
    expect(new Set(Object.values(after)).size).toBe(5);
    expect(Object.values(after)).not.toContain("sforged00");
  });

  it("an editor that sends no IDs at all keeps them by stage name", () => {
    const addon = withFunnel();
    const before = idsByName(load(addon));
    const saved = save(addon, (f) => {
      for (const s of f.stages) delete s.id;
      f.stages.reverse();
      f.stages.reverse();
      f.stages.splice(2, 0, { ...f.stages[2]!, name: "Webinar" });
    });
    expect(saved).toMatchObject({ ok: true });
    const after = idsByName(load(addon));
    for (const name of Object.keys(before)) expect(after[name]).toBe(before[name]);
    expect(Object.values(before)).not.toContain(after.Webinar);
  });

  it("follow their stages through hand edits: rows sorted, a stage renamed in its cell", () => {
    const addon = withFunnel();
    const before = idsByName(load(addon));
    const sheet = addon.book.getSheetByName("Funnel")!;
    // Sorted by hand: the data rows in reverse order.
    const rows = sheet.getRange("A2:F6").getValues();
    sheet.getRange("A2:F6").setValues(rows.reverse().map((r) => r.map((v) => v)));
    sheet.getRange("A4").setValue("Marketing qualified"); // MQL stays in the middle row
    const after = idsByName(load(addon));
    expect(after.Visit).toBe(before.Visit);
    expect(after.Customer).toBe(before.Customer);
    expect(after["Marketing qualified"]).toBe(before.MQL);
  });

  it("a row typed in by hand has a provisional ID until the next save keeps it", () => {
    const addon = withFunnel();
    const before = idsByName(load(addon));
    const sheet = addon.book.getSheetByName("Funnel")!;
    sheet.insertRowsAfter(3, 1);
    sheet.getRange("A4:D4").setValues([["Webinar", "Marketing", 0.5, 3]]);
    const first = load(addon);
    const provisional = idsByName(first).Webinar;
    expect(provisional).toMatch(/^s/);
    expect(note(addon)).not.toContain(provisional);
    expect(idsByName(load(addon)).Webinar).toBe(provisional); // the same table, the same ID
    const others = idsByName(first);
    delete others.Webinar;
    expect(others).toEqual(before);
    expect(save(addon, () => undefined)).toMatchObject({ ok: true });
    expect(note(addon)).toContain(`${provisional}: Webinar`);
    expect(idsByName(load(addon)).Webinar).toBe(provisional);
  });

  it("a note the user wrote on the header cell is kept above the IDs", () => {
    const addon = withFunnel();
    const sheet = addon.book.getSheetByName("Funnel")!;
    sheet.getRange("A1").setNote(`Reviewed by Ann, March\n\n${note(addon)}`);
    const ids = idsByName(load(addon));
    expect(save(addon, (f) => (f.stages[0]!.name = "Visitor"))).toMatchObject({ ok: true });
    expect(note(addon).startsWith("Reviewed by Ann, March\n\n")).toBe(true);
    expect(idsByName(load(addon)).Visitor).toBe(ids.Visit);
  });
});
