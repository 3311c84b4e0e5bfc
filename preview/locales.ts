/**
 * The locales the preview's switch offers (SPEC §11): a user locale per language we ship, as
 * Session.getActiveUserLocale reports it, and spreadsheet locales whose money formats differ.
 */
export const USER_LOCALES: readonly string[] = ["en", "sv", "ru", "pl", "zh_CN"];

export const SPREADSHEET_LOCALES: readonly string[] = [
  "en_US",
  "en_IE",
  "sv_SE",
  "ru_RU",
  "pl_PL",
  "zh_CN",
];
