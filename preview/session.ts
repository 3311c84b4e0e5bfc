/**
 * One preview session: the built add-on (dist/Code.js in the vm harness) over one in-memory
 * workbook evaluated by the formula engine. Every operation the page or the sidebar performs goes
 * through here, and each bumps `version` so the page knows to redraw.
 */
import { openAddon, type Addon } from "../fakes/addon";
import { FakeWorkbook } from "../fakes/spreadsheet";
import { throughScriptRun } from "../fakes/scriptRun";
import { attachFormulaEngine } from "../fakes/workbookEngine";
import { parseCellInput } from "./cellInput";
import { buildDefaultWorkbook } from "./defaultWorkbook";
import { messageOf } from "../src/core/messageOf";
import type {
  AlertView,
  DialogView,
  EditReply,
  MenuReply,
  LocalesView,
  MenuView,
  RunReply,
  SidebarView,
  WorkbookView,
} from "./viewTypes";
import { sheetView } from "./workbookView";

export class PreviewSession {
  readonly addon: Addon;
  readonly notices: string[];
  private version = 1;
  private readonly listeners = new Set<(version: number) => void>();

  constructor() {
    this.addon = openAddon(new FakeWorkbook());
    attachFormulaEngine(this.addon.book, this.addon.functions);
    this.notices = buildDefaultWorkbook(this.addon);
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
      this.changed();
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
    this.changed();
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

  /** Typing into a cell: a number, a percent, text or a formula. */
  editCell(sheetName: string, a1: string, input: string): EditReply {
    const sheet = this.book.getSheetByName(sheetName);
    if (!sheet) return { ok: false, message: `There is no sheet called "${sheetName}".` };
    try {
      const range = sheet.getRange(a1);
      const edit = parseCellInput(input);
      if (edit.kind === "clear") range.clearContent();
      else if (edit.kind === "formula") range.setFormula(edit.formula);
      else if (edit.kind === "text") range.setValue(`'${edit.value}`);
      else if (edit.kind === "date") {
        range.setValue(edit.serial);
        // A cell already formatted as a date (e.g. "mmm yyyy") keeps its format, as in Sheets.
        if (!/[dy]/i.test(range.getNumberFormat().replace(/"[^"]*"/g, "")))
          range.setNumberFormat(edit.dateFormat);
      } else {
        range.setValue(edit.value);
        const current = range.getNumberFormat();
        if (edit.percentFormat && !current.includes("%")) range.setNumberFormat(edit.percentFormat);
      }
    } catch (e) {
      return { ok: false, message: messageOf(e) };
    }
    this.changed();
    return { ok: true, version: this.version };
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

  view(): WorkbookView {
    return {
      version: this.version,
      sheets: this.book.getSheets().map(sheetView),
      activeSheet: this.book.getActiveSheet().getName(),
      menu: this.menu(),
      sidebar: this.sidebar(),
      dialog: this.dialog(),
      notices: this.notices,
      locales: {
        user: this.addon.session.getActiveUserLocale(),
        spreadsheet: this.book.getSpreadsheetLocale(),
      },
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
    return this.view().locales;
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

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener(this.version);
  }
}
