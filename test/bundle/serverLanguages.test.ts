/**
 * The server speaks the right language (SPEC §11): template sheets follow the spreadsheet's
 * locale, store messages the user's; every catalogue is ordinary code in Code.js, built on first
 * use.
 */
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { CreateResult, SaveResult } from "../../src/wire/stageApi";
import { uiMessages } from "../../src/i18n/ui";
import { openAddon } from "../../fakes/addon";
import { stage } from "../harness/stages";
import { sheetMessages } from "../../src/i18n/sheet";
import { stageTableMessages } from "../../src/i18n/stageTable";

describe("a template sheet in the spreadsheet's language", () => {
  it.each([
    ["sv_SE", "sv"],
    ["ru_RU", "ru"],
    ["pl_PL", "pl"],
    ["zh_CN", "zh-CN"],
    ["en_US", "en"],
  ] as const)("%s: the plan's title and sheet name are the language's", (locale, language) => {
    const book = new FakeWorkbook();
    book.setSpreadsheetLocale(locale);
    const addon = openAddon(book);
    addon.run("newFunnelHealth");
    const sheet = book.getActiveSheet();
    expect(sheet.getRange("A1").getValue()).toBe(sheetMessages(language).health.title);
    expect(sheet.getName()).toBe(sheetMessages(language).health.sheetName);
  });
});

describe("the stage store's messages in the user's language", () => {
  it.each([
    ["sv", "sv"],
    ["zh_CN", "zh-CN"],
  ] as const)("%s: a conflict, a refused rename and a missing funnel", (locale, language) => {
    const addon = openAddon(new FakeWorkbook(), new FakeLock(), new FakeSession(locale));
    const created = addon.run<CreateResult>("createFunnel", {
      name: "Pipeline",
      stages: [stage("Lead", 0.5, 3), stage("Won", null)],
    });
    if (!created.ok) throw new Error(created.message);
    const store = uiMessages(language).store;
    addon.book.getSheetByName("Pipeline")!.getRange("A2").setValue("Lead 2");
    const saved = addon.run<SaveResult>("saveFunnel", {
      funnel: created.loaded.funnel,
      fingerprint: created.loaded.fingerprint,
    });
    expect(saved).toMatchObject({
      ok: false,
      reason: "conflict",
      message: store.conflict("Pipeline"),
    });
    expect(addon.run("renameFunnel", { key: "Pipeline", name: " " })).toEqual({
      ok: false,
      message: store.renameRequired,
    });
    expect(addon.run("deleteFunnel", "Nope")).toEqual({
      ok: false,
      message: store.noSuchFunnel("Nope"),
    });
  });
});

describe("renaming a funnel renames it in its plans, in the spreadsheet's language", () => {
  it.each([
    ["sv_SE", "sv"],
    ["ru_RU", "ru"],
    ["en_US", "en"],
  ] as const)("%s", (locale, language) => {
    const book = new FakeWorkbook();
    book.setSpreadsheetLocale(locale);
    const addon = openAddon(book);
    addon.run("newFunnelHealth");
    const plan = book.getActiveSheet();
    const line = sheetMessages(language).common.funnelLine;
    const subtitle = sheetMessages(language).health.subtitle;
    // The default funnel is named in the spreadsheet's language; its key stays Funnel.
    const name = stageTableMessages(language).defaultFunnelName;
    expect(plan.getRange("A2").getValue()).toBe(line(name, subtitle));
    expect(addon.run("renameFunnel", { key: "Funnel", name: "Nord" })).toMatchObject({ ok: true });
    expect(plan.getRange("A2").getValue()).toBe(line("Nord", subtitle));
  });
});
