/**
 * Money formats per spreadsheet locale ("sv_SE", "en_IE"; its country decides the currency and
 * where its symbol goes): 100 000 kr, 100 000 zł, 100 000 ₽, ¥100,000, €100,000 (SPEC §11).
 * Only the symbol and its place are ours: Sheets draws the grouping and decimal separators of the
 * spreadsheet's locale itself, so "#,##0" shows "100 000" in Sweden and "100,000" in Ireland.
 * Unknown countries get a plain number rather than a wrong symbol.
 */
import { monthFormatFor } from "../../i18n/sheetFormats";
import { formatsFor, type Formats } from "./sheetPlan";

type Placement = "before" | "before-space" | "after";
type Currency = readonly [symbol: string, placement: Placement];

const EURO_COUNTRIES = "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK".split(" ");
/** Where the euro comes first ("€100,000", "€ 100.000"); elsewhere it follows: "100.000 €". */
const EURO_BEFORE: Record<string, Placement> = { IE: "before", MT: "before", NL: "before-space" };

const CURRENCIES: Record<string, Currency> = {
  US: ["$", "before"],
  CA: ["$", "before"],
  AU: ["$", "before"],
  NZ: ["$", "before"],
  SG: ["$", "before"],
  HK: ["$", "before"],
  MX: ["$", "before"],
  GB: ["£", "before"],
  JP: ["¥", "before"],
  CN: ["¥", "before"],
  IN: ["₹", "before"],
  BR: ["R$", "before-space"],
  CH: ["CHF", "before-space"],
  SE: ["kr", "after"],
  NO: ["kr", "after"],
  DK: ["kr.", "after"],
  PL: ["zł", "after"],
  RU: ["₽", "after"],
  UA: ["₴", "after"],
  CZ: ["Kč", "after"],
};

function currencyOf(country: string): Currency | undefined {
  if (EURO_COUNTRIES.includes(country)) return ["€", EURO_BEFORE[country] ?? "after"];
  return CURRENCIES[country];
}

/** The Sheets number format for whole amounts of money in a spreadsheet of this locale. */
export function moneyFormatFor(locale: string | undefined): string {
  const country = (locale ?? "").split(/[_-]/)[1]?.toUpperCase() ?? "";
  const currency = currencyOf(country);
  if (!currency) return "#,##0";
  const [symbol, placement] = currency;
  // "[$…]" marks the symbol as a currency literal, as Sheets' own currency formats do.
  if (placement === "after") return `#,##0 [$${symbol}]`;
  return placement === "before-space" ? `[$${symbol}] #,##0` : `[$${symbol}]#,##0`;
}

/** Every template number format for a spreadsheet of this locale. */
export function formatsForLocale(locale: string | undefined): Formats {
  return { ...formatsFor(""), money: moneyFormatFor(locale), month: monthFormatFor(locale) };
}
