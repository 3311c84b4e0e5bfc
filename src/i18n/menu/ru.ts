import type { MenuMessages } from "./en";

/** Russian menu labels. */
export function ru(): MenuMessages {
  return {
    subMenus: {
      newPlan: "Новый план",
    },
    items: {
      showStageEditor: "Редактор этапов",
      refreshPlan: "Обновить план",
      showSqlExport: "Экспорт воронки в SQL…",
      showFunctionReference: "Справочник функций",
      newAnnualPlan: "Обратная воронка на год",
      newMonthlyTargets: "Цели по месяцам с учётом цикла сделки",
      newChannelEconomics: "CAC и LTV по каналам",
      newFunnelHealth: "Здоровье воронки",
      newSlaTracker: "SLA маркетинга и продаж",
      newPlanVsActual: "План-факт",
      newCohorts: "Когорты и время на этапах",
      newCapacityPlan: "План мощности (менеджеры, найм, SDR)",
      newPipelineCoverage: "Покрытие воронки сделок и прогноз",
      useMeasuredDays: "Перенести измеренные дни в воронку",
    },
  };
}
