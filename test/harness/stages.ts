import type { Stage } from "../../src/core/funnel";

/** A stage as the sidebar sends a new one: its name, rate and days typed, no owner or criteria. */
export function stage(name: string, rate: number | null, days: number | null = null): Stage {
  return {
    name,
    owner: "",
    conversionToNext: rate,
    daysInStage: days,
    entryCriteria: "",
    exitCriteria: "",
  };
}
