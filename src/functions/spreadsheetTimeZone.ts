/**
 * The spreadsheet's time zone, the one thing a custom function may read from SpreadsheetApp
 * (SPEC §2.10): `getSpreadsheetTimeZone()` needs no authorization. Read lazily, inside a call,
 * never at load; where there is no spreadsheet (tests, the preview, a standalone script) the
 * runtime's own zone applies (undefined).
 */

/**
 * The slice of Apps Script's SpreadsheetApp read here, declared in this module only: the rest of
 * src/functions sees no Apps Script type, so no other custom-function code can call a service.
 */
declare const SpreadsheetApp:
  { getActiveSpreadsheet(): { getSpreadsheetTimeZone(): string } | null } | undefined;

export function spreadsheetTimeZone(): string | undefined {
  if (typeof SpreadsheetApp === "undefined") return undefined;
  try {
    const zone: unknown = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone();
    return typeof zone === "string" && zone !== "" ? zone : undefined;
  } catch {
    return undefined;
  }
}
