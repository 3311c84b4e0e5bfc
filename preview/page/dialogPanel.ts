/**
 * A modal dialog the add-on opened (Ui.showModalDialog): its real HTML in a frame over the page,
 * at the size the add-on asked for, with Sheets' title bar and close button.
 * google.script.host.close() inside it asks the page to close it.
 */
import type { DialogView } from "../viewTypes";
import { el } from "./dom";
import { pageText } from "./pageText";

export class DialogPanel {
  private shownRevision = 0;
  private backdrop: HTMLElement | undefined;
  private frame: HTMLIFrameElement | undefined;

  constructor() {
    window.addEventListener("message", (e: MessageEvent<unknown>) => {
      const data = e.data as { type?: unknown } | null;
      if (this.frame && e.source === this.frame.contentWindow) {
        if (data?.type === "funnel-preview:close-sidebar") this.close();
      }
    });
  }

  /**
   * Opens the dialog when the add-on called showModalDialog again since the last look; one shown
   * before the page loaded (`opened` false on the first draw) is not reopened.
   */
  update(dialog: DialogView | null, opened = true): void {
    if (!dialog || dialog.revision === this.shownRevision) return;
    this.shownRevision = dialog.revision;
    this.close();
    if (!opened) return;
    const frame = el("iframe", {
      className: "dialog-frame",
      attrs: {
        title: dialog.title,
        src: `/dialog?revision=${dialog.revision}`,
        allow: "clipboard-write",
      },
    });
    frame.style.width = `${dialog.width}px`;
    frame.style.height = `${dialog.height}px`;
    const close = el("button", {
      className: "icon-button",
      text: "✕",
      attrs: { type: "button", "aria-label": pageText().closeDialogLabel },
    });
    close.addEventListener("click", () => this.close());
    const box = el(
      "div",
      {
        className: "dialog",
        attrs: { role: "dialog", "aria-modal": "true", "aria-label": dialog.title },
      },
      [
        el("header", { className: "dialog-header" }, [
          el("span", { className: "dialog-title", text: dialog.title }),
          close,
        ]),
        frame,
      ],
    );
    this.backdrop = el("div", { className: "modal-backdrop dialog-backdrop" }, [box]);
    this.frame = frame;
    document.body.appendChild(this.backdrop);
  }

  close(): void {
    this.backdrop?.remove();
    this.backdrop = undefined;
    this.frame = undefined;
  }
}
