/**
 * The server's text in one language (SPEC §11, §8). English UI text is typed code in Code.js; the
 * template sheets' text (English too) and every other language are read from language packs
 * (dist/lang_<code>.html, built from the typed catalogues) the first time a command needs them —
 * never at load — and kept for the rest of the execution (Apps Script evaluates Code.js anew for
 * each one). A language whose pack cannot be read gives English, so a command still works. The menu is not here: src/i18n/menu carries every language's labels.
 */
import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { rehydrate } from "../i18n/packs/rehydrate";
import { packFileName, withoutMenu, type ServerMessages } from "../i18n/packs/shape";
import { readMarked } from "../i18n/packs/template";
import { en as uiEn } from "../i18n/ui/en";

type ServerUi = ServerMessages["ui"];

const loaded = new Map<Language, ServerMessages>();
let englishUiMessages: ServerUi | undefined;

/** English UI text: typed code in Code.js, so dialogs and store messages never need a file. */
function englishUi(): ServerUi {
  englishUiMessages ??= withoutMenu(uiEn());
  return englishUiMessages;
}

function packData(language: Language): unknown {
  return JSON.parse(HtmlService.createHtmlOutputFromFile(packFileName(language)).getContent());
}

/**
 * English: the UI from code, the template sheets and default preset from its pack (they are only
 * needed by commands that build sheets, so Code.js does not carry them). Without that file the
 * add-on cannot build a sheet: the command fails with this message.
 */
function english(): ServerMessages {
  let messages = loaded.get(DEFAULT_LANGUAGE);
  if (messages === undefined) {
    let data: ServerMessages | undefined;
    let failure = "";
    try {
      data = readMarked(packData(DEFAULT_LANGUAGE)) as ServerMessages;
    } catch (e) {
      failure = String((e as { message?: unknown })?.message ?? e);
    }
    if (data === undefined) {
      throw new Error(
        `Funnel Math could not read its template text (${packFileName(DEFAULT_LANGUAGE)}.html): ${failure}. Reinstall or redeploy the add-on.`,
      );
    }
    messages = { ui: englishUi(), sheet: data.sheet, inbound: data.inbound };
    loaded.set(DEFAULT_LANGUAGE, messages);
  }
  return messages;
}

/** All of the server's messages in `language`; English when its pack cannot be read. */
export function serverMessages(language: Language): ServerMessages {
  if (language === DEFAULT_LANGUAGE) return english();
  let messages = loaded.get(language);
  if (messages === undefined) {
    try {
      messages = rehydrate(english(), packData(language)).messages;
    } catch {
      messages = english();
    }
    loaded.set(language, messages);
  }
  return messages;
}

/** Dialogs, alerts, toasts and the messages the sidebar shows (by the user's language). */
export function uiText(language: Language): ServerUi {
  if (language === DEFAULT_LANGUAGE) return englishUi();
  try {
    return serverMessages(language).ui;
  } catch {
    return englishUi();
  }
}

/** Template sheets' text (by the spreadsheet's language). */
export function sheetText(language: Language): ServerMessages["sheet"] {
  return serverMessages(language).sheet;
}

/** The default funnel's stage names and owners (by the spreadsheet's language). */
export function inboundText(language: Language): ServerMessages["inbound"] {
  return serverMessages(language).inbound;
}
