/** The 300 px side panel holding the add-on's real sidebar HTML, served by the preview. */
import type { SidebarView } from "../viewTypes";
import { byId } from "./dom";

export class SidebarPanel {
  private readonly panel = byId<HTMLElement>("sidebar");
  private readonly frame = byId<HTMLIFrameElement>("sidebar-frame");
  private readonly title = byId<HTMLElement>("sidebar-title");
  private shownRevision = 0;

  constructor() {
    byId<HTMLButtonElement>("sidebar-close").addEventListener("click", () => this.close());
    window.addEventListener("message", (e: MessageEvent<unknown>) => {
      const data = e.data as { type?: unknown } | null;
      if (e.source === this.frame.contentWindow && data?.type === "funnel-preview:close-sidebar")
        this.close();
    });
  }

  /** Opens (or reloads) the panel when the add-on called showSidebar again since the last look. */
  update(sidebar: SidebarView | null): void {
    if (!sidebar || sidebar.revision === this.shownRevision) return;
    this.shownRevision = sidebar.revision;
    this.title.textContent = sidebar.title || "Sidebar";
    this.frame.src = `/sidebar?revision=${sidebar.revision}`;
    this.panel.hidden = false;
  }

  close(): void {
    this.panel.hidden = true;
    this.frame.removeAttribute("src");
  }
}
