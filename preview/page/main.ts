/**
 * The preview page: fetches the workbook view, draws menu, grid, tabs and sidebar, and redraws
 * whenever the server reports a new version (any cell edit, menu command or sidebar call).
 */
import type { CellView, MenuItemView, WorkbookView } from "../viewTypes";
import { editCell, fetchWorkbook, runMenuCommand, setLocales } from "./api";
import { SPREADSHEET_LOCALES, USER_LOCALES } from "../locales";
import { byId } from "./dom";
import { a1Of, Grid } from "./grid";
import { renderMenuBar } from "./menu";
import { showAlerts } from "./modal";
import { DialogPanel } from "./dialogPanel";
import { SidebarPanel } from "./sidebarPanel";
import { renderTabs } from "./tabs";
import { messageOf } from "../../src/core/messageOf";

const nameBox = byId<HTMLElement>("name-box");
const formulaInput = byId<HTMLInputElement>("formula-input");
const cellError = byId<HTMLElement>("cell-error");
const notices = byId<HTMLElement>("notices");
const toast = byId<HTMLElement>("toast");
const modalRoot = byId<HTMLElement>("modal-root");
const sidebar = new SidebarPanel();
const dialog = new DialogPanel();
/** The add-on's active sheet at the last redraw: when the add-on activates another, follow it. */
let serverActive = "";

let view: WorkbookView | undefined;
let activeSheet = "";
let menuJson = "";
let toastTimer: number | undefined;

function showToast(message: string, isError = false): void {
  toast.textContent = message;
  toast.classList.toggle("error", isError);
  toast.hidden = false;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.hidden = true), isError ? 6000 : 2500);
}

const grid = new Grid(byId("grid"), {
  onSelect(cell: CellView | undefined, address) {
    nameBox.textContent = a1Of(address);
    formulaInput.value = cell?.input ?? "";
    const error = cell?.kind === "error" ? `${cell.text} ${cell.error}`.trim() : "";
    cellError.textContent = error;
    cellError.title = error;
    cellError.hidden = error === "";
  },
  onCommit(address, input) {
    void commit(a1Of(address), input);
  },
});

async function commit(a1: string, input: string): Promise<void> {
  const current = view?.sheets.find((s) => s.name === activeSheet)?.cells.find((c) => c.a1 === a1);
  if ((current?.input ?? "") === input) return;
  try {
    const reply = await editCell(activeSheet, a1, input);
    if (!reply.ok) showToast(reply.message, true);
    await refresh();
  } catch (e) {
    showToast(messageOf(e), true);
  }
}

formulaInput.addEventListener("keydown", (e) => {
  if (e.key === "Enter") {
    e.preventDefault();
    void commit(a1Of(grid.selected), formulaInput.value);
    grid.select(grid.selected);
  } else if (e.key === "Escape") {
    grid.select(grid.selected);
  }
});

async function chooseMenuItem(item: MenuItemView): Promise<void> {
  showToast(`Running ${item.label}…`);
  try {
    const reply = await runMenuCommand(item.functionName, activeSheet);
    if (reply.newSheet) activeSheet = reply.newSheet;
    await refresh(reply.newSheet !== undefined);
    if (reply.ok) showToast(reply.toasts.join(" ") || `${item.label}: done.`);
    showAlerts(modalRoot, reply.alerts);
  } catch (e) {
    showToast(messageOf(e), true);
  }
}

function draw(next: WorkbookView, switchedSheet: boolean): void {
  const firstDraw = view === undefined;
  view = next;
  if (next.activeSheet !== serverActive) {
    // A plan built from a dialog's choice (or any sheet the add-on activated) comes into view.
    if (serverActive !== "" && next.sheets.some((s) => s.name === next.activeSheet)) {
      activeSheet = next.activeSheet;
      switchedSheet = true;
    }
    serverActive = next.activeSheet;
  }
  if (!next.sheets.some((s) => s.name === activeSheet)) activeSheet = next.sheets[0]?.name ?? "";
  const nextMenuJson = JSON.stringify(next.menu);
  if (nextMenuJson !== menuJson) {
    menuJson = nextMenuJson;
    renderMenuBar(byId("menubar"), next.menu, (item) => void chooseMenuItem(item));
  }
  renderTabs(byId("tabs"), next.sheets, activeSheet, (name) => {
    activeSheet = name;
    if (view) draw(view, true);
  });
  const sheet = next.sheets.find((s) => s.name === activeSheet);
  if (sheet) grid.render(sheet, !switchedSheet);
  sidebar.update(next.sidebar);
  dialog.update(next.dialog, !firstDraw);
  notices.hidden = next.notices.length === 0;
  notices.textContent = next.notices.join(" ");
  userLocale.value = next.locales.user;
  spreadsheetLocale.value = next.locales.spreadsheet;
  document.body.dataset.version = String(next.version);
}

// The language switch: the user's language (menu, sidebar, dialogs) and the spreadsheet's locale
// (new plans, money formats).
const userLocale = byId<HTMLSelectElement>("user-locale");
const spreadsheetLocale = byId<HTMLSelectElement>("spreadsheet-locale");
for (const [select, locales] of [
  [userLocale, USER_LOCALES],
  [spreadsheetLocale, SPREADSHEET_LOCALES],
] as const) {
  for (const locale of locales) {
    const option = document.createElement("option");
    option.value = locale;
    option.textContent = locale;
    select.append(option);
  }
  select.addEventListener("change", () => {
    void setLocales({ user: userLocale.value, spreadsheet: spreadsheetLocale.value })
      .then(() => refresh())
      .catch((e: unknown) => showToast(messageOf(e), true));
  });
}

async function refresh(switchedSheet = false): Promise<void> {
  try {
    draw(await fetchWorkbook(), switchedSheet);
  } catch (e) {
    showToast(messageOf(e), true);
  }
}

async function start(): Promise<void> {
  const first = await fetchWorkbook();
  // Open on the plan, as a user would after creating it (the last sheet the defaults added).
  activeSheet = first.sheets[first.sheets.length - 1]?.name ?? "";
  draw(first, true);
  const events = new EventSource("/api/events");
  events.onmessage = (e: MessageEvent<string>) => {
    if (Number(e.data) !== view?.version) void refresh();
  };
  events.onerror = () =>
    showToast("Lost the connection to the preview server (is npm start still running?)", true);
  events.onopen = () => {
    if (toast.textContent?.startsWith("Lost the connection")) toast.hidden = true;
  };
}

start().catch((e: unknown) => showToast(messageOf(e), true));
