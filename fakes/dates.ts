/**
 * Spreadsheet date serials (days since 1899-12-30, as Sheets and the formula engine count them)
 * and the spreadsheet's time zone. Sheets stores a date as a serial of wall-clock time in the
 * spreadsheet's zone: a `Date` written to a cell becomes the serial of its wall-clock time there,
 * and a date cell read back is the instant of that wall-clock time in that zone. So a UTC midnight
 * (`Date.UTC(2026, 1, 1)`) shows as 31 January in New York.
 */
const MS_PER_DAY = 86_400_000;
/** The serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Tests default to a zone west of UTC, so a UTC-midnight date shows the day before (SPEC §10). */
export const DEFAULT_TIME_ZONE = "America/New_York";

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws like Sheets' settings dialog would for a zone it does not know. */
export function checkTimeZone(timeZone: string): string {
  try {
    formatter(timeZone);
  } catch {
    throw new Error(`Invalid time zone: ${timeZone}`);
  }
  return timeZone;
}

/** The wall-clock time of `instant` in `timeZone`, as milliseconds of a UTC-based calendar. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type in parts) parts[p.type as keyof typeof parts] = Number(p.value);
  }
  const ms = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    ms,
  );
}

/** The serial of a Date's wall-clock time in the spreadsheet's zone. */
export function serialFromDate(date: Date, timeZone: string): number {
  return wallClockMs(date.getTime(), timeZone) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The instant whose wall-clock time in the spreadsheet's zone is the serial. */
export function dateFromSerial(serial: number, timeZone: string): Date {
  const wall = Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  // Offset at a guess, then again at the corrected instant (DST edges move it once at most).
  let instant = wall - (wallClockMs(wall, timeZone) - wall);
  instant = wall - (wallClockMs(instant, timeZone) - instant);
  return new Date(instant);
}

/** The calendar date a serial stands for, as a UTC-midnight Date (for formatting, zone-free). */
export function calendarDateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** "2026-01-31" (and " 13:05:00" when not midnight): a Date as shown in the spreadsheet's zone. */
export function displayDate(date: Date, timeZone: string): string {
  const wall = new Date(wallClockMs(date.getTime(), timeZone));
  const day = wall.toISOString().slice(0, 10);
  const time = wall.toISOString().slice(11, 19);
  return time === "00:00:00" ? day : `${day} ${time}`;
}

/** The instant of midnight on a calendar day in the spreadsheet's zone (typed dates). */
export function midnightIn(year: number, month: number, day: number, timeZone: string): Date {
  return dateFromSerial(Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL, timeZone);
}
