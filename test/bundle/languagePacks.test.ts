/**
 * Language packs (SPEC §8, §11): template-sheet text (English too) and other languages' UI text
 * live in dist/lang_<code>.html, not in Code.js, and are read only when a command needs them. Each
 * pack, read back as Code.js reads it, gives exactly the typed catalogue's messages.
 */
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fakeHtmlService } from "../../fakes/html";
import { appsScriptServices } from "../../fakes/services";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { CreateResult, SaveResult } from "../../src/addon/stageApi";
import { uiMessages } from "../../src/i18n/ui";
import { openAddon } from "../../fakes/addon";
import { en as sheetEn } from "../../src/i18n/sheet/en";
import { menuMessages } from "../../src/i18n/menu";
import { rehydrate } from "../../src/i18n/packs/rehydrate";
import { readMarked } from "../../src/i18n/packs/template";
import { PACK_LANGUAGES, sourceMessages } from "../../src/i18n/packs/buildEntry";
import { packFileName } from "../../src/i18n/packs/shape";
import { sheetMessages } from "../../src/i18n/sheet";
import { DIST, bundleSource, loadBundle } from "../../fakes/bundle";

const SAMPLE_ARGS: readonly (readonly unknown[])[] = [
  ["EMEA «B2B»", "Q3 $& {1}", "7"],
  [3, 14, 0],
];

function packOf(language: (typeof PACK_LANGUAGES)[number]) {
  const text = readFileSync(join(DIST, `${packFileName(language)}.html`), "utf8");
  // English is read on its own (its templates marked); the others against English, as Code.js does.
  const read =
    language === "en"
      ? { messages: readMarked(JSON.parse(text)), fallbacks: 0 }
      : rehydrate(sourceMessages("en"), JSON.parse(text));
  return { text, read };
}

/** Every message of a tree, by path: text as is, functions called with each set of sample values. */
function flatten(value: unknown, path = ""): Record<string, unknown> {
  if (typeof value === "function") {
    const out: Record<string, unknown> = {};
    SAMPLE_ARGS.forEach((args, i) => {
      out[`${path}(${i})`] = (value as (...a: unknown[]) => unknown)(...args);
    });
    return out;
  }
  if (typeof value === "object" && value !== null) {
    return Object.assign(
      {},
      ...Object.entries(value).map(([k, v]) => flatten(v, path ? `${path}.${k}` : k)),
    );
  }
  return { [path]: value };
}

describe.each(PACK_LANGUAGES)("the %s pack", (language) => {
  it("round-trips: every message, function messages with sample values, equals the catalogue's", () => {
    const { read } = packOf(language);
    expect(read.fallbacks).toBe(0);
    const expected = flatten(sourceMessages(language));
    expect(flatten(read.messages)).toEqual(expected);
    expect(Object.keys(expected).length).toBeGreaterThan(150);
  });

  it("holds no markup: nothing in it reads as HTML", () => {
    expect(packOf(language).text).not.toMatch(/</);
  });
});

/** The language's sheet texts that say something of their own (not a menu label, not English). */
function distinctiveSheetTexts(language: (typeof PACK_LANGUAGES)[number]): string[] {
  const menu = Object.values(flatten(menuMessages(language))).map(String);
  const english = new Set(Object.values(flatten(sheetEn())));
  // Chinese says as much in far fewer characters.
  const minLength = language === "zh-CN" ? 6 : 12;
  return Object.values(flatten(sheetMessages(language))).filter(
    (t): t is string =>
      typeof t === "string" &&
      t.length >= minLength &&
      !english.has(t) &&
      !menu.some((label) => label.includes(t)),
  );
}

const OTHER_LANGUAGES = PACK_LANGUAGES.filter((l) => l !== "en");

