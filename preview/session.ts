/**
 * One preview session: the built add-on (dist/Code.js in the vm harness) over one in-memory
 * workbook evaluated by the formula engine (kept alive and updated incrementally). Every operation
 * the page or the sidebar performs goes through here. `version` moves only when the workbook or
 * what the page shows of the add-on (menu, sidebar, dialog, toasts, locales) changed, so a
 * read-only call from the sidebar redraws nothing.
 */
import { parseA1, toA1, type GridRect } from "../fakes/a1";
import { openAddon, type Addon } from "../fakes/addon";
import { FakeWorkbook, type FakeSheet } from "../fakes/spreadsheet";
import { throughScriptRun } from "../fakes/scriptRun";
import { attachFormulaEngine } from "../fakes/workbookEngine";
import { clearRange, copyCells, growToFit, pasteArea, writeTyped } from "./cellWrites";
import { buildDefaultWorkbook } from "./defaultWorkbook";
import { EditHistory } from "./history";
import { messageOf } from "./messageOf";
import { fill, previewText } from "./previewText";
import type {
  AlertView,
  DialogView,
  EditReply,
  MenuReply,
  LocalesView,
  MenuView,
  RunReply,
  SheetView,
  SidebarView,
  WorkbookView,
} from "./viewTypes";
import { SheetLayouts } from "./workbookView";

/** A range copied in the page, pasted elsewhere as Sheets pastes its own copy (formulas moved). */
export interface CopiedRange {
  sheet: string;
  range: string;
}

/** Sheets' limit on a paste that would grow the grid past 10 million cells is far off; ours: */
const MAX_PASTE_CELLS = 200_000;

export class PreviewSession {
  readonly addon: Addon;
  readonly notices: string[];
  private version = 1;
  private readonly listeners = new Set<(version: number) => void>();
  private readonly history = new EditHistory();
  private readonly layouts = new SheetLayouts();
  /** The version at which the page was last sent each sheet (its last layout). */
  private readonly sent = new WeakMap<FakeSheet, number>();
  /** What the page last saw, as counts of what changed (see `changed`). */
  private seen: string;

  constructor() {
    this.addon = openAddon(new FakeWorkbook());
    attachFormulaEngine(this.addon.book, this.addon.functions);
    this.notices = buildDefaultWorkbook(this.addon);
    this.seen = this.fingerprint();
  }

  get book(): FakeWorkbook {
    return this.addon.book;
  }

