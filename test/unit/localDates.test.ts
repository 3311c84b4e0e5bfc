/**
 * How one stage-date cell reads: blanks come from the shared cell reader (SPEC §2.11: empty,
 * FALSE, 0 and any white space are "not reached"), dates from another realm are dates.
 */
import vm from "node:vm";
import {
  NOT_A_DATE,
  NOT_REACHED,
  ZoneClock,
  readDateCell,
  serialToWallMs,
} from "../../src/core/localDates";

const clock = new ZoneClock(() => "UTC");

describe("readDateCell", () => {
  it("reads empty, FALSE, 0 and white space of any kind as not reached", () => {
    for (const v of ["", " ", "\t\n", "\u00a0", "\u202f", "\u3000 ", undefined, null, false, 0]) {
      expect(readDateCell(v, clock)).toBe(NOT_REACHED);
    }
  });

  it("reads a date, a serial and ISO text (with white space around it) as the same day", () => {
    const foreign: unknown = vm.runInNewContext('new Date("2026-01-15T00:00:00Z")');
    const jan15 = serialToWallMs(46037);
    expect(readDateCell(foreign, clock)).toBe(jan15);
    expect(readDateCell(46037, clock)).toBe(jan15);
    expect(readDateCell("\u00a02026-01-15 ", clock)).toBe(jan15);
  });

  it("refuses TRUE, other text and negative serials", () => {
    for (const v of [true, "x", "\u00a0x", -1, "2026-01-15T10:00Zulu", "3/15/26"]) {
      expect(readDateCell(v, clock)).toBe(NOT_A_DATE);
    }
  });
});
