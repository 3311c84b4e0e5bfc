/**
 * The New plan submenu's commands, in menu order (SPEC §6). Their labels, English included, live
 * only in the menu catalogues (src/i18n/menu): this list says which items exist, never what they
 * read.
 */
import type { MenuMessages } from "../../i18n/menu";

export type MenuCommand = keyof MenuMessages["items"];

export const TEMPLATE_COMMANDS = [
  "newAnnualPlan",
  "newMonthlyTargets",
  "newChannelEconomics",
  "newFunnelHealth",
  "newSlaTracker",
  "newPlanVsActual",
  "newCohorts",
  "newCapacityPlan",
  "newPipelineCoverage",
] as const satisfies readonly MenuCommand[];

export type TemplateCommand = (typeof TEMPLATE_COMMANDS)[number];
