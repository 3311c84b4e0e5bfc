/**
 * Dates as the spreadsheet shows them (SPEC §2.11). Every date is turned into *wall-clock
 * milliseconds*: the calendar date and time the sheet displays, counted as if that reading were
 * UTC. Differences of wall-clock milliseconds are what users see (10 days across a daylight-saving
 * change stay 10 days), and calendar fields come out of them with plain UTC arithmetic.
 *
 * Three sources: a `Date` (an instant, read in the spreadsheet's time zone), a date serial (days
 * since 1899-12-30, already wall-clock) and date text as CRMs export it (core/dateText): without a
 * zone it is the sheet's clock already; with one (`Z`, `+02:00`) it names an instant, read in the
 * spreadsheet's time zone exactly as a `Date` is.
 */
import { isBlank, isDate } from "./cellValue";
import {
  applyDayOrder,
  dayOrderOfLocale,
  evidentOrder,
  scanDateText,
  type DayOrder,
} from "./dateText";
import { floor } from "./intrinsics";

export const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 (the wall-clock epoch). */
const UNIX_EPOCH_SERIAL = 25_569;
/** Serial of 9999-12-31, the last day Sheets shows as a date. */
const LAST_SERIAL = 2_958_465;
/** Wall-clock bounds: serial 0 (30 Dec 1899) and the end of 31 Dec 9999. */
const FIRST_MS = -UNIX_EPOCH_SERIAL * MS_PER_DAY;
const END_MS = (LAST_SERIAL + 1 - UNIX_EPOCH_SERIAL) * MS_PER_DAY;
/** Instants further out than any zone offset (±1 day) can't read inside the bounds. */
const FIRST_INSTANT = FIRST_MS - MS_PER_DAY;
const END_INSTANT = END_MS + MS_PER_DAY;

/** What a cell reading gives when the cell means "not reached" (empty, FALSE, 0, spaces). */
export const NOT_REACHED = NaN;
/** What a cell reading gives when the cell holds something that is not a date. */
export const NOT_A_DATE = -Infinity;

const getTime = Date.prototype.getTime;
const utc = Date.UTC;

/** The date serial of a calendar day (month 0-based): calendar arithmetic, no instant, no zone. */
export function serialOfDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** A date serial as wall-clock milliseconds. */
export function serialToWallMs(serial: number): number {
  return (serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY;
}

/**
 * Turns instants into wall-clock milliseconds of one time zone. Built once per custom-function
 * call (never at load): the zone is asked for, and the `Intl` formatter made, only when the first
 * `Date` arrives. Each distinct day costs about one `formatToParts`; a day holding a clock change
 * finds the change's second by bisection once, so no cell ever formats on its own.
 */
export class ZoneClock {
  private format: Intl.DateTimeFormat | undefined;
  /** Offset (wall minus instant) at the start of each UTC day, by day number. */
  private readonly dayStart = new Map<number, number>();
  /** Per UTC day: the instant the offset changes (Infinity if it doesn't) and both offsets. */
  private readonly days = new Map<number, { changeAt: number; before: number; after: number }>();

  /** `zone` is asked once, lazily; undefined (or a zone Intl doesn't know) is the runtime's. */
  constructor(private readonly zone: () => string | undefined) {}

  /** Wall-clock milliseconds of a valid instant. */
  wallMs(instant: number): number {
    const day = floor(instant / MS_PER_DAY);
    let d = this.days.get(day);
    if (d === undefined) d = this.resolveDay(day);
    return instant + (instant < d.changeAt ? d.before : d.after);
  }

  private resolveDay(day: number): { changeAt: number; before: number; after: number } {
    const start = day * MS_PER_DAY;
    const before = this.offsetAtDayStart(day);
    const after = this.offsetAtDayStart(day + 1);
    let changeAt = Infinity;
    if (before !== after) {
      // Clock changes happen on whole seconds: bisect to the first second with the new offset.
      let lo = start;
      let hi = start + MS_PER_DAY;
      while (hi - lo > 1000) {
        const mid = lo + floor((hi - lo) / 2000) * 1000;
        if (this.offsetAt(mid) === before) lo = mid;
        else hi = mid;
      }
      changeAt = hi;
    }
    const d = { changeAt, before, after };
    this.days.set(day, d);
    return d;
  }

  private offsetAtDayStart(day: number): number {
    let offset = this.dayStart.get(day);
    if (offset === undefined) {
      offset = this.offsetAt(day * MS_PER_DAY);
      this.dayStart.set(day, offset);
    }
    return offset;
  }

  /** Wall clock minus instant at a whole second, from the zone's own calendar reading. */
  private offsetAt(second: number): number {
    const parts = this.formatter().formatToParts(second);
    let y = 0;
    let mo = 0;
    let d = 0;
    let h = 0;
    let mi = 0;
    let s = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const n = +p.value;
      switch (p.type) {
        case "year":
          y = n;
          break;
        case "month":
          mo = n;
          break;
        case "day":
          d = n;
          break;
        case "hour":
          h = n === 24 ? 0 : n; // some engines print midnight as 24 even with h23
          break;
        case "minute":
          mi = n;
          break;
        case "second":
          s = n;
          break;
      }
    }
    return utc(y, mo - 1, d, h, mi, s) - second;
  }

  private formatter(): Intl.DateTimeFormat {
    if (this.format === undefined) {
      const options: Intl.DateTimeFormatOptions = {
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      };
      const zone = this.zone();
      try {
        this.format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone });
      } catch {
        // A zone name this runtime doesn't know: the runtime's own zone beats failing every date.
        this.format = new Intl.DateTimeFormat("en-US", options);
      }
    }
    return this.format;
  }
}

