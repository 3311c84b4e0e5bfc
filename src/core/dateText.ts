/**
 * Dates and date-times written as text, as CRM exports write them (SPEC §2.11): ISO
 * (`2026-03-15`, `2026-03-15 14:22`, `2026-03-15T14:22:05.000Z`), year first with slashes or dots
 * (`2026/03/15`), and year last with slashes, dashes or dots (`3/15/2026 2:22 PM`, `15/03/2026`,
 * `15.03.2026`, `15-03-2026 14:22`). A time of day may follow (24-hour or with AM/PM — or a.m./p.m.,
 * as English (Canada) writes them: `2026-01-05, 11:00 p.m.` — seconds and fractions optional),
 * then a zone: `Z`, `UTC`, `GMT`, `+02:00`, `+0200`, `+02`, `GMT+01:00`.
 *
 * One left-to-right scan, no regular expression: the cost is linear in the text's length, so a
 * 50 000-character cell is refused in microseconds (SPEC §9).
 *
 * Year-last dates with slashes or dashes are ambiguous when both leading numbers are 12 or less
 * (`03/04/2026`): the caller decides the order for the whole argument (see {@link DayOrder}).
 * Dots are always day first (15.03.2026): no locale writes month.day.year.
 */

/** Which number comes first in a year-last date: the day (15/03/2026) or the month (3/15/2026). */
export type DayOrder = "dmy" | "mdy";

/** A scanned date-time: calendar fields as written, and the zone when the text names one. */
export interface ScannedDate {
  year: number;
  /** 1–12, or, for an undecided year-last date, the first number as written. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC when the text names a zone (`Z` is 0); undefined for a wall-clock text. */
  offsetMinutes: number | undefined;
  /**
   * For a year-last date with `/` or `-`: the two leading numbers in the order written, so the
   * caller can apply a day order. Undefined when the order is fixed (year first, or dots).
   */
  leading?: [number, number];
}

/** Why a text that looks like a date is not one, as a phrase for a message. */
export type DateTextProblem = "two-digit year" | "not in the calendar";

/** The outcome of a scan: a date, a date-like text that is wrong, or not a date at all. */
export type DateScan = ScannedDate | DateTextProblem | undefined;

const ZERO = 48;
const NINE = 57;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** A run of ASCII digits from `at`: its value and where it ends. */
function digitsAt(text: string, at: number): { value: number; end: number } {
  let end = at;
  let value = 0;
  while (end < text.length && isDigit(text.charCodeAt(end))) {
    value = value * 10 + text.charCodeAt(end) - ZERO;
    end++;
  }
  return { value, end };
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * A space, or the no-break (U+00A0) and narrow no-break (U+202F) spaces that ICU writes before
 * AM/PM since CLDR 42 (a Sheets or browser export copied as text keeps them).
 */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/**
 * AM/PM at `at`: "am"/"pm", or "a.m."/"p.m." as CLDR writes them for English (Canada), which
 * Salesforce reports use for such a user (ICU formats, CLDR 41: "2026-01-05, 11:00 p.m.").
 * Returns 0 for AM, 12 for PM with the index after the word, or undefined.
 */
function meridiemAt(text: string, at: number): { add: number; end: number } | undefined {
  const letter = at < text.length ? text.charCodeAt(at) | 0x20 : 0;
  if (letter !== 97 /* a */ && letter !== 112 /* p */) return undefined;
  const add = letter === 112 ? 12 : 0;
  if (wordAt(text, at + 1, "m")) return { add, end: at + 2 };
  if (wordAt(text, at + 1, ".m.")) return { add, end: at + 4 };
  return undefined;
}

/** Case-insensitive test for an ASCII word at `at`. */
function wordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i) | 0x20;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

const SLASH = 47;
const DASH = 45;
const DOT = 46;
const COLON = 58;

/**
 * A zone at `at` to the end of the text: minutes east of UTC, or undefined when what is there is
 * not a zone. `Z`, `UTC`, `GMT` (each optionally followed by an offset) or a bare `+hh[:mm]`.
 */
