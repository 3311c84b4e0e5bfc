/**
 * The spreadsheet's locale ("en_US", "de_DE"), read only when a text date is ambiguous
 * (03/04/2026) and the data itself does not show its day order (SPEC §2.11). A read-only getter
 * of the active spreadsheet, like getSpreadsheetTimeZone: Google's "Custom functions" guide lets
 * custom functions use the Spreadsheet service read-only (get methods, never set methods). Where
 * there is no spreadsheet, or the call is refused, the runtime's own locale applies (undefined).
 */
export function spreadsheetLocale(): string | undefined {
  if (typeof SpreadsheetApp === "undefined") return undefined;
  try {
    const locale: unknown = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale();
    return typeof locale === "string" && locale !== "" ? locale : undefined;
  } catch {
    return undefined;
  }
}
