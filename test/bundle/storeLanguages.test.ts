/**
 * The stage table and the store speak the right language (SPEC §11): the table's header row is
 * written in the spreadsheet's language and read back in any of the five (a funnel made in one
 * language loads in another), and every store message — limits and failures included — is the
 * user's, with numbers written as their language writes them.
 */
import { openAddon, type Addon } from "../../fakes/addon";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import { LANGUAGES, type Language } from "../../src/i18n/languages";
import { stageTableMessages } from "../../src/i18n/stageTable";
import { uiMessages } from "../../src/i18n/ui";
import type { CreateResult, LoadedFunnel, SaveResult } from "../../src/wire/stageApi";

const LOCALE: Record<Language, string> = {
  en: "en_US",
  sv: "sv_SE",
  ru: "ru_RU",
  pl: "pl_PL",
  "zh-CN": "zh_CN",
};

function header(language: Language): string[] {
  const h = stageTableMessages(language).header;
  return [h.name, h.owner, h.conversionToNext, h.daysInStage, h.entryCriteria, h.exitCriteria];
}

function created(locale: string, userLocale = "en"): Addon {
  const book = new FakeWorkbook({ Notes: [] });
  book.setSpreadsheetLocale(locale);
  const addon = openAddon(book, new FakeLock(), new FakeSession(userLocale));
  const result = addon.run<CreateResult>("createFunnel", {
    name: "Pipeline",
    stages: inboundPreset("en").stages,
  });
  if (!result.ok) throw new Error(result.message);
  return addon;
}

describe.each(LANGUAGES)("a table made in a %s spreadsheet", (made) => {
  it("has its header in that language", () => {
    const addon = created(LOCALE[made]);
    const sheet = addon.book.getSheetByName("Pipeline")!;
    expect(sheet.getRange("A1:F1").getValues()[0]).toEqual(header(made));
  });

  it.each(LANGUAGES.filter((l) => l !== made))(
    "loads after the spreadsheet switched to %s, and a save writes the header in it",
    (now) => {
      const addon = created(LOCALE[made]);
      addon.book.setSpreadsheetLocale(LOCALE[now]);
      expect(addon.run<{ key: string }[]>("getFunnels").map((f) => f.key)).toEqual(["Pipeline"]);
      const loaded = addon.run<LoadedFunnel>("loadFunnel", "Pipeline");
      expect(loaded.problems).toEqual([]);
      expect(loaded.funnel.stages.map((s) => s.name)).toEqual(
        inboundPreset("en").stages.map((s) => s.name),
      );
      const saved = addon.run<SaveResult>("saveFunnel", {
        funnel: loaded.funnel,
        fingerprint: loaded.fingerprint,
      });
      expect(saved).toMatchObject({ ok: true });
      const sheet = addon.book.getSheetByName("Pipeline")!;
      expect(sheet.getRange("A1:F1").getValues()[0]).toEqual(header(now));
    },
  );
});

describe("store messages in the user's language", () => {
  it.each([
    ["pl", "pl", "50\u00a0001", "50\u00a0000"],
    ["ru", "ru", "50\u00a0001", "50\u00a0000"],
    ["zh_CN", "zh-CN", "50,001", "50,000"],
  ] as const)(
    "%s: a cell over Sheets' limit, with numbers as the language writes them",
    (locale, language, length, max) => {
      const addon = created("en_US", locale);
      const loaded = addon.run<LoadedFunnel>("loadFunnel", "Pipeline");
      const funnel = structuredClone(loaded.funnel);
      funnel.stages[1]!.exitCriteria = "x".repeat(50_001);
      const saved = addon.run<SaveResult>("saveFunnel", {
        funnel,
        fingerprint: loaded.fingerprint,
      });
      expect(saved).toEqual({
        ok: false,
        reason: "refused",
        message: uiMessages(language).store.cellTooLong("3", "Exit criteria", length, max),
      });
    },
  );

  it.each(["sv", "ru", "pl", "zh_CN"])(
    "%s: a name too long, a missing name, a bad request — none in English",
    (locale) => {
      const addon = created("en_US", locale);
      const english = uiMessages("en").store;
      const replies = [
        addon.run<CreateResult>("createFunnel", { name: "x".repeat(101), stages: [] }),
        addon.run<CreateResult>("createFunnel", { name: " ", stages: [] }),
        addon.run<CreateResult>("createFunnel", { name: 42, stages: [] }),
        addon.run<CreateResult>("renameFunnel", { key: 7, name: "x" }),
        addon.run<CreateResult>("deleteFunnel", { key: "Pipeline" }),
      ];
      for (const reply of replies) {
        expect(reply.ok).toBe(false);
        const message = reply.ok ? "" : reply.message;
        expect(message).not.toBe("");
        for (const text of [english.nameRequired, english.nameNotText, english.busy])
          expect(message).not.toBe(text);
        expect(message).not.toMatch(
          /\b(the|funnel|sheet|characters|request|wrong|type|missing)\b/i,
        );
      }
    },
  );
});
