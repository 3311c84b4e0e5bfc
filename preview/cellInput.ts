/**
 * What typing (or pasting) into a cell means, as in Google Sheets, in the spreadsheet's locale:
 * the Sheets fakes' own typed-input parser (fakes/typedInput.ts) reads numbers, percents, money,
 * booleans and dates ("24 000 kr", "1,5", "15.03.2026" in sv_SE), "=…" is a formula, "'007" text
 * kept as typed, and an empty entry clears the cell. The preview adds the formats a typed value
 * brings (a percent shows as a percent, a date as a date) where the cell has none of that kind.
 */
import { isDate } from "../src/core/cellValue";
import { dateFromSerial, displayDate } from "../fakes/dates";
import { localeSymbols } from "../fakes/locale";
import { isDateFormat } from "../fakes/range";
import { parseTypedInput } from "../fakes/typedInput";

export type CellEdit =
  | { kind: "clear" }
  | { kind: "formula"; formula: string }
  | { kind: "text"; value: string }
  /** A number, boolean or date, and the format the typed text implies (e.g. "0.0%"). */
  | { kind: "value"; value: number | boolean | Date; format?: string };

/** Digits after the decimal separator of typed text, for the percent format it gets. */
function decimalsOf(text: string, decimal: string): number {
  const point = text.lastIndexOf(decimal);
  return point < 0 ? 0 : text.replace(/\s*%$/, "").length - point - 1;
}

export function parseCellInput(input: string, locale: string, timeZone: string): CellEdit {
  const text = input.trim();
  if (text === "" && !input.startsWith("'")) return { kind: "clear" };
  const typed = parseTypedInput(input, locale, timeZone);
  switch (typed.kind) {
    case "formula":
      return { kind: "formula", formula: typed.formula };
    case "text":
      return { kind: "text", value: typed.value };
    case "boolean":
      return { kind: "value", value: typed.value };
    case "date":
      return { kind: "value", value: typed.value, format: typed.format };
    case "number": {
      if (!text.endsWith("%")) return { kind: "value", value: typed.value, format: typed.format };
      // "30%" shows 30%, "12,5 %" 12.5% (decimals as typed), as Sheets formats a typed percent.
      const decimals = decimalsOf(text, localeSymbols(locale).decimal);
      const format = decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
      return { kind: "value", value: typed.value, format };
    }
  }
}

/**
 * The number format a cell gets when `edit` is written into it: the typed kind's format where the
 * cell's own format is not already of that kind (a date typed into a "mmm yyyy" cell keeps it, a
 * number typed into a money cell keeps its money format), else the cell's format.
 */
export function formatAfterEdit(edit: CellEdit, current: string | undefined): string | undefined {
  if (edit.kind !== "value" || !edit.format) return current;
  if (edit.format.includes("%")) return current?.includes("%") ? current : edit.format;
  if (isDate(edit.value)) return isDateFormat(current) ? current : edit.format;
  return current ?? edit.format;
}

/** A number as the formula bar shows it in the locale (decimal comma in sv_SE). */
function localNumber(value: number, locale: string): string {
  return String(value).replace(".", localeSymbols(locale).decimal);
}

/**
 * The text a cell shows in the formula bar / editor: its formula, or its value as Sheets lists it
 * (numbers with the locale's decimal separator, percents as percents, dates as ISO days with the
 * time when it is not midnight — which every locale reads back as the same date).
 */
export function editableText(
  value: string | number | boolean | Date,
  formula: string | undefined,
  numberFormat: string | undefined,
  locale: string,
  timeZone: string,
): string {
  if (formula) return formula;
  if (typeof value === "number") {
    // A date serial shows as the date it is, as Sheets' formula bar does.
    if (isDateFormat(numberFormat)) return displayDate(dateFromSerial(value, timeZone), timeZone);
    if (numberFormat?.includes("%") && !numberFormat.includes('"%"')) {
      return `${localNumber(Number((value * 100).toPrecision(12)), locale)}%`;
    }
    return localNumber(value, locale);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) return displayDate(value, timeZone);
  // Text that would be read as something else keeps its apostrophe, as in Sheets.
  const typed = parseTypedInput(value, locale, timeZone);
  return typed.kind === "text" && typed.value === value ? value : `'${value}`;
}
