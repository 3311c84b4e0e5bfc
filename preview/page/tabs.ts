/**
 * The sheet tabs along the bottom of the grid, as Sheets draws them: an "All sheets" list button,
 * the tabs in a strip that scrolls sideways when there are more than fit (arrow buttons, the mouse
 * wheel), the active tab scrolled into view.
 */
import type { SheetTab } from "../viewTypes";
import type { PreviewText } from "../previewText";
import { el } from "./dom";

export class TabBar {
  private readonly strip: HTMLElement;
  private readonly list: HTMLElement;
  private readonly allSheets: HTMLButtonElement;
  private readonly left: HTMLButtonElement;
  private readonly right: HTMLButtonElement;
  private onPick: (name: string) => void = () => undefined;
  private drawn = "";

  constructor(container: HTMLElement) {
    this.allSheets = el("button", {
      className: "tab-tool all-sheets",
      text: "☰",
      attrs: { type: "button", "aria-haspopup": "menu" },
    });
    this.list = el("div", { className: "sheet-list", attrs: { role: "menu", hidden: "" } });
    this.strip = el("div", { className: "tab-strip", attrs: { role: "tablist" } });
    this.left = el("button", { className: "tab-tool", text: "◀", attrs: { type: "button" } });
    this.right = el("button", { className: "tab-tool", text: "▶", attrs: { type: "button" } });
    container.replaceChildren(this.allSheets, this.list, this.strip, this.left, this.right);
    const scrollBy = (dx: number) => this.strip.scrollBy({ left: dx, behavior: "smooth" });
    this.left.addEventListener("click", () => scrollBy(-240));
    this.right.addEventListener("click", () => scrollBy(240));
    this.strip.addEventListener("scroll", () => this.updateArrows());
    this.strip.addEventListener(
      "wheel",
      (e) => {
        if (e.deltaY === 0) return;
        e.preventDefault();
        this.strip.scrollLeft += e.deltaY;
      },
      { passive: false },
    );
    this.allSheets.addEventListener("click", (e) => {
      e.stopPropagation();
      this.list.hidden = !this.list.hidden;
    });
    document.addEventListener("click", () => (this.list.hidden = true));
    new ResizeObserver(() => this.updateArrows()).observe(this.strip);
  }

  render(
    sheets: SheetTab[],
    active: string,
    text: PreviewText,
    onPick: (name: string) => void,
  ): void {
    this.onPick = onPick;
    // Drawn again only when the sheets, the active one or the words changed (a redraw after an
    // edit leaves the tab bar as it is, without a layout pass).
    const drawn = JSON.stringify([sheets, active, text.allSheets]);
    if (drawn === this.drawn) return;
    this.drawn = drawn;
    this.allSheets.title = text.allSheets;
    this.allSheets.setAttribute("aria-label", text.allSheets);
    this.left.title = text.scrollTabsLeft;
    this.left.setAttribute("aria-label", text.scrollTabsLeft);
    this.right.title = text.scrollTabsRight;
    this.right.setAttribute("aria-label", text.scrollTabsRight);
    const tabs = sheets.map((sheet) => {
      const selected = sheet.name === active;
      const tab = el("button", {
        className: selected ? "tab active" : "tab",
        text: sheet.name,
        attrs: { type: "button", role: "tab", "aria-selected": String(selected) },
      });
      tab.addEventListener("click", () => this.onPick(sheet.name));
      return tab;
    });
    this.strip.replaceChildren(...tabs);
    this.list.replaceChildren(
      ...sheets.map((sheet) => {
        const item = el("button", {
          className: sheet.name === active ? "sheet-list-item active" : "sheet-list-item",
          text: sheet.name,
          attrs: { type: "button", role: "menuitem" },
        });
        item.addEventListener("click", () => {
          this.list.hidden = true;
          this.onPick(sheet.name);
        });
        return item;
      }),
    );
    this.strip
      .querySelector(".tab.active")
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
    this.updateArrows();
  }

  /** The arrows show only when the tabs do not all fit. */
  private updateArrows(): void {
    const overflowing = this.strip.scrollWidth > this.strip.clientWidth + 1;
    this.left.hidden = !overflowing;
    this.right.hidden = !overflowing;
    this.left.disabled = this.strip.scrollLeft <= 0;
    this.right.disabled =
      this.strip.scrollLeft + this.strip.clientWidth >= this.strip.scrollWidth - 1;
  }
}
