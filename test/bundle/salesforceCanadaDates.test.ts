/**
 * Guards SPEC §2.11 (dates written as text) for Salesforce report date-times of an English
 * (Canada) user, read through dist/Code.js. Salesforce writes report date-times in the user's
 * locale with ICU formats ("We use ICU version 71.1, which uses the Unicode Common Locale Data
 * Repository (CLDR) version 41", Salesforce Help, Supported Locales and ICU Formats); CLDR's
 * English (Canada) writes the short date y-MM-dd, the time h:mm a, joined by "{1}, {0}", with the
 * day periods "a.m." / "p.m." (CLDR en-CA, as Angular's generated en-CA locale data and Node's
 * ICU show: 2026-01-05, 11:00 p.m.).
 */
import { loadZonedBundle } from "../harness/zonedBundle";

describe("Salesforce date-times of an English (Canada) user", () => {
  it("read 2026-01-05, 11:00 p.m. as 23:00", () => {
    const toronto = loadZonedBundle("America/Toronto", "en_CA");
    expect(
      toronto.call("STAGE_DAYS", [["2026-01-05, 11:00 p.m.", "2026-01-06, 1:00 a.m.", ""]]),
    ).toEqual([[1 / 12, "", ""]]);
  });
});
