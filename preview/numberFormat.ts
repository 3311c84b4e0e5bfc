/**
 * Renders a cell value the way Google Sheets shows it under a number format pattern, in the
 * spreadsheet's locale. Covers the patterns the add-on and its templates write — "#,##0", "0.0%",
 * "[$€]#,##0", "#,##0 [$kr]", "+0.0%;-0.0%;0.0%", '0.0"×"', "mmm yyyy", "yyyy-mm-dd" — and
 * degrades to General otherwise. Pure: no DOM, no workbook, so it is unit-tested on its own.
 *
 * The locale draws the symbols, not the pattern (Sheets API guide "Date and number formats":
 * "the actual rendering of the format depends on the spreadsheet's locale"): in a pattern "," is
 * the grouping separator and "." the decimal point, shown as the locale writes them ("#,##0.0" is
 * 1,234.5 in en_US and 1 234,5 in sv_SE), and "mmm"/"mmmm" are the locale's month names ("maj
 * 2027" in sv_SE, "5月 2027" in zh_CN). Symbols and names come from CLDR (fakes/locale.ts).
 */

import { isDate } from "../src/core/cellValue";
import { calendarDateFromSerial, serialFromDate } from "../fakes/dates";
import { localeSymbols, monthNames, type LocaleSymbols } from "../fakes/locale";

/** The locale the formatter assumes when none is given: Sheets' guide writes en_US. */
export const DEFAULT_LOCALE = "en_US";

/** One piece of a section: literal text or the number placeholder run ("#,##0.00"). */
type Token = { kind: "literal"; text: string } | { kind: "number"; pattern: string };