function zoneAt(text: string, at: number): number | undefined {
  let i = at;
  const n = text.length;
  let named = false;
  if (i < n && (text.charCodeAt(i) | 0x20) === 122 /* z */ && i + 1 === n) return 0;
  if (wordAt(text, i, "utc") || wordAt(text, i, "gmt")) {
    i += 3;
    named = true;
    if (i === n) return 0;
  }
  const sign = text.charCodeAt(i);
  if (sign !== 43 && sign !== DASH && sign !== 0x2212) return undefined;
  i++;
  const start = i;
  const hours = digitsAt(text, i);
  const hourDigits = hours.end - start;
  let minutes = 0;
  let hh = hours.value;
  i = hours.end;
  if (hourDigits === 4) {
    // +0200
    minutes = hh % 100;
    hh = Math.floor(hh / 100);
  } else if (hourDigits === 1 || hourDigits === 2) {
    if (i < n && text.charCodeAt(i) === COLON) {
      const m = digitsAt(text, i + 1);
      if (m.end - (i + 1) !== 2) return undefined;
      minutes = m.value;
      i = m.end;
    }
    // "GMT+1" and "+02" are whole hours; a bare one-digit hour is too odd to accept.
    if (hourDigits === 1 && !named) return undefined;
  } else return undefined;
  if (i !== n || hh > 14 || minutes > 59) return undefined;
  const total = hh * 60 + minutes;
  return sign === 43 ? total : -total;
}

/**
 * A time of day from `at` to the end of the text, with its zone: fills `out` and returns true, or
 * returns false when the rest is not a time.
 */
function timeAt(text: string, at: number, out: ScannedDate): boolean {
  const n = text.length;
  const h = digitsAt(text, at);
  const hourDigits = h.end - at;
  if (hourDigits < 1 || hourDigits > 2 || h.end >= n || text.charCodeAt(h.end) !== COLON) {
    return false;
  }
  const m = digitsAt(text, h.end + 1);
  if (m.end - (h.end + 1) !== 2) return false;
  let i = m.end;
  let second = 0;
  let millisecond = 0;
  if (i < n && text.charCodeAt(i) === COLON) {
    const s = digitsAt(text, i + 1);
    if (s.end - (i + 1) !== 2) return false;
    second = s.value;
    i = s.end;
    const mark = i < n ? text.charCodeAt(i) : 0;
    if (mark === DOT || mark === 44 /* , */) {
      const f = digitsAt(text, i + 1);
      const fractionDigits = f.end - (i + 1);
      if (fractionDigits < 1 || fractionDigits > 9) return false;
      // Milliseconds from the first three digits; further digits cannot change a reading in days.
      const firstThree = text.slice(i + 1, i + 1 + Math.min(3, fractionDigits)).padEnd(3, "0");
      millisecond = +firstThree;
      i = f.end;
    }
  }
  let hour = h.value;
  let j = skipSpaces(text, i);
  // A zone may follow directly (14:22Z, 14:22+02:00) or after a space.
  const meridiem = meridiemAt(text, j);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return false;
    hour = (hour % 12) + meridiem.add;
    j = skipSpaces(text, meridiem.end);
  }
  if (j < n) {
    const zone = zoneAt(text, j);
    if (zone === undefined) return false;
    out.offsetMinutes = zone;
  }
  if (hour > 23 || m.value > 59 || second > 59) return false;
  out.hour = hour;
  out.minute = m.value;
  out.second = second;
  out.millisecond = millisecond;
  return true;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Scans trimmed text. Returns the fields, a {@link DateTextProblem} for text that is shaped like
 * a date but cannot be one, or undefined for anything else (words, numbers, stage names).
 */
