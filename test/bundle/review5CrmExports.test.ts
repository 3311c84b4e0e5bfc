import { loadZonedBundle } from "../harness/zonedBundle";

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