/** Splits a pattern on ";" outside quotes and brackets. */
export function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  let bracketed = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\" && !quoted) {
      current += ch + (pattern[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"' && !bracketed) quoted = !quoted;
    else if (ch === "[" && !quoted) bracketed = true;
    else if (ch === "]" && !quoted) bracketed = false;
    if (ch === ";" && !quoted && !bracketed) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** Literals ("…", \x, [$€-407], plain symbols) and the one run of number placeholders. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === "literal") last.text += text;
    else tokens.push({ kind: "literal", text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(i + 1, stop));
      i = stop;
    } else if (ch === "\\") {
      literal(section[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const stop = end < 0 ? section.length : end;
      const inside = section.slice(i + 1, stop);
      // [$€] or [$€-407] is a currency symbol; colours and conditions ([Red], [>0]) show nothing.
      if (inside.startsWith("$")) literal(inside.slice(1).split("-")[0]);
      i = stop;
    } else if (ch === "_") {
      literal(" "); // "_)" pads with the width of the next character
      i++;
    } else if (ch === "*") {
      i++; // fill character: no fixed width to fill here
    } else if ("#0?,.".includes(ch) && (ch !== "," || /[#0?]/.test(section.slice(0, i)))) {
      const last = tokens[tokens.length - 1];
      if (last?.kind === "number") last.pattern += ch;
      else tokens.push({ kind: "number", pattern: ch });
    } else literal(ch);
  }
  return tokens;
}

function groupThousands(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Formats a non-negative number with a placeholder run such as "#,##0.0#". */
function formatDigits(value: number, pattern: string, symbols: LocaleSymbols): string {
  let scaled = value;
  let body = pattern;
  while (body.endsWith(",")) {
    scaled /= 1000; // trailing commas scale by thousands
    body = body.slice(0, -1);
  }
  const [integerPart, fractionPart = ""] = body.split(".");
  const maxDecimals = fractionPart.replace(/[^#0?]/g, "").length;
  const minDecimals = fractionPart.replace(/[^0]/g, "").length;
  let text = scaled.toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    const [whole, fraction = ""] = text.split(".");
    let trimmed = fraction;
    while (trimmed.length > minDecimals && trimmed.endsWith("0")) trimmed = trimmed.slice(0, -1);
    text = trimmed ? `${whole}.${trimmed}` : whole;
  }
  const [digits, fraction] = text.split(".");
  let whole = digits;
  const minIntegerDigits = integerPart.replace(/[^0]/g, "").length;
  if (whole === "0" && minIntegerDigits === 0) whole = "";
  whole = whole.padStart(minIntegerDigits, "0");
  if (integerPart.includes(",")) whole = groupThousands(whole, symbols.group);
  return fraction === undefined ? whole : `${whole}${symbols.decimal}${fraction}`;
}

/** Sheets' "General": integers as they are, others to at most 10 significant digits. */
export function formatGeneral(value: number, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  const text =
    abs !== 0 && (abs >= 1e15 || abs < 1e-9)
      ? value.toExponential(2).toUpperCase()
      : String(Number(value.toPrecision(10)));
  return text.replace(".", localeSymbols(locale).decimal);
}

/** True when a section formats dates (y, m, d tokens outside quotes, no digit placeholders). */
export function isDatePattern(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[ydmhs]/i.test(bare) && !/[#0?]/.test(bare);
}

/** A serial number or Date → the UTC calendar date it stands for. */
export function toDate(value: number | Date): Date {
  return typeof value === "number" ? calendarDateFromSerial(value) : value;
}

/** Whether a date pattern has a day (then month names take the form they have beside a day). */
function hasDay(pattern: string): boolean {
  return /d/i.test(pattern.replace(/"[^"]*"/g, ""));
}

export function formatDate(value: number | Date, pattern: string, locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const names = monthNames(locale);
  const withDay = hasDay(pattern);
  const time = {
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
    seconds: date.getUTCSeconds(),
  };
  let lastToken = "";
  const two = (n: number) => String(n).padStart(2, "0");
  let out = "";
  for (let i = 0; i < pattern.length;) {
    const rest = pattern.slice(i);
    const quoted = /^"([^"]*)"/.exec(rest);
    const run = /^(y+|m+|d+|h+|s+)/i.exec(rest);
    if (quoted) {
      out += quoted[1];
      i += quoted[0].length;
    } else if (run) {
      const token = run[1].toLowerCase();
      i += token.length;
      // "m" after an hour or before seconds is minutes, as in Sheets' and Excel's patterns.
      const minutes = token[0] === "m" && (lastToken === "h" || /^:?s/i.test(pattern.slice(i)));
      lastToken = token[0];
      if (token[0] === "y") out += token.length <= 2 ? two(year % 100) : String(year);
      else if (token[0] === "d") out += token.length === 1 ? String(day) : two(day);
      else if (token[0] === "h") out += token.length === 1 ? String(time.hours) : two(time.hours);
      else if (token[0] === "s")
        out += token.length === 1 ? String(time.seconds) : two(time.seconds);
      else if (minutes) out += token.length === 1 ? String(time.minutes) : two(time.minutes);
      else if (token.length >= 4) out += (withDay ? names.longWithDay : names.long)[month];
      else if (token.length === 3) out += (withDay ? names.shortWithDay : names.short)[month];
      else out += token.length === 2 ? two(month + 1) : String(month + 1);
    } else if (rest[0] === "\\") {
      out += rest[1] ?? "";
      i += 2;
    } else {
      out += rest[0];
      i += 1;
    }
  }
  return out;
}

/** Chooses the section for a number: positive;negative;zero (a missing one falls back to the first). */
function pickSection(value: number, sections: string[]): { section: string; signed: boolean } {
  if (value < 0 && sections.length >= 2) return { section: sections[1], signed: false };
  if (value === 0 && sections.length >= 3) return { section: sections[2], signed: false };
  return { section: sections[0], signed: value < 0 };
}

/** A number as Sheets displays it under `pattern` (empty or "General" = General). */
export function formatNumber(value: number, pattern?: string, locale = DEFAULT_LOCALE): string {
  if (!pattern || /^general$/i.test(pattern.trim())) return formatGeneral(value, locale);
  const symbols = localeSymbols(locale);
  const sections = splitSections(pattern);
  const { section, signed } = pickSection(value, sections);
  if (isDatePattern(section)) return formatDate(value, section, locale);
  const tokens = tokenize(section);
  const numberToken = tokens.find((t) => t.kind === "number");
  const percents = tokens.reduce(
    (n, t) => n + (t.kind === "literal" ? (t.text.match(/%/g)?.length ?? 0) : 0),
    0,
  );
  const magnitude = Math.abs(value) * 100 ** percents;
  const body = tokens
    .map((t) => (t.kind === "literal" ? t.text : formatDigits(magnitude, t.pattern, symbols)))
    .join("");
  if (!numberToken) return signed ? `-${body}` : body;
  // A value that rounds to zero under the pattern shows no minus sign, as in Sheets.
  const roundsToZero = !/[1-9]/.test(formatDigits(magnitude, numberToken.pattern, symbols));
  return signed && !roundsToZero ? `-${body}` : body;
}

/**
 * Any cell value as displayed: numbers and dates through the pattern, booleans upper-case. A Date
 * (an instant) shows the calendar day it is in the spreadsheet's time zone (UTC when none given).
 */
export function formatCellValue(
  value: string | number | boolean | Date,
  pattern?: string,
  locale = DEFAULT_LOCALE,
  timeZone = "UTC",
): string {
  if (typeof value === "number") return formatNumber(value, pattern, locale);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) {
    const section = pattern ? splitSections(pattern)[0] : "";
    const day = serialFromDate(value, timeZone);
    return formatDate(day, section && isDatePattern(section) ? section : "yyyy-mm-dd", locale);
  }
  return value;
}
