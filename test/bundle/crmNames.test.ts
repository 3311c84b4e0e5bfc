/**
 * CRM names in the stage table (SPEC §4): an optional "CRM names" column (several names per stage,
 * separated by ";"), a row of names that end a record without reaching a further stage (lost,
 * disqualified), and the named range `<key>_Map` beside the table in exactly the two-column layout
 * the functions read (docs/crm-data.md) — so STAGE_CONVERSION over a CRM export with its own names
 * gives what it gives over the funnel's names.
 */
import { openAddon, type Addon } from "../../fakes/addon";
import { loadCustomFunctions } from "../../fakes/bundle";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { Funnel } from "../../src/core/funnel";
import { presets } from "../../src/i18n/presets";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import { uiMessages } from "../../src/i18n/ui";
import type { CreateResult, LoadedFunnel, SaveResult } from "../../src/wire/stageApi";

function withFunnel(stages = inboundPreset("en").stages, wonStageIndex?: number): Addon {
  const addon = openAddon(new FakeWorkbook({ Notes: [] }));
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Funnel",
    stages,
    wonStageIndex,
  });
  if (!created.ok) throw new Error(created.message);
  return addon;
}

function save(addon: Addon, change: (f: Funnel) => void): SaveResult {
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  const funnel = structuredClone(loaded.funnel);
  change(funnel);
  return addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
}

function withCrmNames(f: Funnel): void {
  f.stages[3]!.crmNames = ["Appointment scheduled", "Qualified to buy"];
  f.stages[4]!.crmNames = ["Closed won"];
  f.endNames = ["Closed lost", "Disqualified"];
}

