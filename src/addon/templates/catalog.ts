import { annualLayout, annualPlan, annualStageInputs } from "./annualPlan";
import { capacityLayout, capacityPlan, capacityStageNames } from "./capacityPlan";
import { channelEconomics, channelLayout } from "./channelEconomics";
import { cohorts, cohortsLayout, cohortsStageInputs } from "./cohorts";
import { funnelHealth, healthLayout, healthStageInputs } from "./funnelHealth";
import type { Layout, Rect } from "./layout";
import { monthlyLayout, monthlyTargets } from "./monthlyTargets";
import { planVsActual, PVA_REPORTED_MONTHS, pvaLayout, pvaStageInputs } from "./planVsActual";
import { pipelineCoverage, pipelineLayout, pipelineStageNames } from "./pipelineCoverage";
import type { SheetMessages } from "../../i18n/sheet";
import type { Formats, FunnelRef, SheetPlan, StageInputs } from "./sheetPlan";
import { SLA_REPORTED_MONTHS, slaLayout, slaStageNames, slaTracker } from "./slaTracker";
import type { TemplateCommand } from "./menuLabels";

/**
 * The version of the templates' layouts: a plan records its template's, and Refresh, a save's plan
 * sync and New plan's figures act only on plans of the version their template has now. A template
 * whose layout changes gets its own `layoutVersion`, so the other templates' plans stay current.
 * 3: the annual plan's confidence input and column (its stage tables moved right by one).
 * 4: the monthly plan's marker column between its table and its notes, so the notes spill right.
 * 5 (Funnel health alone): its relative gap column (SPEC §6.4), its typed volumes moved right.
 */
export const LAYOUT_VERSION = 4;

/** The layout version a plan of `template` records now. */
export function layoutVersionOf(template: Pick<TemplateDef, "layoutVersion">): number {
  return template.layoutVersion ?? LAYOUT_VERSION;
}

/** The template of a plan recorded with that template's current layout; undefined otherwise. */
export function currentTemplateOf(record: {
  template: string;
  layout: number;
}): TemplateDef | undefined {
  const template = templateOf(record.template);
  return template && record.layout === layoutVersionOf(template) ? template : undefined;
}

export interface TemplateContext {
  /** The funnel planned for; present for templates with `needsFunnel`. */
  funnel?: FunnelRef;
  formats: Formats;
  /** The template texts in the spreadsheet's language (SPEC §11). */
  messages: SheetMessages;
  /** Today in the spreadsheet's time zone, asked for only by templates with months. */
  today: () => Date;
  /** The plan's own figures as New plan asked for them (the example figures when absent). */
  figures?: PlanFigures;
}

/** Target, deal size and first month, as the team confirmed them in New plan's dialog. */
export interface PlanFigures {
  target: number;
  dealSize: number;
  /** The first month (a runtime-local first of the month); templates without months ignore it. */
  firstMonth?: Date;
}

