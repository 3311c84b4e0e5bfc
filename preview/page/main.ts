/**
 * The preview page: fetches the workbook view (the tab in view laid out), draws menu, toolbar,
 * grid, tabs and sidebar, and redraws when the server reports a new version (which it does only
 * when the workbook or what the page shows of the add-on changed).
 */
import { parseA1 } from "../../fakes/a1";
import { messageOf } from "../../src/core/messageOf";
import { detectSeparator, parseDelimited } from "../delimited";
import { fill, previewText, type PreviewText } from "../previewText";
import type { CellView, EditReply, MenuItemView, WorkbookView } from "../viewTypes";
import * as api from "./api";
import { SPREADSHEET_LOCALES, USER_LOCALES } from "../locales";
import { byId } from "./dom";
import { a1Of, Grid, rangeA1, type GridRange } from "./grid";
import { renderMenuBar } from "./menu";
import { showAlerts } from "./modal";
import { DialogPanel } from "./dialogPanel";
import { SidebarPanel } from "./sidebarPanel";
import { TabBar } from "./tabs";
import { useText } from "./pageText";

const nameBox = byId<HTMLElement>("name-box");
const formulaInput = byId<HTMLInputElement>("formula-input");
const cellError = byId<HTMLElement>("cell-error");
const notices = byId<HTMLElement>("notices");
const toast = byId<HTMLElement>("toast");
const modalRoot = byId<HTMLElement>("modal-root");
const undoButton = byId<HTMLButtonElement>("undo");
const redoButton = byId<HTMLButtonElement>("redo");
const importButton = byId<HTMLButtonElement>("import-csv");
const csvFile = byId<HTMLInputElement>("csv-file");
const sidebar = new SidebarPanel();
const dialog = new DialogPanel();
const tabs = new TabBar(byId("tabs"));
/** The add-on's active sheet at the last redraw: when the add-on activates another, follow it. */
let serverActive = "";

let view: WorkbookView | undefined;
let activeSheet = "";
let menuJson = "";
let toastTimer: number | undefined;

function text(): PreviewText {
  return view?.text ?? previewText("en");
}

function showToast(message: string, isError = false): void {
  toast.textContent = message;
  toast.classList.toggle("error", isError);
  toast.hidden = false;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.hidden = true), isError ? 6000 : 2500);
}

function failed(e: unknown): void {
  showToast(messageOf(e), true);
}

const grid: Grid = new Grid(byId("grid"), {
  onSelect(cell: CellView | undefined, range: GridRange) {
    const a1 = rangeA1(range);
    // A redraw re-selects the same cell: what is being typed in the formula bar stays.
    const typing = document.activeElement === formulaInput && nameBox.textContent === a1;
    nameBox.textContent = a1;
    if (!typing) formulaInput.value = cell?.input ?? "";
    const error = cell?.kind === "error" ? `${cell.text} ${cell.error}`.trim() : "";
    cellError.textContent = error;
    cellError.title = error;
    cellError.hidden = error === "";
  },
  onCommit(address, input) {
    void write(api.editCell(grid.sheetName, a1Of(address), input));
  },
  onClear(range) {
    void write(api.clearRange(grid.sheetName, rangeA1(range)));
  },
  onPasteRows(range, rows) {
    void write(api.pasteRows(grid.sheetName, rangeA1(range), rows), true);
  },
  onPasteCopy(range, copied) {
    void write(api.pasteCopy(grid.sheetName, rangeA1(range), copied), true);
  },
  onUndo: () => void undoOrRedo(api.undo),
  onRedo: () => void undoOrRedo(api.redo),
});

grid.onStale = () => void refresh(true);

/** A grid write: its reply, then the redraw; `selectWritten` selects the range it filled. */
async function write(reply: Promise<EditReply>, selectWritten = false): Promise<void> {
  try {
    const done = await reply;
    if (done.ok) {
      if (selectWritten) selectAfterRedraw = done.range;
      catchUp(done.version);
      return;
    }
    showToast(done.message, true);
  } catch (e) {
    failed(e);
  }
  // Nothing was written: the cell shows what it held again.
  await refresh(true);
}

