import type { PlanInputs } from "./pages";

/** The server function New plan's dialog calls (src/addon/templates/newPlanDialog.ts). */
export interface NewPlanApi {
  /** Builds the template's plan (its menu command) on the funnel with these figures. */
  buildPlan(templateCommand: string, funnelKey: string, inputs: PlanInputs): void;
}
