/**
 * What a spreadsheet locale (Sheets' "en_US", "sv_SE", …) changes in how numbers and dates are
 * written: the decimal and grouping symbols and the month names. Sheets documents that "the
 * actual rendering of the format depends on the spreadsheet's locale" (Sheets API guide "Date and
 * number formats", developers.google.com/sheets/api/guides/formats) without listing the symbols;
 * they are taken from CLDR through `Intl` (Node's ICU), the locale data Google's own libraries
 * publish. English month abbreviations are the three letters Sheets' guide shows ("Feb").
 */

export interface LocaleSymbols {
  decimal: string;
  /** The grouping separator: "," (en), "." (de), a no-break space U+00A0 (sv, ru, pl). */
  group: string;
}

const symbolsCache = new Map<string, LocaleSymbols>();

/** "sv_SE" → "sv-SE", the BCP 47 tag Intl takes; an unknown tag falls back to English. */
export function languageTag(locale: string): string {
  const tag = locale.replace(/_/g, "-");
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en-US";
  } catch {
    return "en-US";
  }
}

export function localeSymbols(locale: string): LocaleSymbols {
  let symbols = symbolsCache.get(locale);
  if (!symbols) {
    const parts = new Intl.NumberFormat(languageTag(locale)).formatToParts(1234567.5);
    symbols = {
      decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
      group: parts.find((p) => p.type === "group")?.value ?? ",",
    };
    symbolsCache.set(locale, symbols);
  }
  return symbols;
}

/** Space characters a grouping space may be typed as: space, no-break and narrow no-break. */
export const GROUPING_SPACES = " \u00a0\u202f";

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export interface MonthNames {
  /** Standalone (a month on its own: "maj 2027", "май 2027"). */
  short: string[];
  long: string[];
  /** In a date with a day (Russian "15 мая"). */
  shortWithDay: string[];
  longWithDay: string[];
}

const monthCache = new Map<string, MonthNames>();

function monthsOf(tag: string, month: "short" | "long", withDay: boolean): string[] {
  const format = new Intl.DateTimeFormat(tag, {
    month,
    ...(withDay ? { day: "numeric" } : {}),
    timeZone: "UTC",
  });
  return Array.from({ length: 12 }, (_, m) => {
    const parts = format.formatToParts(Date.UTC(2026, m, 15));
    return parts.find((p) => p.type === "month")?.value ?? String(m + 1);
  });
}

/** Month names as the locale writes them (`mmm`, `mmmm` in a number format). */
export function monthNames(locale: string): MonthNames {
  let names = monthCache.get(locale);
  if (!names) {
    const tag = languageTag(locale);
    if (tag.startsWith("en")) {
      const short = ENGLISH_MONTHS.map((m) => m.slice(0, 3));
      names = { short, long: ENGLISH_MONTHS, shortWithDay: short, longWithDay: ENGLISH_MONTHS };
    } else {
      names = {
        short: monthsOf(tag, "short", false),
        long: monthsOf(tag, "long", false),
        shortWithDay: monthsOf(tag, "short", true),
        longWithDay: monthsOf(tag, "long", true),
      };
    }
    monthCache.set(locale, names);
  }
  return names;
}

/** Month spellings a user may type, lower-case, each with its month (0-based): English too. */
export function typedMonthNames(locale: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (names: string[]) =>
    names.forEach((name, m) => {
      const plain = name.toLowerCase().replace(/\.$/, "");
      if (plain !== "" && !/^\d/.test(plain)) out.set(plain, m);
    });
  const english = monthNames("en_US");
  add(english.long);
  add(english.short);
  add(["Sept"]);
  const own = monthNames(locale);
  add(own.long);
  add(own.short);
  add(own.longWithDay);
  add(own.shortWithDay);
  return out;
}
