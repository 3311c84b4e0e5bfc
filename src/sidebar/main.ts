/**
 * The stage editor sidebar (SPEC §5): picks a funnel, edits its stages, creates, renames and
 * deletes funnels. It opens with its data in the page — the funnel list and the funnel in view,
 * loaded (src/addon/stageEditor.ts) — so opening it costs no round trip of its own (SPEC §8).
 *
 * The parts: the screen (./view), the server actions (./actions), the stage editor (./editor, over
 * the pure draft list ./draftList), the forms (./forms) and the question box (./confirm).
 */
import { sidebarActions } from "./actions";
import { page, t } from "./page";
import { sidebarView } from "./view";

// The actions reach the view only when the user acts, once it is drawn.
const actions = sidebarActions(() => view);
const view = sidebarView(actions);
view.show(page.loaded ?? undefined, page.funnels);
if (page.loadError) view.setStatus(t.couldNotLoad(page.loadError), "error");
