/**
 * What Sheets makes of a string written with setValue(s): the same as typing it into the cell.
 * Numbers, percents, currency amounts, booleans and dates become those types, read in the
 * spreadsheet's locale (decimal comma in de_DE, day-first dates in en_GB…); a leading apostrophe
 * keeps the rest as text; "=…" is a formula. Every pattern here is linear (no nested quantifiers).
 */
import { midnightIn } from "./dates";

export type TypedValue =
  | { kind: "text"; value: string }
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number; format?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "date"; value: Date; format: string };

const COMMA_DECIMAL = new Set([
  "de",
  "fr",
  "es",
  "it",
  "pt",
  "ru",
  "pl",
  "nl",
  "sv",
  "da",
  "fi",
  "nb",
  "no",
  "tr",
  "cs",
  "uk",
  "id",
  "ro",
  "hu",
  "el",
  "sk",
  "sl",
  "hr",
  "bg",
  "lt",
  "lv",
  "et",
]);
const YEAR_FIRST = new Set(["ja", "zh", "ko", "hu", "lt", "sv"]);
const CURRENCY = new Set(["$", "€", "£", "¥", "₹", "₽", "zł", "kr", "CHF", "R$"]);

interface LocaleRules {
  decimal: "." | ",";
  dateOrder: "MDY" | "DMY" | "YMD";
}

export function localeRules(locale: string): LocaleRules {
  const [language = "", region] = locale.split(/[_-]/);
  const decimal = COMMA_DECIMAL.has(language) ? "," : ".";
  const dateOrder =
    language === "en" && (region === "US" || region === undefined)
      ? "MDY"
      : YEAR_FIRST.has(language)
        ? "YMD"
        : "DMY";
  return { decimal, dateOrder };
}

/** "1,234.5" (en) or "1.234,5" (de) → 1234.5; undefined when it is not a plain number. */
function parsePlainNumber(text: string, decimal: "." | ","): number | undefined {
  const group = decimal === "." ? "," : ".";
  let body = text;
  let sign = 1;
  if (body.startsWith("-") || body.startsWith("+")) {
    if (body.startsWith("-")) sign = -1;
    body = body.slice(1);
  }
  if (/^\d+(?:e[+-]?\d+)?$/i.test(body)) return sign * Number(body);
  const [whole = "", fraction, ...rest] = body.split(decimal);
  if (rest.length > 0) return undefined;
  if (fraction !== undefined && !/^\d*$/.test(fraction)) return undefined;
  const grouped = decimal === "." ? /^\d{1,3}(?:,\d{3})+$/ : /^\d{1,3}(?:\.\d{3})+$/;
  const digits = grouped.test(whole)
    ? whole.split(group).join("")
    : /^\d*$/.test(whole)
      ? whole
      : undefined;
  if (digits === undefined || (digits === "" && !fraction)) return undefined;
  return sign * Number(`${digits || "0"}.${fraction || "0"}`);
}

function stripCurrency(text: string): { body: string; symbol?: string } {
  for (const symbol of CURRENCY) {
    if (text.startsWith(symbol)) return { body: text.slice(symbol.length).trim(), symbol };
    if (text.endsWith(symbol)) return { body: text.slice(0, -symbol.length).trim(), symbol };
    if (text.startsWith(`-${symbol}`))
      return { body: `-${text.slice(symbol.length + 1).trim()}`, symbol };
  }
  return { body: text };
}

function parseDate(text: string, rules: LocaleRules, timeZone: string): Date | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const parts = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/.exec(text);
  let y: number, m: number, d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (parts) {
    const [a, b, c] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    if (parts[1]?.length === 4 || rules.dateOrder === "YMD") [y, m, d] = [a, b, c];
    else if (rules.dateOrder === "MDY") [y, m, d] = [c, a, b];
    else [y, m, d] = [c, b, a];
    if (y < 100) y += y < 30 ? 2000 : 1900;
  } else return undefined;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined;
  return midnightIn(y, m, d, timeZone);
}

/**
 * A formula typed in a decimal-comma locale, in the canonical syntax the engine (and setFormula)
 * uses. In those locales Sheets writes "," as the decimal point, ";" between arguments and "\\"
 * between the columns of an array literal (benlcollins.com/spreadsheets/sheets-location;
 * stackoverflow.com/questions/73767719), so a typed "=ROUND(1,5;0)" is ROUND(1.5, 0) — and an
 * English-syntax "=ROUND(1.5, 0)" typed there is misread: its comma becomes a decimal point.
 * Text inside quotes is left as it is.
 */
function canonicalFormula(input: string, decimal: "." | ","): string {
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
  const { body, symbol } = stripCurrency(percent ? text.slice(0, -1).trim() : text);
  const n = parsePlainNumber(body, rules.decimal);
  if (n !== undefined && Number.isFinite(n)) {
    if (percent && !symbol) return { kind: "number", value: n / 100, format: "0.00%" };
    if (symbol && !percent) return { kind: "number", value: n, format: `${symbol}#,##0.00` };
    if (!percent && !symbol) return { kind: "number", value: n };
  }
  const date = parseDate(text, rules, timeZone);
  if (date) return { kind: "date", value: date, format: "yyyy-mm-dd" };
  return { kind: "text", value: input };
}
