/**
 * How the add-on serves its pages (sidebar, dialogs): the built file (dist/<name>.html) with the
 * page's data appended as a JSON element (src/wire/pages.ts), so a page opens without a round trip
 * (SPEC §8) and speaks the user's language from its first paint (SPEC §11).
 */
import { DEFAULT_FUNNEL_KEY } from "../core/funnel";
import type { FunnelSummary } from "../wire/stageApi";
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
 * The funnel of the sheet in view: the funnel's own sheet (its name is the sheet's), or the funnel
 * a plan sheet records. Undefined when the sheet is neither.
 */
export function funnelInView(
  sheet: SheetInView | null | undefined,
  funnels: readonly FunnelSummary[],
): FunnelSummary | undefined {
  if (!sheet) return undefined;
  const name = sheet.getName(); // once: each call is a service call (SPEC §8)
  const byName = funnels.find((f) => f.name === name);
  if (byName) return byName;
  const record = readRecord(sheet)?.record;
  return record ? funnels.find((f) => f.key === record.funnel) : undefined;
}

/**
 * The funnel a page opens on: the one in view, else the default, else the first (SPEC §5). The
 * sheet in view is asked for only when there is a choice to make (each look is a service call).
 */
export function funnelToShow(
  sheet: () => SheetInView | null | undefined,
  funnels: readonly FunnelSummary[],
): FunnelSummary | undefined {
  if (funnels.length <= 1) return funnels[0];
  return (
    funnelInView(sheet(), funnels) ??
    funnels.find((f) => f.key === DEFAULT_FUNNEL_KEY) ??
    funnels[0]
  );
}
