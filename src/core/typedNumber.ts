/**
 * Numbers a person types into a form (the sidebar's rate and days fields), read by the shared
 * parser (SPEC §2.3) in the reader's locale: "1,000" is 1 where the locale writes a decimal comma
 * and 1 000 where it groups with commas — the one reading the parser leaves open.
 *
 * Rates follow the one convention spreadsheet users know from percent-formatted cells, which the
 * custom functions share (SPEC §5): with "%" the number is taken as written ("0,3 %" is 0.3 %);
 * without it, a number of 1 or more is percent points ("30" is 30 %) and a number below 1 a
 * fraction ("0,3" is 30 %).
 */
import { isAmbiguous, isBlank, parseNumberText, type NumberTextOptions } from "./cellValue";

/** The locale's decimal separator: "," (sv, ru, pl) or "." (en, zh-CN). */
export type DecimalSeparator = "," | ".";

/** A number read from text, or null when the text is empty, or undefined when it is no number. */
export type Typed = number | null | undefined;

function read(text: string, decimal: DecimalSeparator, options?: NumberTextOptions): Typed {
  const value = parseNumberText(text, options);
  if (!isAmbiguous(value)) return value;
  const resolved = parseNumberText(decimal === "," ? value.decimal : value.grouped, options);
  return isAmbiguous(resolved) ? undefined : resolved;
}

export function readTypedNumber(text: string, decimal: DecimalSeparator): Typed {
  if (isBlank(text)) return null;
  return read(text, decimal);
}

/** A typed rate as a fraction: "30" → 0.3, "0,3" → 0.3, "0,3 %" → 0.003. */
export function readTypedRate(text: string, decimal: DecimalSeparator): Typed {
  if (isBlank(text)) return null;
  const value = read(text, decimal);
  // A "%" number has already been divided by 100.
  if (typeof value !== "number" || text.trimEnd().endsWith("%") || Math.abs(value) < 1) {
    return value;
  }
  // Read again in percent points, so "33.3" is exactly the number "0.333" is (no division error).
  return read(text, decimal, { percentPoints: true });
}
