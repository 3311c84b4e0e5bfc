/**
 * The menu and the function-reference dialog speak the user's language (SPEC §11), through the
 * built bundle with a fake Session; a restricted onOpen (empty locale, or no Session at all)
 * falls back to English and still builds the menu. Loading Code.js builds no catalogue (§8).
 */
import vm from "node:vm";
import { LANGUAGES } from "../../src/i18n/languages";
import { uiMessages } from "../../src/i18n/ui";
import { loadBundle } from "../../fakes/bundle";
import { FakeUi, menuPaths } from "../../fakes/ui";
import { fakeHtmlService } from "../../fakes/html";
import { fakeSession } from "../harness/session";
import { at } from "../harness/at";
import { ENGLISH_MENU } from "../harness/menu";

/** `locale` "throws": a Session that refuses the call. */
function open(locale: string | undefined, authMode = "FULL") {
  const ui = new FakeUi();
  const services: Record<string, unknown> = {
    SpreadsheetApp: { getUi: () => ui },
    HtmlService: fakeHtmlService(),
  };
  if (locale !== undefined) services.Session = fakeSession(locale);
  const bundle = loadBundle(services);
  const builds = () =>
    (vm.runInContext("FunnelMath.diagnostics_()", bundle.context) as { catalogueBuilds: number })
      .catalogueBuilds;
  const buildsAtLoad = builds();
  bundle.call("onOpen", { authMode, source: {} });
  return { ui, bundle, buildsAtLoad, builds, paths: () => menuPaths(at(ui.menus, 0)) };
}

describe("the menu in the user's language", () => {
  it("is Swedish for a Swedish user", () => {
    expect(
      open("sv")
        .paths()
        .map((p) => p.path),
    ).toEqual([
      "Redigera trattens steg",
      "Ny plan ▸ Omvänd tratt för året",
      "Ny plan ▸ Månadsmål med säljcykelns fördröjning",
      "Ny plan ▸ CAC och LTV per kanal",
      "Ny plan ▸ Trattens hälsa",
      "Ny plan ▸ SLA mellan marknad och sälj",
      "Ny plan ▸ Plan mot utfall",
      "Ny plan ▸ Kohorter och tid per steg",
      "Ny plan ▸ Kapacitetsplan (säljare, rekryteringar, SDR:er)",
      "Ny plan ▸ Pipelinetäckning och prognos",
      "Uppdatera planen",
      "Använd uppmätta dagar i tratten",
      "Exportera tratten som SQL…",
      "Funktionsreferens",
    ]);
  });

  it.each([
    ["ru", "ru"],
    ["pl_PL", "pl"],
    ["zh_CN", "zh-CN"],
  ] as const)("locale %s: every item in its language, none left in English", (locale, lang) => {
    const { paths } = open(locale);
    const labels = uiMessages(lang).menu;
    const english = uiMessages("en").menu;
    for (const { path, functionName } of paths()) {
      const label = path.split(" ▸ ").pop();
      const key = functionName as keyof typeof labels.items;
      expect(label).toBe(labels.items[key]);
      expect(label).not.toBe(english.items[key]);
      if (path.includes(" ▸ ")) expect(path.startsWith(`${labels.subMenus.newPlan} ▸ `)).toBe(true);
    }
    expect(paths()).toHaveLength(ENGLISH_MENU.length);
  });

  it("calls the same functions in every language", () => {
    const english = open("en")
      .paths()
      .map((p) => p.functionName);
    for (const locale of ["sv", "ru", "pl", "zh_CN"]) {
      expect(
        open(locale)
          .paths()
          .map((p) => p.functionName),
      ).toEqual(english);
    }
  });

  it.each([
    ["an empty locale in AuthMode.NONE", "", "NONE"],
    ["no Session in the context", undefined, "NONE"],
    ["a Session that refuses the call", "throws", "LIMITED"],
    ["an unknown language", "pt_BR", "FULL"],
    ["Traditional Chinese", "zh_TW", "FULL"],
  ] as const)("falls back to English for %s, and the menu is still shown", (_, locale, mode) => {
    const { ui, paths } = open(locale, mode);
    expect(ui.menus).toHaveLength(1);
    expect(paths().map((p) => p.path)).toEqual(ENGLISH_MENU);
  });

  it("English labels in the catalogue are the menu's own labels (one source, no drift)", () => {
    const { paths } = open("en");
    const labels = uiMessages("en").menu.items;
    for (const { path, functionName } of paths()) {
      expect(path.split(" ▸ ").pop()).toBe(labels[functionName as keyof typeof labels]);
    }
  });
});

describe("language catalogues and loading Code.js", () => {
  it("loading builds no catalogue; each is built once, in the user's language only", () => {
    const { buildsAtLoad, builds, bundle } = open("ru");
    expect(buildsAtLoad).toBe(0);
    expect(builds()).toBe(1); // the menu's
    bundle.call("showFunctionReference");
    expect(builds()).toBe(2); // the dialogs'
    bundle.call("onOpen", { authMode: "FULL" });
    bundle.call("showFunctionReference");
    expect(builds()).toBe(2);
  });
});

describe("the function reference dialog", () => {
  it.each(LANGUAGES.map((l) => [l === "zh-CN" ? "zh_CN" : l, l] as const))(
    "in %s: translated title and hint, function signatures in English",
    (locale, lang) => {
      const { ui, bundle } = open(locale);
      bundle.call("showFunctionReference");
      const { title, hint } = uiMessages(lang).reference;
      expect(ui.alerts).toEqual([{ title, prompt: expect.stringContaining(hint) }]);
      expect(at(ui.alerts, 0).prompt).toContain(
        "REQUIRED_LEADS(revenue_target, avg_deal_size, conversion_rates, [rounding], [confidence], [rate_samples])",
      );
    },
  );
});