export function scanDateText(text: string): DateScan {
  const n = text.length;
  if (n < 6 || n > 64 || !isDigit(text.charCodeAt(0))) return undefined;
  const first = digitsAt(text, 0);
  const sep = first.end < n ? text.charCodeAt(first.end) : 0;
  if (sep !== DASH && sep !== SLASH && sep !== DOT) return undefined;
  const second = digitsAt(text, first.end + 1);
  if (second.end === first.end + 1 || second.end >= n || text.charCodeAt(second.end) !== sep) {
    return undefined;
  }
  const third = digitsAt(text, second.end + 1);
  if (third.end === second.end + 1) return undefined;
  const len1 = first.end;
  const len2 = second.end - first.end - 1;
  const len3 = third.end - second.end - 1;
  const out: ScannedDate = {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    offsetMinutes: undefined,
  };
  const yearFirst = len1 === 4;
  if (yearFirst) {
    if (len2 > 2 || len3 > 2) return undefined;
    out.year = first.value;
    out.month = second.value;
    out.day = third.value;
  } else {
    if (len1 > 2 || len2 > 2) return undefined;
    if (len3 === 2) return "two-digit year";
    if (len3 !== 4) return undefined;
    out.year = third.value;
    if (sep === DOT) {
      out.day = first.value;
      out.month = second.value;
    } else {
      out.leading = [first.value, second.value];
      // Provisionally month first; {@link applyDayOrder} settles it.
      out.month = first.value;
      out.day = second.value;
    }
  }
  let i = third.end;
  if (i < n) {
    const mark = text.charCodeAt(i);
    if (mark === 84 || mark === 116 /* T, t */) {
      if (!yearFirst || sep !== DASH) return undefined;
      i++;
    } else if (mark === 44 /* , */) {
      i = skipSpaces(text, i + 1);
    } else if (mark === 32) {
      i = skipSpaces(text, i);
    } else return undefined;
    if (!timeAt(text, i, out)) return undefined;
  }
  if (out.year < 1) return "not in the calendar";
  return out.leading === undefined && !validDay(out) ? "not in the calendar" : out;
}

function validDay(d: ScannedDate): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/**
 * The day order a year-last date shows by itself: "dmy" when its first number can only be a day
 * (above 12), "mdy" when its second can only be a day, undefined when both readings are possible.
 */
export function evidentOrder(leading: readonly [number, number]): DayOrder | undefined {
  const [a, b] = leading;
  if (a > 12 && b <= 12) return "dmy";
  if (b > 12 && a <= 12) return "mdy";
  return undefined;
}

/**
 * Settles a year-last date in `order`, in place. False when the date does not exist in that order
 * (31/31/2026, or 2/30/2026).
 */
export function applyDayOrder(d: ScannedDate, order: DayOrder): boolean {
  const leading = d.leading;
  if (leading !== undefined) {
    d.month = order === "mdy" ? leading[0] : leading[1];
    d.day = order === "mdy" ? leading[1] : leading[0];
  }
  return validDay(d);
}

/**
 * The day order of a spreadsheet locale ("en_US", "de_DE", or a BCP 47 tag): month first only
 * where the locale's own short date is month, day, year (the United States, the Philippines, …);
 * day first everywhere else, year-first locales included (they write year-last dates day first
 * when they write them at all). An unknown locale, or none, reads as the runtime's own.
 */
export function dayOrderOfLocale(locale: string | undefined): DayOrder {
  try {
    const tag = locale === undefined || locale === "" ? undefined : locale.split("_").join("-");
    const parts = new Intl.DateTimeFormat(tag, {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      timeZone: "UTC",
    }).formatToParts(Date.UTC(2026, 2, 15));
    let month = -1;
    let day = -1;
    let year = -1;
    for (let i = 0; i < parts.length; i++) {
      const type = parts[i]!.type;
      if (type === "month") month = i;
      else if (type === "day") day = i;
      else if (type === "year") year = i;
    }
    return month >= 0 && month < day && day < year ? "mdy" : "dmy";
  } catch {
    return "dmy";
  }
}

/** A year-last date that shows its day order by itself, where it is (0-based). */
export interface OrderEvidence {
  text: string;
  row: number;
  col: number;
}

/**
 * The first year-last date written day first (15/03/2026) and the first written month first
 * (3/15/2026) among the text cells of `rows` from `firstRow`: what decides how the argument's
 * ambiguous dates (03/04/2026) read. Both present means the argument mixes two formats.
 */
export function dayOrderEvidence(
  rows: readonly (readonly unknown[])[],
  firstRow: number,
): { dmy?: OrderEvidence; mdy?: OrderEvidence } {
  const found: { dmy?: OrderEvidence; mdy?: OrderEvidence } = {};
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const text = v.trim();
      const d = scanDateText(text);
      if (d === undefined || typeof d === "string" || d.leading === undefined) continue;
      const order = evidentOrder(d.leading);
      if (order !== undefined && found[order] === undefined) {
        found[order] = { text, row: r, col: c };
        if (found.dmy !== undefined && found.mdy !== undefined) return found;
      }
    }
  }
  return found;
}
