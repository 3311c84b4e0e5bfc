/**
 * What the server hands each page as it serves it (SPEC §8: a page opens with its data, no round
 * trip): one JSON object in a <script type="application/json"> element appended after the page
 * (HtmlOutput.append). Plain JSON only: no Date crosses (ISO strings instead).
 */
import type { Language } from "../i18n/languages";
import type { FunnelListing, FunnelSummary, LoadedFunnel } from "./stageApi";

/** Every page's language (the user's, SPEC §11) and locale for numbers and times. */
export interface PageBasics {
  language: Language;
  /** The user's locale as Apps Script reports it ("sv", "en_GB"); may be empty. */
  locale: string;
}

/** The stage editor: the funnel list and the funnel it opens on, loaded. */
export interface StageEditorData extends PageBasics {
  funnels: FunnelListing[];
  /** The funnel of the sheet in view, else the default, else the first; null when none exists. */
  loaded: LoadedFunnel | null;
  /** Why `loaded` is null although funnels exist (the table could not be read), in words. */
  loadError?: string;
}

/** The Export-as-SQL dialog: the funnel list and the stage names of the funnel it opens on. */
export interface SqlExportData extends PageBasics {
  funnels: FunnelListing[];
  /** The funnel shown first (the one in view, else the default, else the first); null: none. */
  funnelKey: string | null;
  /** That funnel's stage names, top first. */
  stages: string[];
}

/** The choose-funnel dialog of New plan: which template, and the funnels to choose from. */
export interface ChooseFunnelData extends PageBasics {
  command: string;
  funnels: FunnelSummary[];
}

export const PAGE_DATA_ID = "page-data";

/**
 * The data as an element to append to a page. The JSON sits in a script element the browser never
 * runs; "<" and ">" are escaped (as \u003c, \u003e) so no text inside can close the element or
 * open a comment, and "&" so the HTML parse that Google applies to the served content
 * (HtmlService) cannot read an entity: JSON.parse gives back exactly what was sent.
 */
export function pageDataElement(data: PageBasics): string {
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `<script type="application/json" id="${PAGE_DATA_ID}">${json}</script>`;
}

/**
 * A plan's own figures, as New plan asks for them once (SPEC §6): plain JSON, the first month as
 * "YYYY-MM" (no Date crosses google.script.run).
 */
export interface PlanInputs {
  target: number;
  dealSize: number;
  /** "2027-01"; "" for a template without months (the annual plan). */
  firstMonth: string;
  /** An ISO currency code New plan offers ("EUR"), or "" for plain numbers. */
  currency: string;
}

/** A funnel New plan can plan for, with the figures its dialog starts from for it. */
export interface NewPlanFunnel {
  key: string;
  name: string;
  /** Labels the funnel in the list; absent for the funnel in view offered alone (no list). */
  stageCount?: number;
  inputs: PlanInputs;
  /** The plan sheet the figures were taken from, or null: the example figures. */
  from: string | null;
}

/** New plan's dialog: the template, the funnels (the one in view first) and the currencies. */
export interface NewPlanData extends PageBasics {
  command: string;
  /** The plan's title in the user's language. */
  planTitle: string;
  /** Empty for a template that plans for no funnel. */
  funnels: NewPlanFunnel[];
  /** Whether the template has months (and so a first month). */
  hasMonths: boolean;
  /** Offered currency codes with their symbol, the spreadsheet's own first. */
  currencies: { code: string; symbol: string }[];
  /** The figures for a template without a funnel. */
  inputs: PlanInputs;
}
