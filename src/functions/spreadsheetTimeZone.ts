import { readSpreadsheet } from "./activeSpreadsheet";

/**
 * The spreadsheet's time zone (SPEC §2.10): `getSpreadsheetTimeZone()` needs no authorization.
 * Where there is no spreadsheet (tests, the preview, a standalone script) the runtime's own zone
 * applies (undefined).
 */
export function spreadsheetTimeZone(): string | undefined {
  return readSpreadsheet((sheet) => sheet.getSpreadsheetTimeZone());
}
