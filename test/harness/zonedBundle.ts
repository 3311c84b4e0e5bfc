import { loadCustomFunctions, type LoadedBundle } from "../../fakes/bundle";
import { FakeWorkbook } from "../../fakes/spreadsheet";

/** A bundle whose spreadsheet shows dates in `zone`, and how often that zone was asked for. */
export interface ZonedBundle extends LoadedBundle {
  zoneReads(): number;
}

/**
 * dist/Code.js as a cell runs it, over a spreadsheet in `zone` — an IANA name, as Sheets returns
 * it ("America/New_York"); custom functions may read it (SPEC §2.10).
 */
export function loadZonedBundle(zone: string): ZonedBundle {
  const bundle = loadCustomFunctions(new FakeWorkbook({}, { timeZone: zone }));
  return {
    ...bundle,
    zoneReads: () =>
      bundle.serviceCalls.filter((c) => c.endsWith(".getSpreadsheetTimeZone")).length,
  };
}
