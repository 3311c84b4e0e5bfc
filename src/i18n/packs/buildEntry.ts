/**
 * Build time only (build/languagePacks.mjs): every language's server messages as the JSON text of
 * its pack. Uses the all-language catalogues, which never enter Code.js.
 */
import { LANGUAGES, type Language } from "../languages";
import { inboundPresetMessages } from "../presets/inbound";
import { sheetMessages } from "../sheet";
import { uiMessages } from "../ui";
import { serializeMessages } from "./serialize";
import { packFileName, withoutMenu, type ServerMessages } from "./shape";

/** Every language has a pack: English's holds the template sheets' text Code.js does not carry. */
export const PACK_LANGUAGES: readonly Language[] = LANGUAGES;

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
  // English is read on its own (templates marked); the others are read against English.
  const json = JSON.stringify(
    serializeMessages(sourceMessages(language), language, language === "en"),
  );
  return json.replace(/</g, "\\u003c");
}

export { packFileName };
