/**
 * No English reaches a non-English user (SPEC §11) through text the server builds: every menu
 * command runs in a spreadsheet and for a user of each language, and every sheet name, cell text,
 * text inside a formula, note, chart title, toast and alert is checked for English words
 * (test/harness/englishText.ts; trade terms listed once in src/i18n/glossary.ts). The built
 * Code.js runs against the fakes, as in Sheets. Custom functions' error messages stay English by
 * design (SPEC §11: Sheets cannot localise custom functions) and are not read here.
 */
import { openAddon } from "../../fakes/addon";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { Translated } from "../../src/i18n/glossary";
import { sheetMessages } from "../../src/i18n/sheet";
import { englishIn } from "../harness/englishText";
import { runNewPlan } from "../../fakes/newPlan";
import { presets } from "../../src/i18n/presets";
import { at } from "../harness/at";
import { MENU_COMMANDS } from "../harness/menu";

/**
 * The text literals of a formula ("Sales cycle: "&B3&" days"), the only words a formula shows; a
 * lone lower-case keyword ("cumulative", "end") is a function's argument value, English by design.
 */
function literals(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)]
    .map((m) => (m[1] ?? "").replace(/""/g, '"'))
    .filter((text) => !/^[a-z_]+$/.test(text));
}

/**
 * The stage ids in the note on a stage table's "Stage" header (`s7k2q9xk: MQL`, under a
 * translated first line) are identifiers, the same in every language: only the rest is read.
 */
const STAGE_ID = /^s[0-9a-z]{8}(?=: )/gm;
/**
 * The example deals' company names (Acme Corp, Globex…) are proper nouns, the same in every
 * language, as the catalogue test has them (test/unit/catalogues.test.ts).
 */
const COMPANY_NAMES = new Set(sheetMessages("en").pipeline.examples);

const withoutStageIds = (text: string) => text.replace(STAGE_ID, "");

/**
 * Every text the workbook shows: where it is, and what it says. Sheets in `theirs` were there
 * before the add-on ran (the fake's new spreadsheet opens on "Sheet1"): their names are not ours.
 * Cells in hidden rows and columns are not shown, nor text written in its own background's
 * colour (a plan's row markers and stage keys, white on white: planGrid.ts).
 */
function shownTexts(
  book: FakeWorkbook,
  theirs: ReadonlySet<string>,
): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const sheet of book.getSheets()) {
    const name = sheet.getName();
    if (!theirs.has(name)) texts.push({ where: `sheet name`, text: name });
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    const notes = range.getNotes();
    const colours = range.getFontColors();
    const backgrounds = range.getBackgrounds();
    const unseen = (r: number, c: number) =>
      sheet.isRowHiddenByUser(r + 1) ||
      sheet.isColumnHiddenByUser(c + 1) ||
      (colours[r]?.[c] ?? "#000000").toLowerCase() ===
        (backgrounds[r]?.[c] || "#ffffff").toLowerCase();
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const where = `${name}!R${r + 1}C${c + 1}`;
        const formula = formulas[r]?.[c] ?? "";
        if (unseen(r, c)) {
          // Not shown: only its note is.
        } else if (formula !== "") {
          for (const text of literals(formula)) texts.push({ where: `${where} formula`, text });
        } else if (typeof value === "string" && !COMPANY_NAMES.has(value)) {
          texts.push({ where, text: value });
        }
        const note = notes[r]?.[c] ?? "";
        if (note !== "") texts.push({ where: `${where} note`, text: withoutStageIds(note) });
      }),
    );
    for (const chart of sheet.getCharts())
      texts.push({ where: `${name} chart`, text: chart.title });
  }
  for (const toast of book.toasts)
    texts.push({ where: "toast", text: `${toast.title} ${toast.message}` });
  for (const alert of book.ui.alerts)
    texts.push({ where: "alert", text: `${alert.title} ${alert.prompt}` });
  return texts;
}

describe.each(["sv", "ru", "pl", "zh-CN"] as const)("in %s", (language: Translated) => {
  const locale = language.replace("-", "_");

  it("every command's sheets, toasts and alerts are free of English", () => {
    const book = new FakeWorkbook({}, { locale });
    const addon = openAddon(book, new FakeLock(), new FakeSession(locale));
    const theirs = new Set(book.getSheets().map((s) => s.getName()));
    addon.bundle.call("onOpen", { authMode: "FULL" });
    for (const command of MENU_COMMANDS) {
      addon.bundle.call(command);
      if (command === "newCohorts") addon.bundle.call("useMeasuredDays");
    }
    // Refresh plan with no plan in view, and Use measured days with no cohorts sheet: alerts.
    book.insertSheet("2027").activate();
    theirs.add("2027");
    addon.bundle.call("refreshPlan");
    addon.bundle.call("useMeasuredDays");
    // A plan whose funnel was deleted, in view: each command says why it uses another funnel
    // (a toast) or cannot act (an alert) — with one funnel left, then with two.
    const preset = at(presets(language), 0);
    const funnel = { stages: preset.stages, wonStageIndex: preset.wonStageIndex };
    expect(addon.run<{ ok: boolean }>("createFunnel", { name: "EMEA", ...funnel }).ok).toBe(true);
    book.getSheetByName("EMEA")!.activate();
    runNewPlan(addon, "newMonthlyTargets");
    const orphan = book.getActiveSheet();
    theirs.add(orphan.getName());
    expect(addon.run<{ ok: boolean }>("deleteFunnel", "EMEA").ok).toBe(true);
    const toasts = book.toasts.length;
    for (const command of ["showStageEditor", "showSqlExport", "newFunnelHealth", "refreshPlan"]) {
      orphan.activate();
      addon.bundle.call(command);
    }
    expect(addon.run<{ ok: boolean }>("createFunnel", { name: "APAC", ...funnel }).ok).toBe(true);
    orphan.activate();
    addon.bundle.call("newCapacityPlan");
    expect(book.toasts.length).toBe(toasts + 4);
    const texts = shownTexts(book, theirs);
    expect(texts.length).toBeGreaterThan(200);
    const problems = texts
      .map(({ where, text }) => ({
        where,
        text,
        english: englishIn(text, language),
      }))
      .filter((t) => t.english.length > 0)
      .map((t) => `${t.where}: ${t.english.join(", ")} in “${t.text}”`);
    expect(problems).toEqual([]);
  });
});
