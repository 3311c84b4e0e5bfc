import type { MenuMessages } from "./en";

/** Swedish menu labels. */
export function sv(): MenuMessages {
  return {
    subMenus: {
      newPlan: "Ny plan",
    },
    items: {
      showStageEditor: "Redigera trattens steg",
      refreshPlan: "Uppdatera planen",
      showSqlExport: "Exportera tratten som SQL…",
      showFunctionReference: "Funktionsreferens",
      newAnnualPlan: "Omvänd tratt för året",
      newMonthlyTargets: "Månadsmål med säljcykelns fördröjning",
      newChannelEconomics: "CAC och LTV per kanal",
      newFunnelHealth: "Trattens hälsa",
      newSlaTracker: "SLA mellan marknad och sälj",
      newPlanVsActual: "Plan mot utfall",
      newCohorts: "Kohorter och tid per steg",
      newCapacityPlan: "Kapacitetsplan (säljare, rekryteringar, SDR:er)",
      newPipelineCoverage: "Pipelinetäckning och prognos",
      useMeasuredDays: "Använd uppmätta dagar i tratten",
    },
  };
}
