/**
 * What typing into a cell means, as in Google Sheets: "=…" is a formula, "30%" a percent (the
 * fraction 0.3, shown as a percent), "200000" / "200,000" / "€200,000" a number, "'007" text kept
 * as typed, an empty entry clears the cell, anything else is text.
 */
import { isDate, parseNumberText } from "../src/core/cellValue";

export type CellEdit =
  | { kind: "clear" }
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number; percentFormat?: string }
  /** A date typed as Sheets reads one: its serial (days since 1899-12-30) and a format to show it. */
  | { kind: "date"; serial: number; dateFormat: string }
  | { kind: "text"; value: string };

/** Currency symbols users type in front of amounts; the cell keeps its own number format. */
const CURRENCY_PREFIX = /^[$€£¥₹]/;

/**
 * Typed text as a number, by the add-on's own parser (SPEC §2.3), after a currency symbol (alone
 * or after a minus sign). An ambiguous "200,000" is read as Sheets reads it when typed in an
 * English-locale sheet: with the comma as a thousands separator.
 */
function parseNumber(text: string): number | undefined {
  let body = text.trim();
  let sign = "";
  if (body.startsWith("-")) {
    sign = "-";
    body = body.slice(1);
  }
  body = sign + body.replace(CURRENCY_PREFIX, "");
  const read = parseNumberText(body);
  if (read === undefined || typeof read === "number") return read;
  const grouped = parseNumberText(read.grouped);
  return typeof grouped === "number" ? grouped : undefined;
}

/** Digits after the decimal separator of typed text, for the percent format it gets. */
function decimalsOf(text: string): number {
  const point = Math.max(text.lastIndexOf("."), text.lastIndexOf(","));
  return point < 0 ? 0 : text.length - point - 1;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** "Jan 2027", "January 2027", "15 Jan 2027", "Jan 15, 2027" (month names in English). */
const DAY_MONTH_YEAR = /^(?:(\d{1,2})\s+)?([A-Z]{3,9})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/i;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

function serialOf(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // 2027-02-30 is not a date: Sheets keeps it as text.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function parseDate(text: string): { serial: number; dateFormat: string } | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const serial = serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return serial === undefined ? undefined : { serial, dateFormat: "yyyy-mm-dd" };
  }
  const named = DAY_MONTH_YEAR.exec(text);
  if (!named || (named[1] && named[3])) return undefined;
  const word = (named[2] ?? "").toLowerCase();
  const month = MONTHS.findIndex((m) => m.startsWith(word));
  if (month < 0) return undefined;
  const day = named[1] ?? named[3];
  const serial = serialOf(Number(named[4]), month + 1, day ? Number(day) : 1);
  if (serial === undefined) return undefined;
  return { serial, dateFormat: day ? "d mmm yyyy" : "mmm yyyy" };
}

export function parseCellInput(input: string): CellEdit {
  const text = input.trim();
  if (text === "") return { kind: "clear" };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  if (input.startsWith("'")) return { kind: "text", value: input.slice(1) };
  if (text.endsWith("%")) {
    const number = parseNumber(text.slice(0, -1));
    if (number !== undefined) {
      const decimals = decimalsOf(text.slice(0, -1).trim());
      return {
        kind: "number",
        value: number / 100,
        percentFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
      };
    }
  }
  const number = parseNumber(text);
  if (number !== undefined) return { kind: "number", value: number };
  const date = parseDate(text);
  if (date) return { kind: "date", ...date };
  return { kind: "text", value: input };
}

/** The text a cell shows in the formula bar / editor: its formula, or its value as Sheets lists it. */
export function editableText(
  value: string | number | boolean | Date,
  formula: string | undefined,
  numberFormat: string | undefined,
): string {
  if (formula) return formula;
  if (typeof value === "number") {
    // A date serial shows as the date it is, as Sheets' formula bar does.
    if (numberFormat && /[dy]/i.test(numberFormat.replace(/"[^"]*"/g, ""))) {
      return new Date(Math.round((value - UNIX_EPOCH_SERIAL) * MS_PER_DAY))
        .toISOString()
        .slice(0, 10);
    }
    if (numberFormat?.includes("%") && !numberFormat.includes('"%"')) {
      return `${Number((value * 100).toPrecision(12))}%`;
    }
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) {
    return value.toISOString().slice(0, 10);
  }
  return String(value);
}
