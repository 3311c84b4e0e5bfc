/**
 * How the add-on serves its pages (sidebar, dialogs): the built file (dist/<name>.html) with the
 * page's data appended as a JSON element (src/wire/pages.ts), so a page opens without a round trip
 * (SPEC §8) and speaks the user's language from its first paint (SPEC §11).
 */
import { DEFAULT_FUNNEL_KEY } from "../core/funnel";
import type { FunnelListing } from "../wire/stageApi";
import { pageDataElement, type PageBasics } from "../wire/pages";
import { resolveLanguage } from "../i18n/languages";
import { userLocale } from "./locale";
import { readRecord, type RecordedSheet } from "./templates/planRecord";

export type PageFile = "sidebar" | "sqlExport" | "chooseFunnel" | "newPlan";

/** The user's language and locale, which every page's data starts with. */
export function pageBasics(): PageBasics {
  const locale = userLocale();
  return { language: resolveLanguage(locale), locale };
}

/**
 * The page as Google serves it, its data appended (HtmlOutput.append: "Appends new content to the
 * content of this HtmlOutput"; the data is escaped by pageDataElement, which is why the trusted
 * append is right here).
 */
export function servePage<D extends PageBasics>(
  file: PageFile,
  data: D,
): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutputFromFile(file).append(pageDataElement(data));
}

type SheetInView = RecordedSheet & { getName(): string };

/**
 * What the sheet in view says about its funnel: the funnel's own sheet (its name is the sheet's),
 * or the funnel a plan sheet records — or, for a plan whose funnel was deleted, that funnel's name
 * (`gone`), so a command that goes on with another funnel can say why (SPEC §6).
 */
export function viewOf(
  sheet: SheetInView | null | undefined,
  funnels: readonly FunnelListing[],
): { funnel?: FunnelListing; gone?: string } {
  if (!sheet) return {};
  const name = sheet.getName(); // once: each call is a service call (SPEC §8)
  const byName = funnels.find((f) => f.name === name);
  if (byName) return { funnel: byName };
  const record = readRecord(sheet)?.record;
  if (!record || record.funnel === "") return {};
  const funnel = funnels.find((f) => f.key === record.funnel);
  return funnel ? { funnel } : { gone: record.funnelName ?? record.funnel };
}

/** The funnel a page opens on when none is in view: the default, else the first (SPEC §5). */
function fallbackFunnel(funnels: readonly FunnelListing[]): FunnelListing | undefined {
  return funnels.find((f) => f.key === DEFAULT_FUNNEL_KEY) ?? funnels[0];
}

/**
 * The funnel a page opens on: the one in view, else the default, else the first (SPEC §5). When
 * the sheet in view is a plan of a deleted funnel, `onGone` hears that funnel's name (whether or
 * not another funnel is left to show).
 */
export function funnelToShow(
  sheet: SheetInView | null | undefined,
  funnels: readonly FunnelListing[],
  onGone?: (gone: string) => void,
): FunnelListing | undefined {
  // The sheet in view is looked at even with one funnel: a plan of a deleted funnel must say why
  // another is shown (SPEC §6), which is worth its few service calls (SPEC §8).
  const view = viewOf(sheet, funnels);
  if (view.funnel) return view.funnel;
  const shown = fallbackFunnel(funnels);
  if (view.gone !== undefined) onGone?.(view.gone);
  return shown;
}