export interface TemplateDef {
  /** The global function the menu item calls; its label is the menu catalogue's (src/i18n/menu). */
  command: TemplateCommand;
  /** Whether the sheet reads a funnel's named ranges (the others stand alone). */
  needsFunnel: boolean;
  /**
   * Whether the plan keys cells to stages by their ids (its marker column, its per-stage inputs:
   * they follow a renamed stage, SPEC §9). Only then is the note holding the ids read (SPEC §8:
   * two calls); the other plans name stages through the funnel's ranges or as typed text.
   */
  stageIds: boolean;
  /** Where the plan's blocks go (layout.ts). */
  layout(): Layout;
  /** Its layout's version when it changed after {@link LAYOUT_VERSION} (layoutVersionOf). */
  layoutVersion?: number;
  /** The plan on `layout` (a new plan's, or the one Refresh found in the sheet). */
  build(context: TemplateContext, layout: Layout): SheetPlan;
  /** Where its per-stage inputs are on `layout`, for a template that has them (planSync.ts). */
  stageInputs?(layout: Layout): StageInputs;
  /**
   * Where its inputs that name a stage are on `layout` (typed names, not formulas): a rename of
   * the stage rewrites the cells that named it (planSync.ts).
   */
  stageNames?(layout: Layout): Rect[];
  /**
   * For a plan of a revenue target: New plan asks its figures first (its `inputs` block holds
   * target, deal size and, with months, the first month in its fourth row); a new plan's first
   * month defaults to `firstMonthOffset` months from today's.
   */
  planInputs?: { firstMonth: boolean; firstMonthOffset?: number };
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
    stageIds: true,
    layout: annualLayout,
    build: (c, l) => annualPlan(funnelOf(c), c.formats, c.messages, l, c.figures),
    stageInputs: (l) => annualStageInputs(l),
    planInputs: { firstMonth: false },
  },
  {
    command: "newMonthlyTargets",
    needsFunnel: true,
    stageIds: true,
    layout: monthlyLayout,
    build: (c, l) =>
      monthlyTargets(
        funnelOf(c),
        c.formats,
        c.messages,
        c.figures?.firstMonth ?? monthFrom(c.today(), 1),
        l,
        c.figures,
      ),
    planInputs: { firstMonth: true, firstMonthOffset: 1 },
  },
  {
    command: "newChannelEconomics",
    needsFunnel: false,
    stageIds: false,
    layout: () => channelLayout(),
    build: (c, l) => channelEconomics(c.formats, c.messages, l),
  },
  {
    command: "newFunnelHealth",
    needsFunnel: true,
    stageIds: true,
    layout: healthLayout,
    layoutVersion: 5,
    stageInputs: (l) => healthStageInputs(l),
    build: (c, l) => funnelHealth(funnelOf(c), c.formats, c.messages, monthFrom(c.today(), -1), l),
  },
  {
    command: "newSlaTracker",
    needsFunnel: true,
    stageIds: false,
    layout: slaLayout,
    stageNames: (l) => slaStageNames(l),
    build: (c, l) =>
      slaTracker(
        funnelOf(c),
        c.formats,
        c.messages,
        c.figures?.firstMonth ?? monthFrom(c.today(), -SLA_REPORTED_MONTHS),
        l,
        c.figures,
        c.today(),
      ),
    planInputs: { firstMonth: true, firstMonthOffset: -SLA_REPORTED_MONTHS },
  },
  {
    command: "newPlanVsActual",
    needsFunnel: true,
    stageIds: true,
    layout: pvaLayout,
    stageInputs: (l) => pvaStageInputs(l),
    build: (c, l) =>
      planVsActual(
        funnelOf(c),
        c.formats,
        c.messages,
        c.figures?.firstMonth ?? monthFrom(c.today(), -PVA_REPORTED_MONTHS),
        l,
        c.figures,
        c.today(),
      ),
    planInputs: { firstMonth: true, firstMonthOffset: -PVA_REPORTED_MONTHS },
  },
  {
    command: "newCohorts",
    needsFunnel: true,
    stageIds: true,
    layout: cohortsLayout,
    stageInputs: (l) => cohortsStageInputs(l),
    build: (c, l) => cohorts(funnelOf(c), c.formats, c.messages, c.today(), l),
  },
  {
    command: "newCapacityPlan",
    needsFunnel: true,
    stageIds: false,
    layout: capacityLayout,
    stageNames: (l) => capacityStageNames(l),
    build: (c, l) => capacityPlan(funnelOf(c), c.formats, c.messages, monthFrom(c.today(), 1), l),
  },
  {
    command: "newPipelineCoverage",
    needsFunnel: true,
    stageIds: false,
    layout: pipelineLayout,
    stageNames: (l) => pipelineStageNames(l),
    build: (c, l) =>
      pipelineCoverage(funnelOf(c), c.formats, c.messages, monthFrom(c.today(), 0), l),
  },
];

export function templateOf(command: string): TemplateDef | undefined {
  return TEMPLATES.find((t) => t.command === command);
}
