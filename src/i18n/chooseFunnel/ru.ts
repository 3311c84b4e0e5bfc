import { languageFormats } from "../format";
import { pluralRu } from "../plural";
import type { ChooseFunnelMessages } from "./en";

/** Russian choose-funnel dialog. */
export function ru(): ChooseFunnelMessages {
  const n = (count: number) => languageFormats("ru").number(count);
  return {
    prompt: "План строится по воронке. Выберите, для какой планировать:",
    funnelStages: (count) =>
      `${n(count)} ${pluralRu(count, { one: "этап", few: "этапа", many: "этапов" })}`,
    choiceLabel: (funnel, stages) => `Планировать по воронке ${funnel} (${stages})`,
    building: "Строим план…",
    couldNotBuild: (error) => `План не построен: ${error}`,
    cancel: "Отмена",
  };
}