  onChange(listener: (version: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  currentVersion(): number {
    return this.version;
  }

  /** A google.script.run call from the sidebar. */
  runServerFunction(name: string, args: unknown[]): RunReply {
    try {
      if (!this.addon.bundle.has(name)) {
        return { ok: false, message: `Script function not found: ${name}` };
      }
      // Apps Script copies google.script.run arguments and results, refusing Dates and functions.
      const sent = throughScriptRun(Array.isArray(args) ? args : []);
      const value = throughScriptRun(this.addon.bundle.call(name, ...sent), "result");
      return value === undefined ? { ok: true } : { ok: true, value };
    } catch (e) {
      return { ok: false, message: messageOf(e) };
    } finally {
      this.afterAddon(this.sidebar()?.title ?? name);
    }
  }

  /**
   * A menu item chosen in the page: runs that global function like Sheets does, with the sheet
   * the user is looking at as the active sheet (New plan follows the funnel in view).
   */
  runMenuCommand(functionName: string, activeSheet?: string): MenuReply {
    const ui = this.book.ui;
    const dialogsBefore = ui.dialogs.length;
    const inView = activeSheet ? this.book.getSheetByName(activeSheet) : null;
    if (inView) inView.activate();
    const alertsBefore = ui.alerts.length;
    const sidebarsBefore = ui.sidebars.length;
    const toastsBefore = this.book.toasts.length;
    const sheetsBefore = new Set(this.book.getSheets().map((s) => s.getName()));
    const alerts: AlertView[] = [];
    let ok = true;
    try {
      if (!this.isMenuFunction(functionName))
        throw new Error(`Not a menu command: ${functionName}`);
      this.addon.bundle.call(functionName);
    } catch (e) {
      ok = false;
      alerts.push({ title: "Funnel Math", prompt: messageOf(e) });
    }
    this.afterAddon(this.menuLabel(functionName) ?? functionName);
    const newSheet = this.book
      .getSheets()
      .map((s) => s.getName())
      .find((name) => !sheetsBefore.has(name));
    return {
      ok,
      alerts: [...ui.alerts.slice(alertsBefore), ...alerts],
      toasts: this.book.toasts.slice(toastsBefore).map((t) => t.message),
      newSheet,
      sidebarOpened: ui.sidebars.length > sidebarsBefore,
      dialogOpened: ui.dialogs.length > dialogsBefore,
    };
  }

  /** Typing into a cell: a number, a percent, a date, text or a formula, read in the locale. */
  editCell(sheetName: string, a1: string, input: string): EditReply {
    return this.write(sheetName, a1, (sheet, rect) => {
      const cell = { ...rect, numRows: 1, numColumns: 1 };
      this.history.record(sheet, cell, () => writeTyped(sheet, cell, [[input]]));
      return cell;
    });
  }

  /**
   * Text pasted into the selection `a1` (tab-separated rows, or a CSV file's rows): each cell read
   * as typed input. A block smaller than the selection repeats over it when it fits a whole number
   * of times; a block past the sheet's edge adds rows and columns, as a paste in Sheets does.
   */
  paste(sheetName: string, a1: string, rows: string[][]): EditReply {
    return this.write(sheetName, a1, (sheet, selected) => {
      const height = rows.length;
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (height === 0 || width === 0) return selected;
      const area = pasteArea(selected, height, width);
      if (area.numRows * area.numColumns > MAX_PASTE_CELLS)
        throw new Error(`A paste can fill at most ${MAX_PASTE_CELLS} cells.`);
      growToFit(sheet, area);
      const inputs = Array.from({ length: area.numRows }, (_, r) =>
        Array.from({ length: area.numColumns }, (_, c) => rows[r % height]?.[c % width] ?? ""),
      );
      this.history.record(sheet, area, () => writeTyped(sheet, area, inputs));
      return area;
    });
  }

  /** A range copied in the page pasted into the selection `a1`: values, formulas, formats. */
  pasteCopy(sheetName: string, a1: string, copied: CopiedRange): EditReply {
    const from = this.book.getSheetByName(copied.sheet);
    if (!from) return { ok: false, message: `There is no sheet called "${copied.sheet}".` };
    return this.write(sheetName, a1, (sheet, selected) => {
      const source = parseA1(copied.range);
      const area = pasteArea(selected, source.numRows, source.numColumns);
      growToFit(sheet, area);
      this.history.record(sheet, area, () => copyCells(from, source, sheet, area));
      return area;
    });
  }

  /** Delete or Backspace over a range: its contents go, its formats stay. */
  clear(sheetName: string, a1: string): EditReply {
    return this.write(sheetName, a1, (sheet, rect) => {
      this.history.record(sheet, rect, () => clearRange(sheet, rect));
      return rect;
    });
  }

  undo(): EditReply {
    const text = previewText(this.userLocale());
    const step = this.history.undo();
    if (!step.ok)
      return {
        ok: false,
        message: step.reason ? fill(text.undoStopped, { action: step.reason }) : text.nothingToUndo,
      };
    this.changed();
    return { ok: true, version: this.version, sheet: step.sheet, range: toA1(step.rect) };
  }

  redo(): EditReply {
    const step = this.history.redo();
    if (!step.ok) return { ok: false, message: previewText(this.userLocale()).nothingToRedo };
    this.changed();
    return { ok: true, version: this.version, sheet: step.sheet, range: toA1(step.rect) };
  }

  /** One grid write on `a1` of `sheetName`: refused in words when the sheet or range is wrong. */
  private write(
    sheetName: string,
    a1: string,
    apply: (sheet: FakeSheet, rect: GridRect) => GridRect,
  ): EditReply {
    const sheet = this.book.getSheetByName(sheetName);
    if (!sheet) return { ok: false, message: `There is no sheet called "${sheetName}".` };
    let written: GridRect;
    try {
      written = apply(sheet, sheet.getRange(a1).rect);
    } catch (e) {
      return { ok: false, message: messageOf(e) };
    }
    this.changed();
    return { ok: true, version: this.version, sheet: sheetName, range: toA1(written) };
  }

  /** The HTML of the sidebar the add-on showed last, or undefined when none was shown. */
  sidebarContent(): string | undefined {
    const sidebars = this.book.ui.sidebars;
    return sidebars[sidebars.length - 1]?.getContent();
  }

  /** The HTML of the modal dialog the add-on showed last, or undefined when none was shown. */
  dialogContent(): string | undefined {
    const dialogs = this.book.ui.dialogs;
    return dialogs[dialogs.length - 1]?.output.getContent();
  }

  /**
   * The workbook for the page, with `sheetName` (default: the active sheet) laid out. With
   * `since`, the version of the view the page holds of that sheet, only the cells changed since
   * are sent (a sheet of 20 000 styled cells is 2 MB of JSON; an edit changes a few).
   */
  view(sheetName?: string, since?: number): WorkbookView {
    const active = this.book.getActiveSheet();
    const shown = (sheetName !== undefined && this.book.getSheetByName(sheetName)) || active;
    return {
      version: this.version,
      sheets: this.book.getSheets().map((s) => ({ name: s.getName() })),
      sheet: this.layOut(shown, since),
      activeSheet: active.getName(),
      menu: this.menu(),
      sidebar: this.sidebar(),
      dialog: this.dialog(),
      notices: this.notices,
      locales: {
        user: this.addon.session.getActiveUserLocale(),
        spreadsheet: this.book.getSpreadsheetLocale(),
      },
      history: { canUndo: this.history.canUndo, canRedo: this.history.canRedo },
      text: previewText(this.userLocale()),
    };
  }

  /**
   * The language switch: the user's locale and the spreadsheet's. The menu is rebuilt (as when the
   * file is opened again) and an open sidebar reopened, both in the new user language; sheets
   * already made stay as they are, new plans follow the spreadsheet's locale.
   */
  setLocales(locales: LocalesView): LocalesView {
    this.addon.session.locale = locales.user;
    this.book.setSpreadsheetLocale(locales.spreadsheet);
    this.addon.bundle.call("onOpen", { authMode: "FULL" });
    if (this.book.ui.sidebars.length > 0) this.addon.bundle.call("showStageEditor");
    this.changed();
    return { user: this.userLocale(), spreadsheet: this.book.getSpreadsheetLocale() };
  }

  private menu(): MenuView {
    const recorded = this.book.ui.menus[this.book.ui.menus.length - 1];
    // Sheets lists an add-on's menu under Extensions with the add-on's name.
    return { label: "Funnel Math", items: recorded?.items ?? [] };
  }

  private sidebar(): SidebarView | null {
    const sidebars = this.book.ui.sidebars;
    const last = sidebars[sidebars.length - 1];
    return last ? { title: last.getTitle(), revision: sidebars.length } : null;
  }

  private dialog(): DialogView | null {
    const dialogs = this.book.ui.dialogs;
    const last = dialogs[dialogs.length - 1];
    if (!last) return null;
    const { output } = last;
    return {
      title: last.title,
      revision: dialogs.length,
      width: output.getWidth?.() ?? 600,
      height: output.getHeight?.() ?? 400,
    };
  }

  /** Only functions the recorded menu lists can be run as menu commands. */
  private isMenuFunction(functionName: string): boolean {
    const names: string[] = [];
    const walk = (items: MenuView["items"]) => {
      for (const item of items) {
        if ("items" in item) walk(item.items);
        else names.push(item.functionName);
      }
    };
    walk(this.menu().items);
    return names.includes(functionName);
  }

  private layOut(sheet: FakeSheet, since: number | undefined): SheetView {
    const { view, changed, removed } = this.layouts.layOut(sheet);
    // What changed is relative to the sheet's last layout, which is what the page was last sent.
    const sentAt = this.sent.get(sheet);
    this.sent.set(sheet, this.version);
    if (since === undefined || sentAt !== since) return view;
    return { ...view, cells: changed, delta: { since, removed } };
  }

  private userLocale(): string {
    return this.addon.session.getActiveUserLocale();
  }

  /** The label of the menu item that runs `functionName`, as the menu shows it. */
  private menuLabel(functionName: string): string | undefined {
    const find = (items: MenuView["items"], path: string[]): string | undefined => {
      for (const item of items) {
        if ("items" in item) {
          const found = find(item.items, [...path, item.label]);
          if (found) return found;
        } else if (item.functionName === functionName) return [...path, item.label].join(" ▸ ");
      }
      return undefined;
    };
    return find(this.menu().items, []);
  }

  /**
   * After a menu command or a sidebar call: when the add-on changed the workbook, grid edits
   * before it can no longer be undone (their cells may have moved), and the page redraws.
   */
  private afterAddon(action: string): void {
    if (this.workbookFingerprint() !== this.seen.split("#")[0]) this.history.stop(action);
    this.changed();
  }

  /** Counts that move with every change to the workbook: cells, formats, sheets, named ranges. */
  private workbookFingerprint(): string {
    return `${this.book.writes.length}:${this.book.namedRangeLog.length}`;
  }

  /** …and with what the page shows of the add-on. */
  private fingerprint(): string {
    const ui = this.book.ui;
    return [
      this.workbookFingerprint(),
      ui.menus.length,
      ui.sidebars.length,
      ui.dialogs.length,
      this.book.toasts.length,
      this.book.getActiveSheet().getName(),
      this.book.getSpreadsheetLocale(),
      this.book.getSpreadsheetTimeZone(),
      this.userLocale(),
    ].join("#");
  }

  /** A new version, and the page told, only when something it shows changed. */
  private changed(): void {
    const now = this.fingerprint();
    if (now === this.seen) return;
    this.seen = now;
    this.version++;
    for (const listener of this.listeners) listener(this.version);
  }
}
