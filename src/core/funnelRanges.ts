/**
 * A funnel's named ranges (SPEC §4): `<key>_Stages`, `<key>_Rates`, `<key>_Days` over the stages
 * up to the won stage, `<key>_PostStages` and `<key>_PostRates` below it, and `<key>_Map` (CRM
 * name → funnel stage) when the funnel has CRM names. The one place their suffixes are declared.
 */

/** Each named range a funnel may have, by the part of the table it covers. */
export const RANGE_SUFFIXES = {
  stages: "_Stages",
  rates: "_Rates",
  days: "_Days",
  postStages: "_PostStages",
  postRates: "_PostRates",
  map: "_Map",
} as const;

export type RangePart = keyof typeof RANGE_SUFFIXES;

/** Longest suffix first, so `X_PostStages` is never read as a key `X_Post` with `_Stages`. */
export const RANGE_PARTS: readonly RangePart[] = [
  "postStages",
  "postRates",
  "stages",
  "rates",
  "days",
  "map",
];

/** The longest suffix (`_PostStages`): a key leaves room for it within Sheets' 250 characters. */
export const LONGEST_SUFFIX = 11;

export type FunnelRangeNames = { readonly [P in RangePart]: string };

/** The funnel's named ranges by part: `{ stages: "EMEA_Stages", … }`. */
export function namedRangeNames(key: string): FunnelRangeNames {
  return {
    stages: `${key}${RANGE_SUFFIXES.stages}`,
    rates: `${key}${RANGE_SUFFIXES.rates}`,
    days: `${key}${RANGE_SUFFIXES.days}`,
    postStages: `${key}${RANGE_SUFFIXES.postStages}`,
    postRates: `${key}${RANGE_SUFFIXES.postRates}`,
    map: `${key}${RANGE_SUFFIXES.map}`,
  };
}

/**
 * The funnel key and part a named range's name stands for (`EMEA_Rates` → EMEA, rates), or
 * undefined for a name that is none of a funnel's. Suffixes match exactly, as the store writes them.
 */
export function parseRangeName(name: string): { key: string; part: RangePart } | undefined {
  for (const part of RANGE_PARTS) {
    const suffix = RANGE_SUFFIXES[part];
    if (name.length > suffix.length && name.endsWith(suffix)) {
      return { key: name.slice(0, -suffix.length), part };
    }
  }
  return undefined;
}
