/** A modal holding the add-on's dialog HTML (Ui.showModalDialog), served by the preview. */
import type { DialogView } from "../viewTypes";
import { byId } from "./dom";

export class DialogPanel {
  private readonly backdrop = byId<HTMLElement>("dialog");
  private readonly frame = byId<HTMLIFrameElement>("dialog-frame");
  private readonly title = byId<HTMLElement>("dialog-title");
  private shownRevision = 0;

  constructor() {
    byId<HTMLButtonElement>("dialog-close").addEventListener("click", () => this.close());
    // google.script.host.close() in the dialog asks its parent to close it.
    window.addEventListener("message", (e: MessageEvent<unknown>) => {
      const data = e.data as { type?: unknown } | null;
      if (e.source === this.frame.contentWindow && data?.type === "funnel-preview:close-sidebar")
        this.close();
    });
  }

  /** Opens the dialog when the add-on showed a new one since the last look. */
  update(dialog: DialogView | null, opened: boolean): void {
    if (!dialog || dialog.revision === this.shownRevision) return;
    this.shownRevision = dialog.revision;
    if (!opened) return; // shown before the page loaded: not reopened
    this.title.textContent = dialog.title;
    this.frame.src = `/dialog?revision=${dialog.revision}`;
    this.backdrop.hidden = false;
  }

  close(): void {
    this.backdrop.hidden = true;
    this.frame.removeAttribute("src");
  }
}
