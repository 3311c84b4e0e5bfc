/** English text of New plan's choose-funnel dialog (its own page, in the user's language). */
import { languageFormats } from "../format";

export function en() {
  const n = (count: number) => languageFormats("en").number(count);
  return {
    prompt: "This plan is built on a funnel. Choose the one to plan for:",
    /** After a funnel's name: how many stages it has. */
    funnelStages: (count: number) => (count === 1 ? "1 stage" : `${n(count)} stages`),
    /** A choice as a screen reader announces it: what it does, the funnel and its stage count. */
    choiceLabel: (funnel: string, stages: string) => `Plan for ${funnel} (${stages})`,
    building: "Building the plan…",
    couldNotBuild: (error: string) => `The plan was not built: ${error}`,
    cancel: "Cancel",
  };
}

export type ChooseFunnelMessages = ReturnType<typeof en>;
