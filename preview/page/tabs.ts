/** The sheet tabs along the bottom of the grid. */
import type { SheetView } from "../viewTypes";
import { el } from "./dom";

export function renderTabs(
  container: HTMLElement,
  sheets: SheetView[],
  active: string,
  onPick: (name: string) => void,
): void {
  const tabs = sheets.map((sheet) => {
    const selected = sheet.name === active;
    const tab = el("button", {
      className: selected ? "tab active" : "tab",
      text: sheet.name,
      attrs: { type: "button", role: "tab", "aria-selected": String(selected) },
    });
    tab.addEventListener("click", () => onPick(sheet.name));
    return tab;
  });
  container.replaceChildren(...tabs);
  container.querySelector(".tab.active")?.scrollIntoView({ block: "nearest", inline: "nearest" });
}
