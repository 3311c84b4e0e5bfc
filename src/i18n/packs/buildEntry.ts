/**
 * Build time only (build/languagePacks.mjs): every non-English language's server messages as the
 * JSON text of its pack. Uses the all-language catalogues, which never enter Code.js.
 */
import { LANGUAGES, type Language } from "../languages";
import { inboundPresetMessages } from "../presets/inbound";
import { sheetMessages } from "../sheet";
import { uiMessages } from "../ui";
import { serializeMessages } from "./serialize";
import { packFileName, withoutMenu, type ServerMessages } from "./shape";

export const PACK_LANGUAGES: readonly Language[] = LANGUAGES.filter((l) => l !== "en");

/** The server's messages of one language, from the typed catalogues (the pack's source). */
export function sourceMessages(language: Language): ServerMessages {
  return {
    ui: withoutMenu(uiMessages(language)),
    sheet: sheetMessages(language),
    inbound: inboundPresetMessages(language),
  };
}

/**
 * The file's text: JSON with "<" escaped, so nothing in it can read as markup (HtmlService serves
 * the file as HTML; getContent() hands back its text as it is).
 */
export function packText(language: Language): string {
  const json = JSON.stringify(serializeMessages(sourceMessages(language), language));
  return json.replace(/</g, "\\u003c");
}

export { packFileName };
