/**
 * A stage table whose header an earlier version wrote still loads (SPEC §4, §11): the glossary pass
 * renamed some header labels (zh-CN 成交阶段 → 赢单阶段, sv "Konvertering till nästa" → "… nästa
 * steg", ru "Конверсия в следующий этап" → "… на следующий этап"), and a table written before it
 * keeps its columns — the won stage included — through dist/Code.js. A save writes today's words.
 */
import { openAddon, type Addon } from "../../fakes/addon";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { stageTableMessages } from "../../src/i18n/stageTable";
import type { CreateResult, LoadedFunnel, SaveResult } from "../../src/wire/stageApi";
import { preset } from "../harness/store";

function bowtieIn(locale: string): Addon {
  const book = new FakeWorkbook({ Notes: [] });
  book.setSpreadsheetLocale(locale);
  const addon = openAddon(book, new FakeLock(), new FakeSession("en"));
  const { stages, wonStageIndex } = preset("bowtie");
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Pipeline",
    stages,
    wonStageIndex,
  });
  if (!created.ok) throw new Error(created.message);
  return addon;
}

describe.each([
  ["zh_CN", "zh-CN", "G1", "成交阶段", "wonStage"],
  ["sv_SE", "sv", "C1", "Konvertering till nästa", "conversionToNext"],
  ["ru_RU", "ru", "C1", "Конверсия в следующий этап", "conversionToNext"],
] as const)("a %s table with the former header %s %s", (locale, language, cell, former, column) => {
  it("loads with every column, the won stage included, and a save writes today's label", () => {
    const addon = bowtieIn(locale);
    const sheet = addon.book.getSheetByName("Pipeline")!;
    expect(sheet.getRange(cell).getValues()).toEqual([
      [stageTableMessages(language).header[column]],
    ]);
    sheet.getRange(cell).setValues([[former]]);

    expect(addon.run<{ key: string }[]>("getFunnels").map((f) => f.key)).toEqual(["Pipeline"]);
    const loaded = addon.run<LoadedFunnel>("loadFunnel", "Pipeline");
    expect(loaded.problems).toEqual([]);
    expect(loaded.funnel.wonStageIndex).toBe(3);
    expect(loaded.funnel.stages.map((s) => s.conversionToNext)).toEqual(
      preset("bowtie").stages.map((s) => s.conversionToNext),
    );

    const saved = addon.run<SaveResult>("saveFunnel", {
      funnel: loaded.funnel,
      fingerprint: loaded.fingerprint,
    });
    expect(saved).toMatchObject({ ok: true });
    expect(sheet.getRange(cell).getValues()).toEqual([
      [stageTableMessages(language).header[column]],
    ]);
  });
});
