import type { StageTableMessages } from "./en";

export function ru(): StageTableMessages {
  return {
    header: {
      name: "Этап",
      owner: "Ответственный",
      conversionToNext: "Конверсия на следующий этап",
      daysInStage: "Дней на этапе",
      entryCriteria: "Критерии входа",
      exitCriteria: "Критерии выхода",
      wonStage: "Сделка выиграна",
      crmNames: "Названия в CRM",
    },
    defaultFunnelName: "Воронка",
    stageIdsNote:
      "Funnel Math: идентификаторы этапов ниже держат введённое в планах рядом с нужным этапом. Не меняйте их.",
    mapHeader: {
      crmName: "Название в CRM",
      funnelStage: "Этап воронки",
    },
    mapNote:
      "Заполняется из столбца «Названия в CRM» при каждом сохранении воронки в редакторе этапов: правьте таблицу, а не этот список.",
  };
}
