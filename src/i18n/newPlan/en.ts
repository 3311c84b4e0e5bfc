/** English text of New plan's dialog (its own page, in the user's language). */
import { languageFormats } from "../format";

export function en() {
  const n = (count: number) => languageFormats("en").number(count);
  return {
    intro: "Your plan's own figures: every table of the plan is built from them.",
    funnel: "Funnel",
    funnelStages: (count: number) => (count === 1 ? "1 stage" : `${n(count)} stages`),
    target: "Revenue target (year)",
    dealSize: "Average deal size",
    firstMonth: "First month of the plan",
    currency: "Currency",
    noCurrency: "None (plain numbers)",
    fromPlan: (sheet: string) => `Filled in from the plan on “${sheet}”.`,
    fromExample: "Example figures: replace them with your own.",
    amountNeeded: (example: string) => `Enter an amount above 0, such as ${example}.`,
    monthNeeded: "Choose the plan's first month.",
    build: "Build plan",
    cancel: "Cancel",
    building: "Building the plan…",
    couldNotBuild: (error: string) => `The plan was not built: ${error}`,
  };
}

export type NewPlanMessages = ReturnType<typeof en>;
