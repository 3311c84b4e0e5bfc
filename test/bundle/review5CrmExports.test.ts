/**
 * Review 5: CRM exports through dist/Code.js as Sheets hands them to a custom function.
 *
 * A record log whose stages are the CRM's stage IDs. Pipedrive's API gives a deal's stage as
 * `stage_id`, an integer ("id | int | The ID of the stage", Pipedrive API, Stage), and HubSpot's
 * custom deal stages have numeric internal IDs; a sheet synced from either holds them as numbers
 * (Sheets turns "93412345" into a number). docs/crm-data.md: a stage map's "cells are text; a
 * number is read as its text", and "a log's first cell [is a header] when it names no stage while
 * the cells below do". Without its header the log reads (the numbers name stages through the
 * map); with its header row — as every export has — the header is not recognised, and the error
 * tells the user to add the column title to the CRM names, which would count it as a record.
 * The stage history of the same IDs does recognise its header.
 */
import { loadZonedBundle } from "../harness/zonedBundle";

const bundle = loadZonedBundle("America/New_York", "en_US");
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args);

/** Stage IDs 1 and 2 are SQL, 3 is Opportunity; won makes a customer, lost ends the deal. */
const MAP = [
  ["Lead", "Lead"],
  ["MQL", "MQL"],
  ["SQL", "SQL"],
  ["1", "SQL"],
  ["2", "SQL"],
  ["Opportunity", "Opportunity"],
  ["3", "Opportunity"],
  ["Customer", "Customer"],
  ["won", "Customer"],
  ["lost", ""],
];

describe("review 5: a record log of numeric stage IDs with its header row", () => {
  const log = [[1], [3], [3], [2]];

  it("reads the same as without the header (the header names no stage, the cells below do)", () => {
    const without = call("STAGE_CONVERSION", log, MAP);
    expect(without).toEqual([[1], [1], [0.5], [0], [""]]);
    expect(call("STAGE_CONVERSION", [["Stage ID"], ...log], MAP)).toEqual(without);
  });

  it("with its status column too (Pipedrive's stage_id and status)", () => {
    const rows = [
      [1, "open"],
      [3, "lost"],
      [3, "won"],
      [2, "open"],
    ];
    const without = call("STAGE_CONVERSION", rows, MAP, "", "exclude");
    expect(call("STAGE_CONVERSION", [["Stage ID", "Status"], ...rows], MAP, "", "exclude")).toEqual(
      without,
    );
  });

  it("as the stage history of the same IDs already does", () => {
    const history = [
      [11, 1, "2026-01-05 10:00:00"],
      [11, 3, "2026-01-15 10:00:00"],
      [11, "won", "2026-02-01 10:00:00"],
      [12, 2, "2026-01-07 10:00:00"],
      [12, "lost", "2026-01-20 10:00:00"],
    ];
    expect(
      call("STAGE_CONVERSION", [["Deal ID", "New value", "Update time"], ...history], MAP),
    ).toEqual(call("STAGE_CONVERSION", history, MAP));
  });
});

/**
 * Salesforce writes report date-times in the user's locale with ICU formats ("We use ICU version
 * 71.1, which uses the Unicode Common Locale Data Repository (CLDR) version 41", Salesforce Help,
 * Supported Locales and ICU Formats; "a comma is inserted between date and time" for English
 * locales). CLDR's English (Canada) writes the short date y-MM-dd, the time h:mm a and the day
 * periods "a.m." / "p.m." (CLDR en-CA, as Angular's generated en-CA locale data and Node's ICU
 * show: 2026-01-05, 11:00 p.m.). docs/crm-data.md reads "a time of day (24-hour, or with AM/PM …)";
 * the dotted form is refused as "not a date".
 */
describe("review 5: Salesforce date-times of an English (Canada) user", () => {
  it("read 2026-01-05, 11:00 p.m. as 23:00", () => {
    const toronto = loadZonedBundle("America/Toronto", "en_CA");
    expect(
      toronto.call("STAGE_DAYS", [["2026-01-05, 11:00 p.m.", "2026-01-06, 1:00 a.m.", ""]]),
    ).toEqual([[1 / 12, "", ""]]);
  });
});
