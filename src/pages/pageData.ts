/**
 * A page's data as the server appended it (src/wire/pages.ts). Pages start once the document is
 * parsed (the build wraps their code in a DOMContentLoaded handler), so the element is there.
 */
import { resolveLanguage } from "../i18n/languages";
import { PAGE_DATA_ID, type PageBasics } from "../wire/pages";

export function readPageData<T extends PageBasics>(): T {
  const element = document.getElementById(PAGE_DATA_ID);
  const data = JSON.parse(element?.textContent || "{}") as T;
  // A page opened without its data (never by the add-on) still speaks a language.
  data.language = resolveLanguage(data.language);
  data.locale = typeof data.locale === "string" ? data.locale : "";
  document.documentElement.lang = data.language;
  return data;
}
