/**
 * The server's text in one language (SPEC §11, §8). English is typed code in Code.js; every other
 * language is read from its language pack (dist/lang_<code>.html, built from the typed catalogues)
 * the first time a command needs it — never at load — and kept for the rest of the execution
 * (Apps Script evaluates Code.js anew for each one). A pack that cannot be read gives English, so a
 * command still works. The menu is not here: src/i18n/menu carries every language's labels.
 */
import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { rehydrate } from "../i18n/packs/rehydrate";
import { packFileName, withoutMenu, type ServerMessages } from "../i18n/packs/shape";
import { inbound as inboundEn } from "../i18n/presets/en";
import { en as sheetEn } from "../i18n/sheet/en";
import { en as uiEn } from "../i18n/ui/en";

const loaded = new Map<Language, ServerMessages>();
let englishMessages: ServerMessages | undefined;

function english(): ServerMessages {
  if (englishMessages === undefined) {
    englishMessages = { ui: withoutMenu(uiEn()), sheet: sheetEn(), inbound: inboundEn() };
  }
  return englishMessages;
}

function readPack(language: Language): ServerMessages {
  const text = HtmlService.createHtmlOutputFromFile(packFileName(language)).getContent();
  return rehydrate(english(), JSON.parse(text)).messages;
}

/** All of the server's messages in `language`; English when its pack cannot be read. */
export function serverMessages(language: Language): ServerMessages {
  if (language === DEFAULT_LANGUAGE) return english();
  let messages = loaded.get(language);
  if (messages === undefined) {
    try {
      messages = readPack(language);
    } catch {
      messages = english();
    }
    loaded.set(language, messages);
  }
  return messages;
}

/** Dialogs, alerts, toasts and the messages the sidebar shows (by the user's language). */
export function uiText(language: Language): ServerMessages["ui"] {
  return serverMessages(language).ui;
}

/** Template sheets' text (by the spreadsheet's language). */
export function sheetText(language: Language): ServerMessages["sheet"] {
  return serverMessages(language).sheet;
}

/** The default funnel's stage names and owners (by the spreadsheet's language). */
export function inboundText(language: Language): ServerMessages["inbound"] {
  return serverMessages(language).inbound;
}
