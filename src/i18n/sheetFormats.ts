/**
 * Number formats for dates in template sheets, per spreadsheet locale (SPEC §11). Month headers
 * are real dates (the first of each month); Sheets draws them with the spreadsheet's locale.
 *
 * Google's "Date and number formats" guide for the Sheets API
 * (https://developers.google.com/sheets/api/guides/formats): `mmm` is the month's abbreviated
 * name, `m` its number, `yyyy` the four-digit year, text in double quotes is written as it is, and
 * "the actual rendering of the format depends on the spreadsheet's locale" — so `mmm yyyy` shows
 * the month's short name in the spreadsheet's language ("May 2027" in en_US) with no work of ours. Chinese
 * (and Japanese) write a month as year 年 month 月 — 2027年5月 — which no month-name token gives,
 * so those locales get the pattern spelled out with its literal characters.
 */

/** Locales whose month reads 2027年5月: Chinese in any region, and Japanese. */
const YEAR_MONTH_CHARACTERS = /^(?:zh|ja)(?:[_-]|$)/i;

/** The Sheets number format of a month header ("mmm yyyy"; `yyyy"年"m"月"` in zh_CN). */
export function monthFormatFor(locale: string | null | undefined): string {
  return YEAR_MONTH_CHARACTERS.test((locale ?? "").trim()) ? 'yyyy"年"m"月"' : "mmm yyyy";
}
