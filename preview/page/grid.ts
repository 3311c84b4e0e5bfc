/**
 * The spreadsheet grid: column letters, row numbers, cells with their styles, frozen rows kept in
 * view, a selection, and an in-cell editor (Enter commits, Escape cancels, as in Sheets).
 */
import { columnLetter } from "../../fakes/a1";
import type { CellView, SheetView } from "../viewTypes";
import { renderChart } from "./chart";
import { el } from "./dom";

export const DEFAULT_COLUMN_WIDTH = 100;
const ROW_HEADER_WIDTH = 46;

export interface CellAddress {
  row: number;
  column: number;
}

export interface GridEvents {
  onSelect(cell: CellView | undefined, address: CellAddress): void;
  onCommit(address: CellAddress, input: string): void;
}

export function a1Of(address: CellAddress): string {
  return `${columnLetter(address.column)}${address.row}`;
}

function applyStyle(td: HTMLTableCellElement, cell: CellView): void {
  const s = cell.style;
  if (s.background) td.style.background = s.background;
  if (s.bold) td.style.fontWeight = "bold";
  if (s.italic) td.style.fontStyle = "italic";
  if (s.color) td.style.color = s.color;
  if (s.fontSize) td.style.fontSize = `${s.fontSize}pt`;
  if (s.fontFamily) td.style.fontFamily = s.fontFamily;
  const lines = [s.underline ? "underline" : "", s.strikethrough ? "line-through" : ""];
  if (s.underline || s.strikethrough) td.style.textDecoration = lines.join(" ").trim();
  if (s.borderTop) td.style.borderTop = s.borderTop;
  if (s.borderRight) td.style.borderRight = s.borderRight;
  if (s.borderBottom) td.style.borderBottom = s.borderBottom;
  if (s.borderLeft) td.style.borderLeft = s.borderLeft;
  const align =
    s.align ??
    (cell.kind === "text"
      ? "left"
      : cell.kind === "boolean" || cell.kind === "error"
        ? "center"
        : "right");
  td.style.textAlign = align;
}

