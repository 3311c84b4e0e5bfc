/**
 * What typing into a cell means, as in Google Sheets: "=…" is a formula, "30%" a percent (the
 * fraction 0.3, shown as a percent), "200000" / "200,000" / "€200,000" a number, "'007" text kept
 * as typed, an empty entry clears the cell, anything else is text.
 */

export type CellEdit =
  | { kind: "clear" }
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number; percentFormat?: string }
  | { kind: "text"; value: string };

/** Currency symbols users type in front of amounts; the cell keeps its own number format. */
const CURRENCY_PREFIX = /^[$€£¥₹]/;
const PLAIN_NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/;

function parseNumber(text: string): number | undefined {
  let body = text.replace(/\s/g, "");
  let sign = 1;
  if (body.startsWith("-")) {
    sign = -1;
    body = body.slice(1);
  }
  body = body.replace(CURRENCY_PREFIX, "");
  if (!body || !PLAIN_NUMBER.test(body) || !/\d/.test(body)) return undefined;
  const value = Number(body.replace(/,/g, ""));
  return Number.isFinite(value) ? sign * value : undefined;
}

export function parseCellInput(input: string): CellEdit {
  const text = input.trim();
  if (text === "") return { kind: "clear" };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  if (input.startsWith("'")) return { kind: "text", value: input.slice(1) };
  if (text.endsWith("%")) {
    const number = parseNumber(text.slice(0, -1));
    if (number !== undefined) {
      const decimals = (text.slice(0, -1).split(".")[1] ?? "").length;
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
  if (Object.prototype.toString.call(value) === "[object Date]") {
    return (value as Date).toISOString().slice(0, 10);
  }
  return String(value);
}
