/**
 * Which language to speak (SPEC §11): the UI (menu, sidebar, dialogs) follows the user's locale,
 * a template sheet the spreadsheet's, since the sheet is shared. Read only inside a command or
 * trigger, never at load.
 */
import { resolveLanguage, type Language } from "../i18n/languages";

/**
 * The user's language. Session.getActiveUserLocale() ("sv", "zh_CN") may be empty, or unavailable,
 * when a trigger runs with restricted authorization (onOpen in AuthMode.NONE): then English, and
 * the menu is still built.
 */
export function userLanguage(): Language {
  return resolveLanguage(userLocale());
}

/** The spreadsheet's language, from its locale ("sv_SE", "ru_RU", "en_US"). */
export function spreadsheetLanguage(spreadsheet: { getSpreadsheetLocale(): string }): Language {
  return resolveLanguage(spreadsheet.getSpreadsheetLocale());
}

/**
 * The user's locale as Apps Script reports it ("sv", "en_GB"), for numbers and times as well as
 * the language; "" when unknown or refused.
 */
export function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || "";
  } catch {
    return "";
  }
}
