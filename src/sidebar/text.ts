/**
 * The sidebar's language: the server writes the user's language (Session.getActiveUserLocale, the
 * language of their Google account, which Sheets itself uses) into <html lang> when it hands the
 * sidebar out (showStageEditor). So the first paint is already in that language with no extra
 * round trip, and the sidebar agrees with the server's messages (saves, conflicts), which follow
 * the same setting; navigator.language is the browser's, which can differ from the account's.
 */
import { presets as englishPresets } from "../core/presets";
import { resolveLanguage } from "../i18n/languages";
import { presetMessages } from "../i18n/presets";
import { localizedPresets } from "../i18n/presets/localize";
import { sidebarMessages } from "../i18n/sidebar";
import { uiMessages } from "../i18n/ui";

export const language = resolveLanguage(document.documentElement.lang);

/** Every sidebar label, button, status and prompt. */
export const t = sidebarMessages(language);

/** The stage rules' messages, shown next to the fields. */
export const validation = uiMessages(language).validation;

/** The presets with their names, stages, owners and criteria in the sidebar's language. */
export function presets() {
  return localizedPresets(englishPresets(), presetMessages(language));
}

/** The usual owners offered in the owner picker, in the sidebar's language. */
export function suggestedOwners(): string[] {
  return Object.values(presetMessages(language).owners);
}
