/**
 * The add-on's HTML pages (sidebar, SQL export dialog) carry every language and speak the one in
 * their <html lang>, which the server sets to the user's language as it hands the page out.
 */
import type { Language } from "../i18n/languages";

export function withLanguage(page: string, language: Language): string {
  return page.replace(/<html lang="[^"]*">/, `<html lang="${language}">`);
}
