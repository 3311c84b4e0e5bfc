/**
 * What the stage editor knows when it opens: its data (the funnel list and the funnel it shows,
 * src/wire/pages.ts) and the user's language and locale, which the server read from their Google
 * account (Session.getActiveUserLocale, which Sheets itself uses) — so the first paint is in that
 * language and agrees with the server's messages; navigator.language is the browser's and can
 * differ. Numbers and times follow the same locale.
 */
import type { StageServerApi } from "../wire/stageApi";
import type { StageEditorData } from "../wire/pages";
import { formatsFor } from "../i18n/format";
import { presets, suggestedOwners } from "../i18n/presets";
import { sidebarMessages } from "../i18n/sidebar";
import { uiMessages } from "../i18n/ui";
import { readPageData } from "../pages/pageData";
import { serverClient } from "../pages/server";

export const page = readPageData<StageEditorData>();

/** Every sidebar label, button, status and prompt. */
export const t = sidebarMessages(page.language);

/** The stage rules' messages, shown next to the fields. */
export const rules = uiMessages(page.language).validation;

/** Numbers, percents and times as the user's locale writes them. */
export const formats = formatsFor(page.locale, page.language);

/** The presets, every word in the user's language. */
export const PRESETS = presets(page.language);

/** The usual owners offered in the owner picker. */
export const OWNERS = suggestedOwners(page.language);

/** The server functions the sidebar calls (src/addon/stageServer.ts). */
export const server = serverClient<StageServerApi>();
