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
