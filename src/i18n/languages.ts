/**
 * The languages Funnel Math speaks (SPEC §11) and how a locale picks one. Apps Script reports a
 * user's locale as "sv", "pt_BR" or "zh_CN" (Session.getActiveUserLocale, possibly empty in
 * restricted auth modes) and a spreadsheet's as "sv_SE", "ru_RU" or "en_US"
 * (Spreadsheet.getSpreadsheetLocale); browsers say "zh-CN". One function reads them all.
 */
export const LANGUAGES = ["en", "sv", "ru", "pl", "zh-CN"] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "en";

/**
 * Chinese written in Traditional characters (Taiwan, Hong Kong, Macau, or an explicit "Hant"
 * script) is a different written language from the Simplified Chinese we ship: it falls back to
 * English like any other language we do not have, rather than getting the wrong script.
 */
const TRADITIONAL_CHINESE = /^zh[_-](tw|hk|mo|hant)\b/i;

/** The language for a locale ("sv_SE", "zh-CN", "ru"); anything unknown or empty → English. */
export function resolveLanguage(locale: string | null | undefined): Language {
  const tag = typeof locale === "string" ? locale.trim() : "";
  if (tag === "") return DEFAULT_LANGUAGE;
  const base = (tag.split(/[_-]/)[0] ?? "").toLowerCase();
  if (base === "zh") return TRADITIONAL_CHINESE.test(tag) ? DEFAULT_LANGUAGE : "zh-CN";
  if (base === "sv" || base === "ru" || base === "pl") return base;
  return DEFAULT_LANGUAGE;
}