describe("Code.js", () => {
  it.each(OTHER_LANGUAGES)("contains none of the %s sheet texts", (language) => {
    const texts = distinctiveSheetTexts(language);
    expect(texts.length).toBeGreaterThan(40);
    const code = bundleSource();
    expect(texts.filter((t) => code.includes(t))).toEqual([]);
  });

  it("carries no template-sheet text, English included: that is only needed to build a sheet", () => {
    const code = bundleSource();
    expect(code).not.toContain(sheetEn().health.stickiestNote);
    expect(code).not.toContain(sheetEn().monthly.leadNote);
  });

  it("reads no pack when it loads, nor when onOpen builds a translated menu", () => {
    const reads: string[] = [];
    const HtmlService = {
      createHtmlOutputFromFile(name: string) {
        reads.push(name);
        throw new Error("not expected");
      },
    };
    const bundle = loadBundle({
      HtmlService,
      Session: { getActiveUserLocale: () => "sv" },
      SpreadsheetApp: {
        getUi: () => ({
          createAddonMenu: () => ({
            addItem() {
              return this;
            },
            addSubMenu() {
              return this;
            },
            addToUi() {},
          }),
          createMenu: () => ({
            addItem() {
              return this;
            },
          }),
        }),
      },
    });
    expect(reads).toEqual([]);
    bundle.call("onOpen", { authMode: "NONE" });
    expect(reads).toEqual([]);
  });
});

describe("a template sheet in the spreadsheet's language, through its pack", () => {
  function healthTitle(locale: string, distDir?: string) {
    const book = new FakeWorkbook();
    book.setSpreadsheetLocale(locale);
    const services = appsScriptServices(book);
    const reads: string[] = [];
    const html = distDir === undefined ? services.HtmlService : fakeHtmlService(distDir);
    const bundle = loadBundle({
      ...services,
      HtmlService: {
        ...html,
        createHtmlOutputFromFile(name: string) {
          reads.push(name);
          return html.createHtmlOutputFromFile(name);
        },
      },
    });
    bundle.call("newFunnelHealth");
    const sheet = book.getActiveSheet();
    return { title: sheet.getRange("A1").getValue(), name: sheet.getName(), reads };
  }

  it.each([
    ["sv_SE", "sv"],
    ["ru_RU", "ru"],
    ["pl_PL", "pl"],
    ["zh_CN", "zh-CN"],
  ] as const)(
    "%s: the plan's title and sheet name are the language's, read from its pack (against English's)",
    (locale, language) => {
      const { title, name, reads } = healthTitle(locale);
      expect(title).toBe(sheetMessages(language).health.title);
      expect(name).toBe(sheetMessages(language).health.sheetName);
      expect(reads).toEqual(["addon", packFileName("en"), packFileName(language)]);
    },
  );

  it("English reads only the English pack", () => {
    const { title, reads } = healthTitle("en_US");
    expect(title).toBe(sheetEn().health.title);
    expect(reads).toEqual(["addon", "lang_en"]);
  });

  it("a missing pack gives English and the command still builds the plan", () => {
    const onlyEnglish = mkdtempSync(join(tmpdir(), "only-english-"));
    for (const file of ["addon.html", "lang_en.html"]) {
      copyFileSync(join(DIST, file), join(onlyEnglish, file));
    }
    const { title, name, reads } = healthTitle("sv_SE", onlyEnglish);
    expect(reads).toEqual(["addon", "lang_en", "lang_sv"]);
    expect(title).toBe(sheetEn().health.title);
    expect(name).toBe(sheetEn().health.sheetName);
  });

  it("without the English pack, building a plan fails with words, not a raw error", () => {
    const empty = mkdtempSync(join(tmpdir(), "no-packs-"));
    copyFileSync(join(DIST, "addon.html"), join(empty, "addon.html"));
    expect(() => healthTitle("en_US", empty)).toThrow(
      /Funnel Math could not read its template text \(lang_en\.html\)/,
    );
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
      stages: [
        {
          name: "Lead",
          owner: "",
          conversionToNext: 0.5,
          daysInStage: 3,
          entryCriteria: "",
          exitCriteria: "",
        },
        {
          name: "Won",
          owner: "",
          conversionToNext: null,
          daysInStage: null,
          entryCriteria: "",
          exitCriteria: "",
        },
      ],
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
    expect(plan.getRange("A2").getValue()).toBe(line("Funnel", subtitle));
    expect(addon.run("renameFunnel", { key: "Funnel", name: "Nord" })).toMatchObject({ ok: true });
    expect(plan.getRange("A2").getValue()).toBe(line("Nord", subtitle));
  });
});
