import { loadBundle, type LoadedBundle } from "../../fakes/bundle";

/** A bundle whose spreadsheet shows dates in `zone`, and how often that zone was asked for. */
export interface ZonedBundle extends LoadedBundle {
  zoneReads(): number;
  /** How often the spreadsheet's locale was asked for (only for ambiguous text dates). */
  localeReads(): number;
}

/**
 * dist/Code.js loaded with the SpreadsheetApp calls custom functions may make: the active
 * spreadsheet's read-only getters `getSpreadsheetTimeZone()` (SPEC §2.10), answering `zone` — an
 * IANA name, as Sheets returns it ("America/New_York") — and `getSpreadsheetLocale()`, answering
 * `locale` as Sheets does ("en_US", "de_DE"). Google's "Custom functions" guide allows the
 * Spreadsheet service read-only there. Anything else on the spreadsheet is absent, so a call to
 * it fails as a refused service would.
 */
export function loadZonedBundle(zone: string, locale = "en_US"): ZonedBundle {
  let reads = 0;
  let localeReads = 0;
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => ({
      getSpreadsheetTimeZone: () => {
        reads++;
        return zone;
      },
      getSpreadsheetLocale: () => {
        localeReads++;
        return locale;
      },
    }),
  };
  const bundle = loadBundle({ SpreadsheetApp });
  return { ...bundle, zoneReads: () => reads, localeReads: () => localeReads };
}
