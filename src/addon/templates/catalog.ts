import { annualPlan } from "./annualPlan";
import { channelEconomics } from "./channelEconomics";
import { cohorts } from "./cohorts";
import { funnelHealth } from "./funnelHealth";
import { monthlyTargets } from "./monthlyTargets";
import { planVsActual, PVA_REPORTED_MONTHS } from "./planVsActual";
import type { SheetMessages } from "../../i18n/sheet";
import type { Formats, FunnelRef, SheetPlan } from "./sheetPlan";
import { SLA_REPORTED_MONTHS, slaTracker } from "./slaTracker";
import type { TemplateCommand } from "./menuLabels";

export interface TemplateContext {
  /** The funnel planned for; present for templates with `needsFunnel`. */
  funnel?: FunnelRef;
  formats: Formats;
  /** The template texts in the spreadsheet's language (SPEC §11). */
  messages: SheetMessages;
  /** Today, so month defaults start from the next month. Passed in to keep plans pure. */
  today: Date;
}

export interface TemplateDef {
  /** The global function the menu item calls; its label is the menu catalogue's (src/i18n/menu). */
  command: TemplateCommand;
  /** Whether the sheet reads a funnel's named ranges (the others stand alone). */
  needsFunnel: boolean;
  build(context: TemplateContext): SheetPlan;
}

function funnelOf(context: TemplateContext): FunnelRef {
  if (!context.funnel) throw new Error("This template plans for a funnel, and none was given.");
  return context.funnel;
}

/** The first of the month `offset` months from today's, as a calendar date (written as =DATE). */
function monthFrom(today: Date, offset: number): Date {
  return new Date(today.getFullYear(), today.getMonth() + offset, 1);
}

/** The planning templates of SPEC §6, in menu order. */
export const TEMPLATES: readonly TemplateDef[] = [
  {
    command: "newAnnualPlan",
    needsFunnel: true,
    build: (c) => annualPlan(funnelOf(c), c.formats, c.messages),
  },
  {
    command: "newMonthlyTargets",
    needsFunnel: true,
    build: (c) => monthlyTargets(funnelOf(c), c.formats, c.messages, monthFrom(c.today, 1)),
  },
  {
    command: "newChannelEconomics",
    needsFunnel: false,
    build: (c) => channelEconomics(c.formats, c.messages),
  },
  {
    command: "newFunnelHealth",
    needsFunnel: true,
    build: (c) => funnelHealth(funnelOf(c), c.formats, c.messages, monthFrom(c.today, -1)),
  },
  {
    command: "newSlaTracker",
    needsFunnel: true,
    build: (c) =>
      slaTracker(funnelOf(c), c.formats, c.messages, monthFrom(c.today, -SLA_REPORTED_MONTHS)),
  },
  {
    command: "newPlanVsActual",
    needsFunnel: true,
    build: (c) =>
      planVsActual(funnelOf(c), c.formats, c.messages, monthFrom(c.today, -PVA_REPORTED_MONTHS)),
  },
  {
    command: "newCohorts",
    needsFunnel: true,
    build: (c) => cohorts(funnelOf(c), c.formats, c.messages, c.today),
  },
];
