/** English menu labels: a catalogue of their own, since onOpen needs nothing else. */
export function en() {
  return {
    /** Submenu titles by their id in MENU (src/addon/menu.ts). */
    subMenus: {
      newPlan: "New plan",
    },
    /** Item labels by the global function the item calls. */
    items: {
      showStageEditor: "Stage editor",
      refreshPlan: "Refresh plan",
      showSqlExport: "Export funnel as SQL…",
      showFunctionReference: "Function reference",
      newAnnualPlan: "Annual reverse funnel",
      newMonthlyTargets: "Monthly targets with sales-cycle lag",
      newChannelEconomics: "Channel CAC and LTV",
      newFunnelHealth: "Funnel health",
      newSlaTracker: "Marketing–sales SLA",
      newPlanVsActual: "Plan vs actual",
      newCohorts: "Cohorts and time in stage",
      newCapacityPlan: "Capacity plan (reps, hires, SDRs)",
      newPipelineCoverage: "Pipeline coverage and forecast",
      useMeasuredDays: "Use measured days in the funnel",
    },
  };
}

export type MenuMessages = ReturnType<typeof en>;
