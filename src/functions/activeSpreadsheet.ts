/**
 * The only part of Apps Script the custom functions touch: read-only getters of the active
 * spreadsheet, which Google's "Custom functions" guide allows (SPEC §2.10). Declared in this module
 * alone — src/functions sees no Apps Script types — so no other custom-function code can reach a
 * service. Read lazily, inside a call, never at load.
 */
declare const SpreadsheetApp:
  | {
      getActiveSpreadsheet(): {
        getSpreadsheetTimeZone(): string;
        getSpreadsheetLocale(): string;
      } | null;
    }
  | undefined;

/** What the spreadsheet answers to `read`, or undefined: no spreadsheet, a refused call, "". */
export function readSpreadsheet(
  read: (sheet: { getSpreadsheetTimeZone(): string; getSpreadsheetLocale(): string }) => unknown,
): string | undefined {
  if (typeof SpreadsheetApp === "undefined") return undefined;
  try {
    const sheet = SpreadsheetApp.getActiveSpreadsheet();
    const value = sheet ? read(sheet) : undefined;
    return typeof value === "string" && value !== "" ? value : undefined;
  } catch {
    return undefined;
  }
}
