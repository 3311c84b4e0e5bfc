import { annualPlan } from "./annualPlan";
import { channelEconomics } from "./channelEconomics";
import { funnelHealth } from "./funnelHealth";
import { monthlyTargets } from "./monthlyTargets";
import type { Formats, FunnelRef, SheetPlan } from "./sheetPlan";
import { slaTracker } from "./slaTracker";

export interface TemplateContext {
  funnel: FunnelRef;
  formats: Formats;
  /** Today, so month defaults start from the next month. Passed in to keep plans pure. */
  today: Date;
}

export interface TemplateDef {
  /** The global function the menu item calls. */
  command: string;
  /** The label under Funnel Math ▸ New plan. */
  label: string;
  build(context: TemplateContext): SheetPlan;
}

function nextMonth(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
}

function lastFullMonth(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
}

/** The planning templates of SPEC §6, in menu order. */
export const TEMPLATES: readonly TemplateDef[] = [
  {
    command: "newAnnualPlan",
    label: "Annual reverse funnel",
    build: (c) => annualPlan(c.funnel, c.formats),
  },
  {
    command: "newMonthlyTargets",
    label: "Monthly targets with sales-cycle lag",
    build: (c) => monthlyTargets(c.funnel, c.formats, nextMonth(c.today)),
  },
  {
    command: "newChannelEconomics",
    label: "Channel CAC and LTV",
    build: (c) => channelEconomics(c.formats),
  },
  {
    command: "newFunnelHealth",
    label: "Funnel health",
    build: (c) => funnelHealth(c.funnel, c.formats, lastFullMonth(c.today)),
  },
  {
    command: "newSlaTracker",
    label: "Marketing–sales SLA",
    build: (c) => slaTracker(c.formats, nextMonth(c.today)),
  },
];
