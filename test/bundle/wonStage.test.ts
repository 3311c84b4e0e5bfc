import type { CreateResult, LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { HAND_TYPED_FUNNEL, openAddon, type Addon } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { at } from "../harness/at";
import { preset } from "../harness/store";

function refs(addon: Addon): Record<string, string> {
  const out: Record<string, string> = {};
  for (const named of addon.book.getNamedRanges())
    out[named.getName()] = named.getRange().getA1Notation();
  return out;
}

function withBowtie(): Addon {
  const addon = openAddon(new FakeWorkbook({ Notes: [["keep me"]] }));
  const { stages, wonStageIndex } = preset("bowtie");
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Funnel",
    stages,
    wonStageIndex,
  });
  if (!created.ok) throw new Error(created.message);
  return addon;
}

describe("the won stage (SPEC §4) through dist/Code.js", () => {
  it("Bowtie: Commit is won; acquisition ranges stop there, post-sale stages get their own", () => {
    const addon = withBowtie();
    const sheet = addon.book.getSheetByName("Funnel")!;
    expect(sheet.getRange("G1:G8").getValues()).toEqual([
      ["Won stage"],
      [""],
      [""],
      [""],
      [true],
      [""],
      [""],
      [""],
    ]);
    expect(refs(addon)).toEqual({
      Funnel_Stages: "A2:A5",
      Funnel_Rates: "C2:C5",
      Funnel_Days: "D2:D5",
      Funnel_PostStages: "A6:A8",
      Funnel_PostRates: "C6:C8",
    });
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.funnel.wonStageIndex).toBe(3);
    expect(loaded.problems).toEqual([]);
    // Shown as checkboxes on every stage row (ticked = TRUE), nowhere else.
    for (let row = 2; row <= 8; row++)
      expect(sheet.getRange(row, 7).getDataValidation()).toEqual({ criteria: "CHECKBOX" });
    expect(sheet.getRange(1, 7).getDataValidation()).toBeNull();
    expect(sheet.getRange(9, 7).getDataValidation()).toBeNull();
  });

  it("moving the won stage to the last removes the post-sale ranges and keeps the column", () => {
    const addon = withBowtie();
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const funnel = structuredClone(loaded.funnel);
    at(funnel.stages, 3).conversionToNext = 1;
    at(funnel.stages, 3).daysInStage = 7;
    delete funnel.wonStageIndex;
    const saved = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    expect(saved).toMatchObject({ ok: true });
    const sheet = addon.book.getSheetByName("Funnel")!;
    expect(sheet.getRange("G5:G8").getValues()).toEqual([[""], [""], [""], [true]]);
    expect(refs(addon)).toEqual({
      Funnel_Stages: "A2:A8",
      Funnel_Rates: "C2:C8",
      Funnel_Days: "D2:D8",
    });
    // A shorter table leaves no stray checkbox below it.
    const again = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const shorter = structuredClone(again.funnel);
    shorter.stages.splice(4, 2);
    const saved2 = addon.run<SaveResult>("saveFunnel", {
      funnel: shorter,
      fingerprint: again.fingerprint,
    });
    expect(saved2).toMatchObject({ ok: true });
    expect(sheet.getRange("G6").getValues()).toEqual([[true]]);
    expect(sheet.getRange(7, 7).getDataValidation()).toBeNull();
    expect(sheet.getRange(6, 7).getDataValidation()).toEqual({ criteria: "CHECKBOX" });
  });

  it("a table without the column, or with no tick, treats the last stage as won", () => {
    const addon = openAddon(new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
    expect(addon.run<LoadedFunnel>("loadFunnel", "Funnel").funnel.wonStageIndex).toBeUndefined();
    addon.book.getSheetByName("Funnel")!.getRange("G1").setValue("Won stage");
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.funnel.wonStageIndex).toBeUndefined();
    expect(loaded.problems).toEqual([]);
  });

  it("a tick typed in the sheet is read back; two ticks are a row problem", () => {
    const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
    const sheet = book.getSheetByName("Funnel")!;
    sheet.getRange("G1:G5").setValues([["Won stage"], [""], [""], [true], [""]]);
    sheet.getRange("C4:D4").setValues([["", ""]]);
    const addon = openAddon(book);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    expect(loaded.funnel.wonStageIndex).toBe(2);
    expect(loaded.problems).toEqual([]);
    sheet.getRange("G5").setValue(true);
    expect(addon.run<LoadedFunnel>("loadFunnel", "Funnel").problems).toEqual([
      expect.objectContaining({ row: 5, message: expect.stringMatching(/Only one stage/) }),
    ]);
  });

  it("the won stage converts no further: a rate there is an error in words", () => {
    const addon = withBowtie();
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
    const funnel = structuredClone(loaded.funnel);
    at(funnel.stages, 3).conversionToNext = 0.9;
    const saved = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    expect(saved).toMatchObject({
      ok: false,
      reason: "invalid",
      issues: [
        {
          path: ["stages", 3, "conversionToNext"],
          message: "The won stage is where acquisition ends: leave its conversion empty.",
        },
      ],
    });
    at(funnel.stages, 3).conversionToNext = null;
    funnel.wonStageIndex = 0;
    const first = addon.run<SaveResult>("saveFunnel", { funnel, fingerprint: loaded.fingerprint });
    expect(first).toMatchObject({ ok: false, issues: [{ path: ["wonStageIndex"] }] });
  });
});
