/**
 * What the server hands each page as it serves it (SPEC §8: a page opens with its data, no round
 * trip): one JSON object in a <script type="application/json"> element appended after the page
 * (HtmlOutput.append). Plain JSON only: no Date crosses (ISO strings instead).
 */
import type { Language } from "../i18n/languages";
import type { FunnelSummary, LoadedFunnel } from "./stageApi";

/** Every page's language (the user's, SPEC §11) and locale for numbers and times. */
export interface PageBasics {
  language: Language;
  /** The user's locale as Apps Script reports it ("sv", "en_GB"); may be empty. */
  locale: string;
}

/** The stage editor: the funnel list and the funnel it opens on, loaded. */
export interface StageEditorData extends PageBasics {
  funnels: FunnelSummary[];
  /** The funnel of the sheet in view, else the default, else the first; null when none exists. */
  loaded: LoadedFunnel | null;
  /** Why `loaded` is null although funnels exist (the table could not be read), in words. */
  loadError?: string;
}

/** The Export-as-SQL dialog: the funnel list and the stage names of the funnel it opens on. */
export interface SqlExportData extends PageBasics {
  funnels: FunnelSummary[];
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
