/**
 * What Sheets makes of a string written with setValue(s): the same as typing it into the cell.
 * Numbers, percents, currency amounts, booleans and dates become those types, read in the
 * spreadsheet's locale (decimal comma in de_DE and sv_SE, "24 000 kr" grouped by spaces in sv_SE,
 * day-first dates in en_GB, month names in the locale's language…); a leading apostrophe
 * keeps the rest as text; "=…" is a formula. Every pattern here is linear (no nested quantifiers).
 *
 * Sources: the spreadsheet's locale (File ▸ Settings) decides how typed numbers and dates are
 * recognised — decimal comma and semicolon syntax in most of Europe (Ben Collins, "Syntax
 * differences in your formulas due to your Google Sheets location", benlcollins.com), numbers,
 * dates and currencies recognised per locale (Stack Overflow 73767719, "locale differences in
 * google sheets"). The symbols are CLDR's (fakes/locale.ts). Where the sources are silent (which
 * two-digit years, whether a space groups digits in English) the stricter reading is taken.
 */
import { dateFromSerial, midnightIn } from "./dates";
import { GROUPING_SPACES, localeSymbols, typedMonthNames, type LocaleSymbols } from "./locale";

export type TypedValue =
  | { kind: "text"; value: string }
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number; format?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "date"; value: Date; format: string };

const MS_PER_DAY = 86_400_000;
/** "15 September 2026, 12:30:45 PM" and the longest month names of other languages fit. */
const MAX_DATE_LENGTH = 48;
/** The serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const YEAR_FIRST = new Set(["ja", "zh", "ko", "hu", "lt", "sv"]);
const CURRENCY = ["R$", "CHF", "zł", "kr", "$", "€", "£", "¥", "₹", "₽"];

interface LocaleRules extends LocaleSymbols {
  /** The order of a date written with numbers only when the year is not what marks it. */
  dateOrder: "MDY" | "DMY" | "YMD";
  /** Characters typed as the grouping separator (any space where the locale groups by one). */
  groups: string;
}

export function localeRules(locale: string): LocaleRules {
  const [language, region] = locale.split(/[_-]/);
  const symbols = localeSymbols(locale);
  const dateOrder =
    language === "en" && (region === "US" || region === undefined)
      ? "MDY"
      : YEAR_FIRST.has(language)
        ? "YMD"
        : "DMY";
  const groups = GROUPING_SPACES.includes(symbols.group) ? GROUPING_SPACES : symbols.group;
  return { ...symbols, dateOrder, groups };
}

/** "1,234.5" (en), "1.234,5" (de), "1 234,5" (sv) → 1234.5; undefined when not a plain number. */
function parsePlainNumber(text: string, rules: LocaleRules): number | undefined {
  let body = text;
  let sign = 1;
  if (body.startsWith("-") || body.startsWith("+") || body.startsWith("\u2212")) {
    if (!body.startsWith("+")) sign = -1;
    body = body.slice(1);
  }
  if (/^\d+(e[+-]?\d+)?$/i.test(body)) return sign * Number(body);
  const [whole, fraction, ...rest] = body.split(rules.decimal);
  if (rest.length > 0) return undefined;
  if (fraction !== undefined && !/^\d*$/.test(fraction)) return undefined;
  const digits = /^\d*$/.test(whole) ? whole : ungroup(whole, rules.groups);
  if (digits === undefined || (digits === "" && !fraction)) return undefined;
  return sign * Number(`${digits || "0"}.${fraction || "0"}`);
}

/** "1,234,567" → "1234567" when every group after the first has three digits. */
function ungroup(whole: string, groups: string): string | undefined {
  let digits = "";
  let run = 0;
  let first = true;
  for (const ch of whole) {
    if (ch >= "0" && ch <= "9") {
      digits += ch;
      run++;
    } else if (groups.includes(ch)) {
      if (run === 0 || run > 3 || (!first && run !== 3)) return undefined;
      first = false;
      run = 0;
    } else return undefined;
  }
  return !first && run === 3 ? digits : undefined;
}

function stripCurrency(text: string): { body: string; symbol?: string; suffix?: boolean } {
  for (const symbol of CURRENCY) {
    if (text.startsWith(symbol)) return { body: text.slice(symbol.length).trim(), symbol };
    if (text.endsWith(symbol))
      return { body: text.slice(0, -symbol.length).trim(), symbol, suffix: true };
    if (text.startsWith(`-${symbol}`))
      return { body: `-${text.slice(symbol.length + 1).trim()}`, symbol };
  }
  return { body: text };
}

function calendarDate(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** 2-digit years as Sheets reads them: 00–29 this century, 30–99 the last. */
function fullYear(y: number, digits: number): number {
  return digits <= 2 ? y + (y < 30 ? 2000 : 1900) : y;
}

/**
 * Dates written with numbers: ISO "2026-03-15"; "15.03.2026", "15/03/2026", "3/15/2026". A
 * four-digit year first or last fixes the order; day and month then follow the locale (month
 * first only in en_US). Two-digit years leave the whole order to the locale.
 */
function numericDate(text: string, rules: LocaleRules): [number, number, number] | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const parts = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/.exec(text);
  if (!parts) return undefined;
  const [a, b, c] = [Number(parts[1]), Number(parts[3]), Number(parts[4])];
  if (parts[1].length === 4) return [a, b, c];
  const dayFirst = rules.dateOrder !== "MDY";
  if (parts[4].length === 4 || rules.dateOrder !== "YMD") {
    const year = fullYear(c, parts[4].length);
    return dayFirst ? [year, b, a] : [year, a, b];
  }
  return [fullYear(a, parts[1].length), b, c];
}

