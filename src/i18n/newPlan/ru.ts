import { languageFormats } from "../format";
import { pluralRu } from "../plural";
import type { NewPlanMessages } from "./en";

/** Russian New plan dialog. */
export function ru(): NewPlanMessages {
  const n = (count: number) => languageFormats("ru").number(count);
  return {
    intro: "Собственные цифры плана: из них строятся все таблицы плана.",
    funnel: "Воронка",
    funnelStages: (count) =>
      `${n(count)} ${pluralRu(count, { one: "этап", few: "этапа", many: "этапов" })}`,
    target: "Цель по выручке (год)",
    dealSize: "Средний размер сделки",
    firstMonth: "Первый месяц плана",
    currency: "Валюта",
    noCurrency: "Без валюты (просто числа)",
    fromPlan: (sheet) => `Заполнено по плану на листе «${sheet}».`,
    fromExample: "Примерные цифры: замените их своими.",
    amountNeeded: (example) => `Введите сумму больше 0, например ${example}.`,
    monthNeeded: "Выберите первый месяц плана.",
    build: "Построить план",
    cancel: "Отмена",
    building: "Строим план…",
    couldNotBuild: (error) => `План не построен: ${error}`,
  };
}
