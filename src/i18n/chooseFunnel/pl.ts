import { languageFormats } from "../format";
import { pluralPl } from "../plural";
import type { ChooseFunnelMessages } from "./en";

/** Polish choose-funnel dialog. */
export function pl(): ChooseFunnelMessages {
  const n = (count: number) => languageFormats("pl").number(count);
  return {
    prompt: "Plan opiera się na lejku. Wybierz, dla którego planujesz:",
    funnelStages: (count) =>
      `${n(count)} ${pluralPl(count, { one: "etap", few: "etapy", many: "etapów" })}`,
    choiceLabel: (funnel, stages) => `Planuj dla lejka ${funnel} (${stages})`,
    building: "Tworzę plan…",
    couldNotBuild: (error) => `Nie utworzono planu: ${error}`,
    cancel: "Anuluj",
  };
}
