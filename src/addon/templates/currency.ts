/**
 * The currency symbol for a spreadsheet locale such as "en_US" or "de_DE" (its country decides).
 * Unknown countries get no symbol rather than a wrong one.
 */
const EURO_COUNTRIES = new Set(
  "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK".split(" "),
);
const SYMBOLS: Record<string, string> = {
  US: "$",
  CA: "$",
  AU: "$",
  NZ: "$",
  SG: "$",
  HK: "$",
  MX: "$",
  GB: "£",
  JP: "¥",
  CN: "¥",
  IN: "₹",
  BR: "R$",
  CH: "CHF ",
  SE: "kr ",
  NO: "kr ",
  DK: "kr ",
  PL: "zł ",
};

export function currencySymbolFor(locale: string | undefined): string {
  const country = (locale ?? "").split(/[_-]/)[1]?.toUpperCase() ?? "";
  if (EURO_COUNTRIES.has(country)) return "€";
  return SYMBOLS[country] ?? "";
}
