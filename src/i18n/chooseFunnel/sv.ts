import { languageFormats } from "../format";
import type { ChooseFunnelMessages } from "./en";

/** Swedish choose-funnel dialog. */
export function sv(): ChooseFunnelMessages {
  const n = (count: number) => languageFormats("sv").number(count);
  return {
    prompt: "Planen bygger på en tratt. Välj den du vill planera för:",
    funnelStages: (count) => `${n(count)} steg`,
    choiceLabel: (funnel, stages) => `Planera för ${funnel} (${stages})`,
    building: "Bygger planen…",
    couldNotBuild: (error) => `Planen byggdes inte: ${error}`,
    cancel: "Avbryt",
  };
}