async function undoOrRedo(step: () => Promise<EditReply>): Promise<void> {
  try {
    const done = await step();
    if (!done.ok) {
      showToast(done.message, true);
      return;
    }
    // Undo shows where it changed something, as Sheets does.
    const switched = done.sheet !== activeSheet;
    activeSheet = done.sheet;
    selectAfterRedraw = done.range;
    expected = Math.max(expected, done.version);
    await refresh(switched, switched);
  } catch (e) {
    failed(e);
  }
}

/** A range the next redraw selects (what a paste filled, what an undo put back). */
let selectAfterRedraw: string | undefined;

formulaInput.addEventListener("keydown", (e) => {
  if (e.key === "Enter") {
    e.preventDefault();
    const address = grid.selected;
    const current = grid.cellAt(address);
    if ((current?.input ?? "") !== formulaInput.value) {
      grid.markPending(address, formulaInput.value);
      void write(api.editCell(grid.sheetName, a1Of(address), formulaInput.value));
    }
    grid.select(address);
  } else if (e.key === "Escape") {
    grid.select(grid.selected);
  }
});

undoButton.addEventListener("click", () => void undoOrRedo(api.undo));
redoButton.addEventListener("click", () => void undoOrRedo(api.redo));

// CSV from a file picker, as Sheets' File ▸ Import ("Replace data at selected cell"): the file's
// rows land at the selected cell, each field read as typed input, separator detected.
importButton.addEventListener("click", () => csvFile.click());
csvFile.addEventListener("change", () => {
  const file = csvFile.files?.[0];
  csvFile.value = "";
  if (!file) return;
  void file
    .text()
    .then(async (content) => {
      const body = content.replace(/^\uFEFF/, "");
      const rows = parseDelimited(body, detectSeparator(body));
      if (rows.length === 0) {
        showToast(fill(text().emptyFile, { file: file.name }), true);
        return;
      }
      const at = a1Of(grid.selected);
      const reply = await api.pasteRows(grid.sheetName, at, rows);
      if (!reply.ok) showToast(reply.message, true);
      else {
        selectAfterRedraw = reply.range;
        showToast(fill(text().imported, { file: file.name, range: reply.range }));
        catchUp(reply.version);
      }
    })
    .catch(failed);
});

async function chooseMenuItem(item: MenuItemView): Promise<void> {
  showToast(fill(text().running, { label: item.label }));
  try {
    const reply = await api.runMenuCommand(item.functionName, activeSheet);
    const switched = reply.newSheet !== undefined && reply.newSheet !== activeSheet;
    if (reply.newSheet) activeSheet = reply.newSheet;
    await refresh(true, switched);
    if (reply.ok) showToast(reply.toasts.join(" ") || fill(text().done, { label: item.label }));
    showAlerts(modalRoot, reply.alerts);
  } catch (e) {
    failed(e);
  }
}