export class Grid {
  private sheet: SheetView | undefined;
  private cells = new Map<string, CellView>();
  private selection: CellAddress = { row: 1, column: 1 };
  private editor: HTMLInputElement | undefined;
  private pendingSheet: SheetView | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: GridEvents,
  ) {
    container.addEventListener("keydown", (e) => this.onKey(e));
  }

  get selected(): CellAddress {
    return this.selection;
  }

  isEditing(): boolean {
    return this.editor !== undefined;
  }

  /** Draws a sheet; while the user is typing in a cell, waits until the edit ends. */
  render(sheet: SheetView, keepSelection: boolean): void {
    if (this.editor) {
      this.pendingSheet = sheet;
      return;
    }
    const scroll = { top: this.container.scrollTop, left: this.container.scrollLeft };
    const sameSheet = this.sheet?.name === sheet.name;
    this.sheet = sheet;
    this.cells = new Map(sheet.cells.map((c) => [`${c.row},${c.column}`, c]));
    if (!keepSelection || !sameSheet) this.selection = { row: 1, column: 1 };

    const table = el("table", { className: "grid" });
    const colgroup = el("colgroup", {}, [
      el("col", { attrs: { style: `width:${ROW_HEADER_WIDTH}px` } }),
    ]);
    for (let c = 1; c <= sheet.columnCount; c++) {
      const width = sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
      colgroup.appendChild(el("col", { attrs: { style: `width:${width}px` } }));
    }
    table.appendChild(colgroup);
    // A fixed table layout needs an explicit width; otherwise long text widens its column.
    let tableWidth = ROW_HEADER_WIDTH;
    for (let c = 1; c <= sheet.columnCount; c++)
      tableWidth += sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
    table.style.width = `${tableWidth}px`;

    const headerRow = el("tr", {}, [el("th", { className: "corner" })]);
    for (let c = 1; c <= sheet.columnCount; c++) {
      headerRow.appendChild(
        el("th", {
          className: "column-header",
          text: columnLetter(c),
          attrs: { "data-column": String(c) },
        }),
      );
    }
    table.appendChild(el("thead", {}, [headerRow]));

    const body = el("tbody");
    for (let r = 1; r <= sheet.rowCount; r++) {
      const tr = el("tr", { attrs: { "data-row": String(r) } }, [
        el("th", { className: "row-header", text: String(r) }),
      ]);
      if (r <= sheet.frozenRows) tr.classList.add("frozen");
      if (r === sheet.frozenRows) tr.classList.add("frozen-last");
      for (let c = 1; c <= sheet.columnCount; c++) tr.appendChild(this.cellElement(r, c));
      body.appendChild(tr);
    }
    table.appendChild(body);

    const charts = el("div", { className: "chart-layer" });
    this.container.replaceChildren(table, charts);
    this.stickFrozenRows(table, sheet.frozenRows);
    for (const chart of sheet.charts)
      charts.appendChild(this.placeChart(table, renderChart(chart), chart.row, chart.column));
    this.container.scrollTop = sameSheet ? scroll.top : 0;
    this.container.scrollLeft = sameSheet ? scroll.left : 0;
    this.select(this.selection, false);
  }

  select(address: CellAddress, focus = true): void {
    if (!this.sheet) return;
    const row = Math.min(Math.max(1, address.row), this.sheet.rowCount);
    const column = Math.min(Math.max(1, address.column), this.sheet.columnCount);
    this.selection = { row, column };
    this.container.querySelector("td.selected")?.classList.remove("selected");
    const td = this.td(this.selection);
    td?.classList.add("selected");
    if (focus) {
      td?.scrollIntoView({ block: "nearest", inline: "nearest" });
      this.container.focus({ preventScroll: true });
    }
    this.events.onSelect(this.cells.get(`${row},${column}`), this.selection);
  }

  /** Opens the in-cell editor, with the cell's own input or with the key that started typing. */
  startEditing(initial?: string): void {
    const td = this.td(this.selection);
    if (!td || this.editor) return;
    const cell = this.cells.get(`${this.selection.row},${this.selection.column}`);
    const input = el("input", {
      className: "cell-editor",
      attrs: { "aria-label": `Edit ${a1Of(this.selection)}`, spellcheck: "false" },
    });
    input.value = initial ?? cell?.input ?? "";
    const address = { ...this.selection };
    input.addEventListener("keydown", (e) => {
      e.stopPropagation();
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        this.finishEditing();
        this.events.onCommit(address, input.value);
        this.select(
          e.key === "Enter"
            ? { row: address.row + 1, column: address.column }
            : { row: address.row, column: address.column + 1 },
        );
      } else if (e.key === "Escape") {
        e.preventDefault();
        this.finishEditing();
        this.select(address);
      }
    });
    input.addEventListener("blur", () => {
      if (this.editor === input) {
        this.finishEditing();
        this.events.onCommit(address, input.value);
      }
    });
    this.editor = input;
    td.classList.add("editing");
    td.appendChild(input);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  private finishEditing(): void {
    const editor = this.editor;
    this.editor = undefined;
    editor?.parentElement?.classList.remove("editing");
    editor?.remove();
    const pending = this.pendingSheet;
    this.pendingSheet = undefined;
    if (pending) this.render(pending, true);
  }

  private cellElement(row: number, column: number): HTMLTableCellElement {
    const cell = this.cells.get(`${row},${column}`);
    const td = el("td", { attrs: { "data-a1": a1Of({ row, column }) } });
    td.addEventListener("mousedown", () => this.select({ row, column }));
    td.addEventListener("dblclick", () => this.startEditing());
    if (!cell) return td;
    td.appendChild(el("span", { className: "cell-text", text: cell.text }));
    applyStyle(td, cell);
    if (cell.kind === "error") {
      td.classList.add("error");
      td.title = cell.error || cell.text;
    } else if (cell.note) {
      td.classList.add("has-note");
      td.title = cell.note;
    }
    // Text runs over empty neighbours to its right, as in Sheets.
    const next = this.cells.get(`${row},${column + 1}`);
    if (
      cell.kind === "text" &&
      (!next || next.text === "") &&
      (cell.style.align ?? "left") === "left"
    ) {
      td.classList.add("overflow");
    }
    return td;
  }

  /** Frozen rows stay under the column header while the grid scrolls. */
  private stickFrozenRows(table: HTMLTableElement, frozenRows: number): void {
    let top = table.tHead?.offsetHeight ?? 0;
    for (let r = 1; r <= frozenRows; r++) {
      const tr = table.querySelector<HTMLTableRowElement>(`tr[data-row="${r}"]`);
      if (!tr) break;
      for (const cell of Array.from(tr.children) as HTMLElement[]) cell.style.top = `${top}px`;
      top += tr.offsetHeight;
    }
  }

  private placeChart(
    table: HTMLTableElement,
    chart: Element,
    row: number,
    column: number,
  ): Element {
    const tr = table.querySelector<HTMLTableRowElement>(`tr[data-row="${row}"]`);
    const th = table.querySelector<HTMLElement>(`th[data-column="${column}"]`);
    const box = el("div", { className: "chart" }, [chart]);
    box.style.top = `${tr?.offsetTop ?? 0}px`;
    box.style.left = `${th?.offsetLeft ?? 0}px`;
    return box;
  }

  private td(address: CellAddress): HTMLTableCellElement | null {
    return this.container.querySelector<HTMLTableCellElement>(`td[data-a1="${a1Of(address)}"]`);
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editor || !this.sheet) return;
    const { row, column } = this.selection;
    const moves: Record<string, CellAddress> = {
      ArrowUp: { row: row - 1, column },
      ArrowDown: { row: row + 1, column },
      ArrowLeft: { row, column: column - 1 },
      ArrowRight: { row, column: column + 1 },
      Tab: { row, column: column + (e.shiftKey ? -1 : 1) },
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      this.select(move);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      this.startEditing();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      this.events.onCommit(this.selection, "");
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.startEditing(e.key);
    }
  }
}
