import type { MenuMessages } from "./en";

/** Polish menu labels. */
export function pl(): MenuMessages {
  return {
    subMenus: {
      newPlan: "Nowy plan",
    },
    items: {
      showStageEditor: "Edytor etapów",
      refreshPlan: "Odśwież plan",
      showSqlExport: "Eksportuj lejek do SQL…",
      showFunctionReference: "Opis funkcji",
      newAnnualPlan: "Odwrócony lejek na rok",
      newMonthlyTargets: "Cele miesięczne z cyklem sprzedaży",
      newChannelEconomics: "CAC i LTV według kanałów",
      newFunnelHealth: "Kondycja lejka",
      newSlaTracker: "SLA marketingu i sprzedaży",
      newPlanVsActual: "Plan a wykonanie",
      newCohorts: "Kohorty i czas na etapach",
      newCapacityPlan: "Plan zespołu (handlowcy, zatrudnienia, SDR)",
      newPipelineCoverage: "Pokrycie lejka sprzedaży i prognoza",
      useMeasuredDays: "Użyj zmierzonych dni w lejku",
    },
  };
}
