/**
 * Numbers, percents and times as the reader's locale writes them (SPEC §11), built on Intl: the
 * one place where text built in code gets its digits, so "30 %", "12,5 %" and "1 250" carry the
 * locale's decimal comma and its no-break spaces (U+00A0, U+202F) inside a number and before "%",
 * and a line never breaks between a number and its sign. No DOM and no Apps Script types: the
 * pages and the server share it. Formatters are made on first use, never at load (SPEC §8).
 */
import { resolveLanguage, type Language } from "./languages";

/** The region each language is written for when the locale names none. */
const DEFAULT_REGION: Readonly<Record<Language, string>> = {
  en: "en-US",
  sv: "sv-SE",
  ru: "ru-RU",
  pl: "pl-PL",
  "zh-CN": "zh-CN",
};

/**
 * The BCP 47 tag to format with: the user's own locale ("en_GB" → "en-GB", "de_DE" → "de-DE": a
 * German reading our English UI still reads 1.234,5), a language we speak given without a region
 * getting its usual one ("sv" → "sv-SE"), and the spoken language's usual region when the locale
 * is empty or malformed. Apps Script writes locales with "_" ("sv_SE"); Intl wants "-".
 */
export function localeTag(locale: string | null | undefined, language?: Language): string {
  const spoken = language ?? resolveLanguage(locale);
  const tag = typeof locale === "string" ? locale.trim().replace(/_/g, "-") : "";
  if (tag !== "") {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical && canonical.includes("-")) return canonical;
      if (canonical && canonical !== spoken.split("-")[0]) return canonical;
    } catch {
      // Not a well-formed tag: the language's usual region below.
    }
  }
  return DEFAULT_REGION[spoken];
}

/** What a page or message needs to write numbers and times for one locale. */
export interface Formats {
  /** The BCP 47 tag the formatters use ("sv-SE"). */
  readonly locale: string;
  /** How the locale writes 1.5: "," (sv, ru, pl) or "." (en, zh-CN). */
  readonly decimalSeparator: "," | ".";
  /** A count or plain number: "1 250", "12,5" (at most `maxFractionDigits`, default 6). */
  number(value: number, maxFractionDigits?: number): string;
  /** A fraction as a percent, with the precision it has (0.0025 → "0,25 %", 0.3 → "30 %"). */
  percent(fraction: number): string;
  /** A time of day in the reader's time zone: "15:45", "3:45 PM". */
  time(instant: Date | string): string;
}

const cache = new Map<string, Formats>();

/** The formats of a locale ("sv_SE", "sv-SE", "sv"); unknown locales write as their language. */
export function formatsFor(locale: string | null | undefined, language?: Language): Formats {
  const tag = localeTag(locale, language);
  let formats = cache.get(tag);
  if (formats === undefined) {
    formats = makeFormats(tag);
    cache.set(tag, formats);
  }
  return formats;
}

function makeFormats(locale: string): Formats {
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numbers.get(digits);
    if (f === undefined) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numbers.set(digits, f);
    }
    return f;
  };
  let percentFormat: Intl.NumberFormat | undefined;
  let timeFormat: Intl.DateTimeFormat | undefined;
  const decimal = numberFormat(1)
    .formatToParts(1.5)
    .find((part) => part.type === "decimal")?.value;
  return {
    locale,
    decimalSeparator: decimal === "," ? "," : ".",
    number: (value, maxFractionDigits = 6) => numberFormat(maxFractionDigits).format(value),
    percent(fraction) {
      // Six decimals of a percent keep what anyone types (0.25 % stays 0.25 %, SPEC §5).
      percentFormat ??= new Intl.NumberFormat(locale, {
        style: "percent",
        maximumFractionDigits: 6,
      });
      return percentFormat.format(fraction);
    },
    time(instant) {
      // The locale's own short time (CLDR): "00:30" in sv/ru/pl/zh, "12:30 AM" in en-US —
      // `hour: "numeric"` would drop the zero those clocks write ("kl. 0:30").
      timeFormat ??= new Intl.DateTimeFormat(locale, { timeStyle: "short" });
      return timeFormat.format(typeof instant === "string" ? new Date(instant) : instant);
    },
  };
}

/** The formats each language uses in its catalogue's messages (no user locale known there). */
export function languageFormats(language: Language): Formats {
  return formatsFor(undefined, language);
}
