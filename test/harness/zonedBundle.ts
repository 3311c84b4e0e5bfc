import { loadBundle, type LoadedBundle } from "../../fakes/bundle";

/** A bundle whose spreadsheet shows dates in `zone`, and how often that zone was asked for. */
export interface ZonedBundle extends LoadedBundle {
  zoneReads(): number;
}

/**
 * dist/Code.js loaded with the one SpreadsheetApp call custom functions may make
 * (`getActiveSpreadsheet().getSpreadsheetTimeZone()`, SPEC §2.10), answering `zone` — an IANA
 * name, as Sheets returns it ("America/New_York").
 */
export function loadZonedBundle(zone: string): ZonedBundle {
  let reads = 0;
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => ({
      getSpreadsheetTimeZone: () => {
        reads++;
        return zone;
      },
    }),
  };
  const bundle = loadBundle({ SpreadsheetApp });
  return { ...bundle, zoneReads: () => reads };
}