describe("CRM names in the stage table", () => {
  it("are a column of the table, a row of names that end a record, and a map beside it", () => {
    const addon = withFunnel();
    expect(save(addon, withCrmNames)).toMatchObject({ ok: true });
    const sheet = addon.book.getSheetByName("Funnel")!;
    expect(sheet.getRange("G1:G7").getValues().flat()).toEqual([
      "CRM names",
      "",
      "",
      "",
      "Appointment scheduled; Qualified to buy",
      "Closed won",
      "Closed lost; Disqualified",
    ]);
    expect(sheet.getRange("A7:F7").getValues()).toEqual([["", "", "", "", "", ""]]);
    // The map: for each stage its own name, then its CRM names; then the names that end a record.
    expect(sheet.getRange("J1:K11").getValues()).toEqual([
      ["CRM name", "Funnel stage"],
      ["Visit", "Visit"],
      ["Lead", "Lead"],
      ["MQL", "MQL"],
      ["SQL", "SQL"],
      ["Appointment scheduled", "SQL"],
      ["Qualified to buy", "SQL"],
      ["Customer", "Customer"],
      ["Closed won", "Customer"],
      ["Closed lost", ""],
      ["Disqualified", ""],
    ]);
    expect(addon.book.getRangeByName("Funnel_Map")?.getA1Notation()).toBe("J2:K11");
    // The stages' named ranges still cover the stages only.
    expect(addon.book.getRangeByName("Funnel_Stages")?.getA1Notation()).toBe("A2:A6");
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.problems).toEqual([]);
    expect(loaded.funnel.stages.map((s) => s.crmNames)).toEqual([
      [],
      [],
      [],
      ["Appointment scheduled", "Qualified to buy"],
      ["Closed won"],
    ]);
    expect(loaded.funnel.endNames).toEqual(["Closed lost", "Disqualified"]);
  });

  it("the functions read the map: a CRM export's own names give the funnel's numbers", () => {
    const addon = withFunnel();
    save(addon, withCrmNames);
    const map = addon.book.getRangeByName("Funnel_Map")!.getValues();
    const stages = addon.book.getRangeByName("Funnel_Stages")!.getValues();
    const fns = loadCustomFunctions(addon.book);
    // One record per furthest stage as the CRM writes it; lost records say nothing of where.
    const crm = ["Visit", "Lead", "Lead", "MQL", "Appointment scheduled", "Qualified to buy"];
    crm.push("Closed won", "Closed lost", "Disqualified", "Customer");
    const ours = ["Visit", "Lead", "Lead", "MQL", "SQL", "SQL", "Customer", "Customer"];
    const column = (xs: string[]) => xs.map((x) => [x]);
    expect(fns.call("STAGE_CONVERSION", column(crm), map)).toEqual(
      fns.call("STAGE_CONVERSION", column(ours), stages),
    );
  });

  it("only the stages down to the won stage are in the map, as in <key>_Stages", () => {
    const bowtie = presets("en").find((p) => p.id === "bowtie")!;
    const addon = withFunnel(bowtie.stages, bowtie.wonStageIndex);
    expect(
      save(addon, (f) => {
        f.stages[3]!.crmNames = ["Closed won"];
        f.stages[4]!.crmNames = ["Kick-off"];
      }),
    ).toMatchObject({ ok: true });
    const sheet = addon.book.getSheetByName("Funnel")!;
    expect(sheet.getRange("G1:H1").getValues()).toEqual([["Won stage", "CRM names"]]);
    expect(addon.book.getRangeByName("Funnel_Map")!.getValues()).toEqual([
      ["Awareness", "Awareness"],
      ["Education", "Education"],
      ["Selection", "Selection"],
      ["Commit", "Commit"],
      ["Closed won", "Commit"],
    ]);
  });

  it("typed by hand: several names in a cell, with ; or line breaks, read back", () => {
    const addon = withFunnel();
    save(addon, withCrmNames);
    const sheet = addon.book.getSheetByName("Funnel")!;
    sheet.getRange("G3").setValue("New lead;  Inbound lead\nWebinar lead ");
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.funnel.stages[1]!.crmNames).toEqual(["New lead", "Inbound lead", "Webinar lead"]);
    // Saved from the editor, the map follows the table.
    expect(
      addon.run<SaveResult>("saveFunnel", {
        funnel: loaded.funnel,
        fingerprint: loaded.fingerprint,
      }),
    ).toMatchObject({ ok: true });
    expect(addon.book.getRangeByName("Funnel_Map")!.getValues()).toContainEqual([
      "Webinar lead",
      "Lead",
    ]);
  });

  it("an editor that does not send CRM names keeps them", () => {
    const addon = withFunnel();
    save(addon, withCrmNames);
    const map = addon.book.getRangeByName("Funnel_Map")!.getValues();
    expect(
      save(addon, (f) => {
        for (const s of f.stages) delete s.crmNames;
        delete f.endNames;
        f.stages[0]!.owner = "Growth";
      }),
    ).toMatchObject({ ok: true });
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.funnel.stages[3]!.crmNames).toEqual([
      "Appointment scheduled",
      "Qualified to buy",
    ]);
    expect(loaded.funnel.endNames).toEqual(["Closed lost", "Disqualified"]);
    expect(addon.book.getRangeByName("Funnel_Map")!.getValues()).toEqual(map);
  });

  it("removed again, the map keeps its range (formulas may use it) with the stages only", () => {
    const addon = withFunnel();
    save(addon, withCrmNames);
    expect(
      save(addon, (f) => {
        for (const s of f.stages) s.crmNames = [];
        f.endNames = [];
      }),
    ).toMatchObject({ ok: true });
    const sheet = addon.book.getSheetByName("Funnel")!;
    expect(addon.book.getRangeByName("Funnel_Map")!.getA1Notation()).toBe("J2:K6");
    expect(
      sheet
        .getRange("J7:K11")
        .getValues()
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
    expect(sheet.getRange("G7").getValue()).toBe("");
  });

  it("a CRM name can stand for one stage only, and a name that ends a record for none", () => {
    const addon = withFunnel();
    const v = uiMessages("en").validation;
    const stage = (i: number) => inboundPreset("en").stages[i]!.name;
    const result = save(addon, (f) => {
      f.stages[2]!.crmNames = ["Appointment"];
      f.stages[3]!.crmNames = ["appointment ", "Lead", "Demo; booked"];
      f.endNames = ["MQL"];
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      issues: [
        { path: ["stages", 3, "crmNames"], message: v.crmNameTaken("appointment", 3, stage(2)) },
        { path: ["stages", 3, "crmNames"], message: v.crmNameTaken("Lead", 2, stage(1)) },
        { path: ["stages", 3, "crmNames"], message: v.crmNameSeparator("Demo; booked") },
        { path: ["endNames", 0], message: v.endNameTaken("MQL", 3, stage(2)) },
      ],
    });
  });

  it("a cell of the user's right under the map survives the map shrinking", () => {
    const addon = withFunnel();
    save(addon, withCrmNames);
    const sheet = addon.book.getSheetByName("Funnel")!;
    sheet.getRange("J12").setValue("mine");
    expect(save(addon, (f) => (f.endNames = []))).toMatchObject({ ok: true });
    expect(addon.book.getRangeByName("Funnel_Map")?.getA1Notation()).toBe("J2:K9");
    expect(sheet.getRange("J10:J12").getValues().flat()).toEqual(["", "", "mine"]);
  });

  it("the map never writes over the user's cells beside the table", () => {
    const addon = withFunnel();
    const sheet = addon.book.getSheetByName("Funnel")!;
    sheet.getRange("K9").setValue("my note");
    const before = addon.book.snapshot();
    const result = save(addon, withCrmNames);
    expect(result).toEqual({
      ok: false,
      reason: "refused",
      message: uiMessages("en").store.mapInTheWay("K9"),
    });
    expect(addon.book.snapshot()).toEqual(before);
  });
});
