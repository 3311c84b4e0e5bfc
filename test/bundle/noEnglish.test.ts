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
import { MENU } from "../../src/addon/menu";
import { DEFAULT_FUNNEL_KEY } from "../../src/core/funnelKey";
import type { Translated } from "../../src/i18n/glossary";
import { englishIn } from "../harness/englishText";

const COMMANDS = MENU.flatMap((entry) => ("items" in entry ? entry.items : [entry])).map(
  (item) => item.functionName,
);

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
 * Left to the stage-store work (the stage table's header row and the default funnel's name are
 * its to translate, read back in any language): the stage table sheet's header row, and the
 * default funnel's name wherever it is quoted. The plan record note (A2 of a plan) is a
 * machine-read record Refresh plan parses, the same in every language.
 */
const STAGE_TABLE_HEADER = new RegExp(`^${DEFAULT_FUNNEL_KEY}!R1C\\d+$`);
const DEFAULT_NAME = new RegExp(`(?<!\\p{L})${DEFAULT_FUNNEL_KEY}(?! Math)`, "gu");
const withoutDefaultName = (text: string) => text.replace(DEFAULT_NAME, " ");

/** Every text the workbook shows: where it is, and what it says. */
function shownTexts(book: FakeWorkbook): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const sheet of book.getSheets()) {
    const name = sheet.getName();
    if (name !== DEFAULT_FUNNEL_KEY) texts.push({ where: `sheet name`, text: name });
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    const notes = range.getNotes();
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const where = `${name}!R${r + 1}C${c + 1}`;
        const formula = formulas[r]?.[c] ?? "";
        if (formula !== "") {
          for (const text of literals(formula)) texts.push({ where: `${where} formula`, text });
        } else if (typeof value === "string") texts.push({ where, text: value });
        const note = notes[r]?.[c] ?? "";
        if (note !== "" && !note.startsWith("Funnel Math plan · ")) {
          texts.push({ where: `${where} note`, text: note });
        }
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
    addon.bundle.call("onOpen", { authMode: "FULL" });
    for (const command of COMMANDS) {
      addon.bundle.call(command);
      if (command === "newCohorts") addon.bundle.call("useMeasuredDays");
    }
    // Refresh plan with no plan in view, and Use measured days with no cohorts sheet: alerts.
    book.insertSheet("2027").activate();
    addon.bundle.call("refreshPlan");
    addon.bundle.call("useMeasuredDays");
    const texts = shownTexts(book);
    expect(texts.length).toBeGreaterThan(200);
    const problems = texts
      .filter(({ where }) => !STAGE_TABLE_HEADER.test(where))
      .map(({ where, text }) => ({
        where,
        text,
        english: englishIn(withoutDefaultName(text), language),
      }))
      .filter((t) => t.english.length > 0)
      .map((t) => `${t.where}: ${t.english.join(", ")} in “${t.text}”`);
    expect(problems).toEqual([]);
  });
});