/** Years a date text may have: Sheets shows dates from 30 Dec 1899 to 31 Dec 9999. */
const FIRST_YEAR = 1899;
const LAST_YEAR = 9999;

/**
 * Date text (core/dateText) as wall-clock milliseconds, or {@link NOT_A_DATE}. A text with a zone
 * (`Z`, `+02:00`, `UTC`) names an instant, read in the spreadsheet's time zone like a `Date`; a
 * text without one is already the sheet's clock. An ambiguous year-last date is read in
 * `dayOrder()`, asked only when one occurs.
 */
function textToWallMs(text: string, clock: ZoneClock, dayOrder: () => DayOrder): number {
  const d = scanDateText(text);
  if (d === undefined || typeof d === "string") return NOT_A_DATE;
  if (d.leading !== undefined && !applyDayOrder(d, evidentOrder(d.leading) ?? dayOrder())) {
    return NOT_A_DATE;
  }
  if (d.year < FIRST_YEAR || d.year > LAST_YEAR) return NOT_A_DATE;
  const fields = utc(d.year, d.month - 1, d.day, d.hour, d.minute, d.second, d.millisecond);
  if (d.offsetMinutes === undefined) return fields;
  const instant = fields - d.offsetMinutes * 60_000;
  if (!(instant >= FIRST_INSTANT && instant < END_INSTANT)) return NOT_A_DATE;
  return clock.wallMs(instant);
}

/** The runtime's own order, for callers that have no spreadsheet locale to ask. */
const runtimeDayOrder = (): DayOrder => dayOrderOfLocale(undefined);

/** Wall-clock milliseconds inside Sheets' date range, or {@link NOT_A_DATE}. */
function inRange(wall: number): number {
  return wall >= FIRST_MS && wall < END_MS ? wall : NOT_A_DATE;
}

/**
 * One cell of a stage-date matrix as wall-clock milliseconds: {@link NOT_REACHED} for empty,
 * FALSE, 0 and white space; {@link NOT_A_DATE} for anything that is not a date (TRUE, other
 * text, negative or non-finite numbers, dates outside 30 Dec 1899 – 31 Dec 9999).
 * A `Date` showing exactly 30 Dec 1899 00:00 is a 0 formatted as a date: not reached.
 */
export function readDateCell(
  v: unknown,
  clock: ZoneClock,
  dayOrder: () => DayOrder = runtimeDayOrder,
): number {
  if (typeof v === "number") {
    if (v > 0 && v <= LAST_SERIAL) return serialToWallMs(v);
    return v === 0 ? NOT_REACHED : NOT_A_DATE;
  }
  if (isDate(v)) {
    const t = getTime.call(v);
    if (!(t >= FIRST_INSTANT && t < END_INSTANT)) return NOT_A_DATE;
    const wall = clock.wallMs(t);
    return wall === FIRST_MS ? NOT_REACHED : inRange(wall);
  }
  if (v === false || isBlank(v)) return NOT_REACHED;
  if (typeof v === "string") {
    const wall = textToWallMs(v.trim(), clock, dayOrder);
    return wall === NOT_A_DATE ? wall : inRange(wall);
  }
  return NOT_A_DATE;
}

/** Why {@link readDateCell} refused a cell, as a phrase following "is …". */
export function whyNotADate(v: unknown, dayOrder: () => DayOrder = runtimeDayOrder): string {
  if (v === true) return "TRUE, not a date";
  if (typeof v === "number") {
    if (v < 0) return `${v}, a negative date serial`;
    if (v > LAST_SERIAL) return `${v}, a date serial after 31 Dec 9999`;
    return "not a finite number";
  }
  if (isDate(v)) {
    return getTime.call(v) === getTime.call(v)
      ? "a date outside 30 Dec 1899 – 31 Dec 9999"
      : "an invalid date";
  }
  if (typeof v === "string") {
    const text = v.trim();
    const shown = text.length > 30 ? `${text.slice(0, 27)}...` : text;
    const d = scanDateText(text);
    if (d === "two-digit year") {
      return `"${shown}", a date with a two-digit year (format the column with four-digit years, as 3/15/2026)`;
    }
    if (d === undefined) return `"${shown}", which is not a date`;
    const exists =
      typeof d !== "string" &&
      (d.leading === undefined || applyDayOrder(d, evidentOrder(d.leading) ?? dayOrder()));
    return exists
      ? `"${shown}", a date outside 30 Dec 1899 – 31 Dec 9999`
      : `"${shown}", which is not a date in the calendar`;
  }
  return "not a date";
}

/** Calendar fields of wall-clock milliseconds. */
export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** Day number (days since 1970-01-01) → calendar date, by integer arithmetic (H. Hinnant). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36_524) - floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const day = doy - floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Wall-clock milliseconds as "2026-01-15" (for messages and labels). */
export function isoDay(wall: number): string {
  const { year, month, day } = civilFromDays(floor(wall / MS_PER_DAY));
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}
