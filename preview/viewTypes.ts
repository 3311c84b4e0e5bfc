import type { PreviewText } from "./previewText";

/**
 * The JSON the preview server sends the page: a workbook already formatted for display, so the
 * page only lays it out. Shared by preview/server.ts and preview/page/*.
 */

export interface CellStyleView {
  background?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  color?: string;
  /** Points, as Sheets stores font sizes. */
  fontSize?: number;
  fontFamily?: string;
  align?: "left" | "center" | "right";
  /** CSS border values ("1px solid #dadce0") per side, when the fake recorded one. */
  borderTop?: string;
  borderRight?: string;
  borderBottom?: string;
  borderLeft?: string;
}

export interface CellView {
  /** 1-based. */
  row: number;
  column: number;
  a1: string;
  /** What the cell shows, number format applied. */
  text: string;
  /** What the formula bar shows: the formula, or the value as typed. */
  input: string;
  kind: "number" | "text" | "boolean" | "date" | "error";
  /** The engine's message for an error cell. */
  error?: string;
  note?: string;
  style: CellStyleView;
}

export interface ChartSeriesView {
  name: string;
  values: number[];
}

export interface ChartView {
  kind: string;
  title: string;
  /** Anchor cell, 1-based. */
  row: number;
  column: number;
  categories: string[];
  series: ChartSeriesView[];
}

export interface SheetView {
  name: string;
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixels by 1-based column; missing columns are 100 px wide. */
  columnWidths: Record<number, number>;
  /** Every shown cell; with `delta`, only the cells changed since the view the page has. */
  cells: CellView[];
  /** Set when `cells` holds changes only: then these cells ("row,column") are now empty. */
  delta?: { since: number; removed: string[] };
  charts: ChartView[];
}

export interface MenuItemView {
  label: string;
  functionName: string;
}

export interface MenuView {
  label: string;
  items: (MenuItemView | MenuView)[];
}

export interface SidebarView {
  title: string;
  /** Increases each time the add-on calls showSidebar; the panel reloads on a new revision. */
  revision: number;
}

/** A modal dialog the add-on opened (Ui.showModalDialog), served at /dialog. */
export interface DialogView {
  title: string;
  /** Increases each time the add-on calls showModalDialog; the page opens it on a new revision. */
  revision: number;
  width: number;
  height: number;
}

/** A sheet's tab. */
export interface SheetTab {
  name: string;
}

export interface WorkbookView {
  /** Moves only when the workbook or what the page shows of the add-on changed. */
  version: number;
  sheets: SheetTab[];
  /** The sheet asked for (the tab in view), laid out; the other sheets are fetched when chosen. */
  sheet: SheetView | null;
  /** The sheet the add-on last activated (a plan it built): the page switches to it. */
  activeSheet: string;
  menu: MenuView;
  sidebar: SidebarView | null;
  dialog: DialogView | null;
  /** Things the preview could not do at start (shown in the page, printed on the console). */
  notices: string[];
  locales: LocalesView;
  history: HistoryView;
  /** The preview's own words in the user's language. */
  text: PreviewText;
}

/** Whether Ctrl+Z / Ctrl+Y have something to undo or redo (grid edits, pastes, clears). */
export interface HistoryView {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The preview's language switch (SPEC §11): the user's locale (Session.getActiveUserLocale: menu,
 * sidebar, dialogs) and the spreadsheet's (new template sheets, money formats).
 */
export interface LocalesView {
  user: string;
  spreadsheet: string;
}

export interface AlertView {
  title: string;
  prompt: string;
}

/** Reply to a google.script.run call (POST /api/run). */
export type RunReply = { ok: true; value?: unknown } | { ok: false; message: string };

/** Reply to a menu command (POST /api/menu). */
export interface MenuReply {
  ok: boolean;
  /** ui.alert calls made by the command, plus the error it threw, if any. */
  alerts: AlertView[];
  /** Toasts the command showed (spreadsheet.toast), oldest first. */
  toasts: string[];
  /** A sheet the command inserted; the page switches to it. */
  newSheet?: string;
  sidebarOpened: boolean;
  /** The command showed a modal dialog (e.g. which funnel a new plan should follow). */
  dialogOpened: boolean;
}

/**
 * Reply to a grid write (POST /api/cell, /api/paste, /api/clear, /api/undo, /api/redo): the
 * sheet and range written, so the page can select what changed.
 */
export type EditReply =
  { ok: true; version: number; sheet: string; range: string } | { ok: false; message: string };
