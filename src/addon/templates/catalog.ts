import { annualPlan } from "./annualPlan";
import { channelEconomics } from "./channelEconomics";
import { funnelHealth } from "./funnelHealth";
import { monthlyTargets } from "./monthlyTargets";
import type { Formats, FunnelRef, SheetPlan } from "./sheetPlan";
import { slaTracker } from "./slaTracker";

export interface TemplateContext {
  /** The funnel planned for; present for templates with `needsFunnel`. */
  funnel?: FunnelRef;
  formats: Formats;
  /** Today, so month defaults start from the next month. Passed in to keep plans pure. */
  today: Date;
}

export interface TemplateDef {
  /** The global function the menu item calls. */
  command: string;
  /** The label under Funnel Math ▸ New plan. */
  label: string;
  /** Whether the sheet reads a funnel's named ranges (the others stand alone). */
  needsFunnel: boolean;
  build(context: TemplateContext): SheetPlan;
}

function funnelOf(context: TemplateContext): FunnelRef {
  if (!context.funnel) throw new Error("This template plans for a funnel, and none was given.");
  return context.funnel;
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
    needsFunnel: true,
    build: (c) => annualPlan(funnelOf(c), c.formats),
  },
  {
    command: "newMonthlyTargets",
    label: "Monthly targets with sales-cycle lag",
    needsFunnel: true,
    build: (c) => monthlyTargets(funnelOf(c), c.formats, nextMonth(c.today)),
  },
  {
    command: "newChannelEconomics",
    label: "Channel CAC and LTV",
    needsFunnel: false,
    build: (c) => channelEconomics(c.formats),
  },
  {
    command: "newFunnelHealth",
    label: "Funnel health",
    needsFunnel: true,
    build: (c) => funnelHealth(funnelOf(c), c.formats, lastFullMonth(c.today)),
  },
  {
    command: "newSlaTracker",
    label: "Marketing–sales SLA",
    needsFunnel: false,
    build: (c) => slaTracker(c.formats, nextMonth(c.today)),
  },
];
