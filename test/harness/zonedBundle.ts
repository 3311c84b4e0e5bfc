import { loadCustomFunctions, type LoadedBundle } from "../../fakes/bundle";
import { FakeWorkbook } from "../../fakes/spreadsheet";

/** A bundle whose spreadsheet shows dates in `zone`, and how often its zone and locale were read. */
export interface ZonedBundle extends LoadedBundle {
  zoneReads(): number;
  localeReads(): number;
}

/**
 * dist/Code.js as a cell runs it (read-only services, fakes/sandbox.ts), over a spreadsheet in
 * `zone` — an IANA name, as Sheets returns it ("America/New_York") — and `locale` ("en_US",
 * "de_DE"). Custom functions may read both (SPEC §2.10): the Spreadsheet service is read-only
 * there, per Google's "Custom functions" guide.
 */
export function loadZonedBundle(zone: string, locale = "en_US"): ZonedBundle {
  const bundle = loadCustomFunctions(new FakeWorkbook({}, { timeZone: zone, locale }));
  const reads = (method: string) => bundle.serviceCalls.filter((c) => c.endsWith(method)).length;
  return {
    ...bundle,
    zoneReads: () => reads(".getSpreadsheetTimeZone"),
    localeReads: () => reads(".getSpreadsheetLocale"),
  };
}