function draw(next: WorkbookView, switchedSheet: boolean): void {
  const firstDraw = view === undefined;
  view = next;
  if (next.activeSheet !== serverActive) {
    // A plan built from a dialog's choice (or any sheet the add-on activated) comes into view.
    if (serverActive !== "" && next.sheets.some((s) => s.name === next.activeSheet)) {
      if (activeSheet !== next.activeSheet) switchedSheet = true;
      activeSheet = next.activeSheet;
    }
    serverActive = next.activeSheet;
  }
  if (!next.sheets.some((s) => s.name === activeSheet)) {
    activeSheet = next.sheet?.name ?? next.sheets[0]?.name ?? "";
    switchedSheet = true;
  }
  const nextMenuJson = JSON.stringify(next.menu);
  if (nextMenuJson !== menuJson) {
    menuJson = nextMenuJson;
    renderMenuBar(byId("menubar"), next.menu, (item) => void chooseMenuItem(item));
  }
  tabs.render(next.sheets, activeSheet, next.text, (name) => {
    if (name === activeSheet) return;
    activeSheet = name;
    void refresh(true, true);
  });
  // The view lays out the sheet asked for; a tab chosen meanwhile is fetched next.
  if (next.sheet && next.sheet.name === activeSheet) {
    if (!grid.render(next.sheet, !switchedSheet, next.version)) forced = true;
    if (selectAfterRedraw) {
      const r = parseA1(selectAfterRedraw);
      selectAfterRedraw = undefined;
      grid.select({ row: r.row, column: r.column }, true, {
        row: r.row + r.numRows - 1,
        column: r.column + r.numColumns - 1,
      });
    }
  } else forced = true;
  sidebar.update(next.sidebar);
  dialog.update(next.dialog, !firstDraw);
  notices.hidden = next.notices.length === 0;
  notices.textContent = next.notices.join(" ");
  userLocale.value = next.locales.user;
  spreadsheetLocale.value = next.locales.spreadsheet;
  undoButton.disabled = !next.history.canUndo;
  redoButton.disabled = !next.history.canRedo;
  undoButton.title = next.text.undo;
  undoButton.setAttribute("aria-label", next.text.undo);
  redoButton.title = next.text.redo;
  redoButton.setAttribute("aria-label", next.text.redo);
  importButton.textContent = next.text.importCsv;
  useText(next.text);
  byId("doc-name").textContent = next.text.title;
  document.title = next.text.title;
  document.documentElement.lang = next.locales.user.replace("_", "-");
  byId("doc-hint").textContent = next.text.docHint;
  byId("user-locale-label").textContent = next.text.userLanguage;
  byId("spreadsheet-locale-label").textContent = next.text.spreadsheetLocale;
  document.body.dataset.version = String(next.version);
}

// The language switch: the user's language (menu, sidebar, dialogs) and the spreadsheet's locale
// (new plans, money formats, how numbers and dates show and are typed).
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
    void api
      .setLocales({ user: userLocale.value, spreadsheet: spreadsheetLocale.value })
      .then(() => refresh(true))
      .catch(failed);
  });
}

/** One fetch at a time, until the view is as new as the newest version the page heard of. */
let fetching = false;
/** The newest workbook version the server announced (event stream or a write's reply). */
let expected = 0;
/** A fetch is needed whatever the version (another tab, a failed write to show as it was). */
let forced = false;
let forcedSwitch = false;

/** The view at `version` or newer. */
function catchUp(version: number): void {
  expected = Math.max(expected, version);
  void refresh();
}

async function refresh(force = false, switchedSheet = false): Promise<void> {
  forced ||= force;
  forcedSwitch ||= switchedSheet;
  if (fetching) return;
  fetching = true;
  try {
    while (forced || (view?.version ?? 0) < expected) {
      forced = false;
      const switched = forcedSwitch;
      forcedSwitch = false;
      draw(
        await api.fetchWorkbook(activeSheet || undefined, grid.versionOf(activeSheet)),
        switched,
      );
    }
  } catch (e) {
    failed(e);
  } finally {
    fetching = false;
  }
}

async function start(): Promise<void> {
  // Opens on the sheet the add-on left active (the plan the defaults built last).
  const first = await api.fetchWorkbook();
  activeSheet = first.sheet?.name ?? first.sheets[0]?.name ?? "";
  draw(first, true);
  const events = new EventSource("/api/events");
  events.onmessage = (e: MessageEvent<string>) => catchUp(Number(e.data));
  events.onerror = () => showToast(text().lostConnection, true);
  events.onopen = () => {
    if (toast.textContent === text().lostConnection) toast.hidden = true;
  };
}

start().catch(failed);
