/**
 * The templates' menu labels by command, in menu order (SPEC §6). Separate from catalog.ts so the
 * menu (in Code.js) does not bundle the templates themselves (in the add-on bundle).
 */
export const TEMPLATE_LABELS = {
  newAnnualPlan: "Annual reverse funnel",
  newMonthlyTargets: "Monthly targets with sales-cycle lag",
  newChannelEconomics: "Channel CAC and LTV",
  newFunnelHealth: "Funnel health",
  newSlaTracker: "Marketing–sales SLA",
  newPlanVsActual: "Plan vs actual",
  newCohorts: "Cohorts and time in stage",
} as const;