/**
 * Dates with a month name, in English or the locale's language: "15 mars 2026", "15. März 2026",
 * "Mar 15, 2026", "maj 2027" (the 1st), and Chinese "2027年5月15日" / "2027年5月".
 */
function namedDate(
  text: string,
  locale: string,
): { date: [number, number, number]; withDay: boolean; chinese?: boolean } | undefined {
  const chinese = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(text);
  if (chinese) {
    const withDay = chinese[3] !== undefined;
    return {
      date: [Number(chinese[1]), Number(chinese[2]), withDay ? Number(chinese[3]) : 1],
      withDay,
      chinese: true,
    };
  }
  const match = /^(?:(\d{1,2})\.?\s+)?([\p{L}]{3,12})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/u.exec(text);
  if (!match || (match[1] && match[3])) return undefined;
  const month = typedMonthNames(locale).get(match[2].toLowerCase());
  if (month === undefined) return undefined;
  const day = match[1] ?? match[3];
  return { date: [Number(match[4]), month + 1, day ? Number(day) : 1], withDay: day !== undefined };
}

/** "14:30", "14:30:05", "2:30 PM": [hours, minutes, seconds], or undefined. */
function timeOfDay(text: string): [number, number, number] | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/.exec(text);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  if (m[4]) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return [hours, minutes, seconds];
}

/**
 * A date, or a date and time as CRM exports write them ("2026-01-15 09:32", "15/01/2026 09:32",
 * "1/15/2026, 9:32 AM"): the wall-clock time in the spreadsheet's zone.
 */
function parseDate(
  text: string,
  rules: LocaleRules,
  locale: string,
  timeZone: string,
): { value: Date; format: string } | undefined {
  // A date is short: longer text is never one, and the patterns below only ever see a few dozen
  // characters (so none can take long, whatever a cell holds).
  if (text.length > MAX_DATE_LENGTH) return undefined;
  const split = /^(.*?\d),?\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)$/.exec(text);
  if (split) {
    const time = timeOfDay(split[2]);
    const day = time && parseDay(split[1], rules, locale);
    if (!time || !day) return undefined;
    const [y, m, d] = day.ymd;
    const serial = Date.UTC(y, m - 1, d, ...time) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
    const seconds = time[2] > 0 || /:\d{2}:\d{2}/.test(split[2]);
    return {
      value: dateFromSerial(serial, timeZone),
      format: `yyyy-mm-dd hh:mm${seconds ? ":ss" : ""}`,
    };
  }
  const day = parseDay(text, rules, locale);
  return day && { value: midnightIn(...day.ymd, timeZone), format: day.format };
}

function parseDay(
  text: string,
  rules: LocaleRules,
  locale: string,
): { ymd: [number, number, number]; format: string } | undefined {
  const numeric = numericDate(text, rules);
  const named = numeric ? undefined : namedDate(text, locale);
  const ymd = numeric ?? named?.date;
  if (!ymd || !calendarDate(...ymd)) return undefined;
  const format = !named
    ? "yyyy-mm-dd"
    : named.chinese
      ? named.withDay
        ? 'yyyy"年"m"月"d"日"'
        : 'yyyy"年"m"月"'
      : named.withDay
        ? "d mmm yyyy"
        : "mmm yyyy";
  return { ymd, format };
}

/**
 * A formula typed in a decimal-comma locale, in the canonical syntax the engine (and setFormula)
 * uses. In those locales Sheets writes "," as the decimal point, ";" between arguments and "\\"
 * between the columns of an array literal (benlcollins.com/spreadsheets/sheets-location;
 * stackoverflow.com/questions/73767719), so a typed "=ROUND(1,5;0)" is ROUND(1.5, 0) — and an
 * English-syntax "=ROUND(1.5, 0)" typed there is misread: its comma becomes a decimal point.
 * Text inside quotes is left as it is.
 */
function canonicalFormula(input: string, decimal: string): string {
  if (decimal === ".") return input;
  let out = "";
  let quoted = false;
  let braces = 0;
  for (const ch of input) {
    if (ch === '"') quoted = !quoted;
    if (quoted) {
      out += ch;
      continue;
    }
    if (ch === "{") braces++;
    if (ch === "}") braces--;
    if (ch === ",") out += ".";
    else if (ch === ";") out += braces > 0 ? ";" : ",";
    else if (ch === "\\" && braces > 0) out += ",";
    else out += ch;
  }
  return out;
}

/** A string as Sheets stores it when it is written to a cell. */
export function parseTypedInput(input: string, locale: string, timeZone: string): TypedValue {
  if (input.startsWith("'")) return { kind: "text", value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) {
    return { kind: "formula", formula: canonicalFormula(input, localeRules(locale).decimal) };
  }
  const text = input.trim();
  if (text === "") return { kind: "text", value: input };
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  const rules = localeRules(locale);
  const percent = text.endsWith("%");
  const { body, symbol, suffix } = stripCurrency(percent ? text.slice(0, -1).trim() : text);
  const n = parsePlainNumber(body, rules);
  if (n !== undefined && Number.isFinite(n)) {
    if (percent && !symbol) return { kind: "number", value: n / 100, format: "0.00%" };
    if (symbol && !percent) {
      const format = suffix ? `#,##0.00 [$${symbol}]` : `[$${symbol}]#,##0.00`;
      return { kind: "number", value: n, format };
    }
    if (!percent && !symbol) return { kind: "number", value: n };
  }
  const date = parseDate(text, rules, locale, timeZone);
  if (date) return { kind: "date", ...date };
  return { kind: "text", value: input };
}
