import type { Stage } from "../../src/core/funnel";

/** A stage as the sidebar sends a new one: its name, rate, days and owner typed, no criteria. */
export function stage(
  name: string,
  rate: number | null,
  days: number | null = null,
  owner = "",
): Stage {
  return {
    name,
    owner,
    conversionToNext: rate,
    daysInStage: days,
    entryCriteria: "",
    exitCriteria: "",
  };
}
