/** The add-on's menu as onOpen recorded it, drawn as a menu-bar button with nested submenus. */
import type { MenuItemView, MenuView } from "../viewTypes";
import { el } from "./dom";

function list(
  menu: MenuView,
  onChoose: (item: MenuItemView) => void,
  close: () => void,
): HTMLUListElement {
  const ul = el("ul", {
    className: "menu-list",
    attrs: { role: "menu", "aria-label": menu.label },
  });
  for (const item of menu.items) {
    if ("items" in item) {
      const button = el("button", {
        className: "menu-item has-submenu",
        text: item.label,
        attrs: { type: "button", role: "menuitem", "aria-haspopup": "true" },
      });
      const li = el("li", { className: "submenu" }, [button, list(item, onChoose, close)]);
      button.addEventListener("click", () => li.classList.toggle("open"));
      ul.appendChild(li);
    } else {
      const button = el("button", {
        className: "menu-item",
        text: item.label,
        attrs: { type: "button", role: "menuitem", "data-function": item.functionName },
      });
      button.addEventListener("click", () => {
        close();
        onChoose(item);
      });
      ul.appendChild(el("li", {}, [button]));
    }
  }
  if (menu.items.length === 0)
    ul.appendChild(el("li", { className: "menu-empty", text: "onOpen added no items" }));
  return ul;
}

export function renderMenuBar(
  container: HTMLElement,
  menu: MenuView,
  onChoose: (item: MenuItemView) => void,
): void {
  const top = el("div", { className: "menu" });
  const button = el("button", {
    className: "menu-button",
    text: menu.label,
    attrs: { type: "button", "aria-haspopup": "true", "aria-expanded": "false" },
  });
  const close = () => {
    top.classList.remove("open");
    button.setAttribute("aria-expanded", "false");
    top.querySelectorAll(".submenu.open").forEach((node) => node.classList.remove("open"));
  };
  button.addEventListener("click", () => {
    const open = !top.classList.contains("open");
    close();
    if (open) {
      top.classList.add("open");
      button.setAttribute("aria-expanded", "true");
    }
  });
  top.append(button, list(menu, onChoose, close));
  document.addEventListener("mousedown", (e) => {
    if (!top.contains(e.target as Node)) close();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
  container.replaceChildren(top);
}
