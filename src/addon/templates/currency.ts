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

/**
 * The currencies New plan offers (SPEC §11: the spreadsheet's own first), by ISO code with the
 * symbol and place Sheets' own currency formats use for them.
 */
export const CURRENCY_CHOICES: Readonly<Record<string, Currency>> = {
  EUR: ["€", "after"],
  USD: ["$", "before"],
  GBP: ["£", "before"],
  SEK: ["kr", "after"],
  NOK: ["kr", "after"],
  DKK: ["kr.", "after"],
  PLN: ["zł", "after"],
  RUB: ["₽", "after"],
  UAH: ["₴", "after"],
  CZK: ["Kč", "after"],
  CHF: ["CHF", "before-space"],
  CNY: ["¥", "before"],
  JPY: ["¥", "before"],
  INR: ["₹", "before"],
  BRL: ["R$", "before-space"],
  AUD: ["$", "before"],
  CAD: ["$", "before"],
};

const COUNTRY_CURRENCY: Record<string, string> = {
  US: "USD",
  GB: "GBP",
  SE: "SEK",
  NO: "NOK",
  DK: "DKK",
  PL: "PLN",
  RU: "RUB",
  UA: "UAH",
  CZ: "CZK",
  CH: "CHF",
  CN: "CNY",
  JP: "JPY",
  IN: "INR",
  BR: "BRL",
  AU: "AUD",
  CA: "CAD",
};

function countryOf(locale: string | undefined): string {
  return (locale ?? "").split(/[_-]/)[1]?.toUpperCase() ?? "";
}

/** The ISO code of a spreadsheet locale's currency ("sv_SE" → "SEK"); "" when not offered. */
export function currencyCodeOfLocale(locale: string | undefined): string {
  const country = countryOf(locale);
  if (EURO_COUNTRIES.includes(country)) return "EUR";
  return COUNTRY_CURRENCY[country] ?? "";
}

/**
 * The money format for a chosen currency ("" for plain numbers): the locale's own placement when
 * it is the locale's currency ("€100,000" in Ireland), else the currency's usual one.
 */
export function moneyFormatForCurrency(code: string, locale: string | undefined): string {
  if (code === "") return "#,##0";
  if (code === currencyCodeOfLocale(locale)) return moneyFormatFor(locale);
  const currency = CURRENCY_CHOICES[code];
  if (!currency) return moneyFormatFor(locale);
  const [symbol, placement] = currency;
  if (placement === "after") return `#,##0 [$${symbol}]`;
  return placement === "before-space" ? `[$${symbol}] #,##0` : `[$${symbol}]#,##0`;
}

/**
 * The currency a money format shows (a plan's target cell), as a code New plan offers: the
 * locale's own currency when the symbol is its, else the first with that symbol; "" for none.
 */
export function currencyCodeOfFormat(format: string, locale: string | undefined): string {
  const symbol = /\[\$([^\]]+)\]/.exec(format)?.[1];
  if (symbol === undefined) return "";
  const own = currencyCodeOfLocale(locale);
  if (own && CURRENCY_CHOICES[own]?.[0] === symbol) return own;
  return Object.keys(CURRENCY_CHOICES).find((c) => CURRENCY_CHOICES[c]?.[0] === symbol) ?? "";
}
