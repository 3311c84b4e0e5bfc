/**
 * The spreadsheet grid: column letters, row numbers, cells with their styles, frozen rows and
 * columns kept in view, a range selection (click, drag, Shift-click, Shift+arrows), an in-cell
 * editor (Enter commits, Escape cancels), and the keys a spreadsheet answers: Delete clears the
 * range, Ctrl/Cmd+C copies it as tab-separated text, Ctrl/Cmd+V pastes, Ctrl/Cmd+Z undoes.
 * A redraw of the same sheet replaces only the cells that changed.
 */
import { columnLetter } from "../../fakes/a1";
import { parseDelimited, toTsv } from "../delimited";
import type { CellView, SheetView } from "../viewTypes";
import { renderChart } from "./chart";
import { el } from "./dom";
import { pageText } from "./pageText";
import { fill } from "../previewText";

export const DEFAULT_COLUMN_WIDTH = 100;
const ROW_HEADER_WIDTH = 46;
/** A row's height in pixels: 21 px and its 1 px line, as the stylesheet draws rows. */
const ROW_HEIGHT = 22;
/** Rows drawn beyond each edge of the view, and how near the view may come to the drawn edge. */
const ROW_WINDOW_MARGIN = 40;
const ROW_WINDOW_SLACK = 10;

export interface CellAddress {
  row: number;
  column: number;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface GridRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CopiedRange {
  sheet: string;
  range: string;
}

export interface GridEvents {
  onSelect(cell: CellView | undefined, range: GridRange): void;
  onCommit(address: CellAddress, input: string): void;
  onClear(range: GridRange): void;
  /** Text pasted from outside the page (or copied here and changed since), as rows of fields. */
  onPasteRows(range: GridRange, rows: string[][]): void;
  /** A range copied in this page pasted: Sheets pastes its own copy with formulas and formats. */
  onPasteCopy(range: GridRange, copied: CopiedRange): void;
  onUndo(): void;
  onRedo(): void;
}

export function a1Of(address: CellAddress): string {
  return `${columnLetter(address.column)}${address.row}`;
}

export function rangeA1(range: GridRange): string {
  const start = a1Of({ row: range.top, column: range.left });
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${a1Of({ row: range.bottom, column: range.right })}`;
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

const key = (row: number, column: number) => `${row},${column}`;

/** What decides the table's shape: when it changes, the table is built anew. */
function layoutOf(sheet: SheetView): string {
  return JSON.stringify([
    sheet.name,
    sheet.rowCount,
    sheet.columnCount,
    sheet.frozenRows,
    sheet.frozenColumns,
    sheet.columnWidths,
  ]);
}

export class Grid {
  private sheet: SheetView | undefined;
  private layout = "";
  private cells = new Map<string, CellView>();
  /** The version of the workbook view drawn (deltas apply to it). */
  private drawnVersion = -1;
  private chartsJson = "";
  private table: HTMLTableElement | undefined;
  private chartLayer: HTMLElement | undefined;
  private selectionBox: HTMLElement | undefined;
  private body: HTMLTableSectionElement | undefined;
  private spacerTop: HTMLTableRowElement | undefined;
  private spacerBottom: HTMLTableRowElement | undefined;
  /** The rows drawn besides the frozen ones. */
  private window = { first: 0, last: -1 };
  /** The drawn cells by "row,column". */
  private readonly tds = new Map<string, HTMLTableCellElement>();
  /** Rows are one height (as Sheets' default rows); measured on the first drawn row. */
  private rowHeight = ROW_HEIGHT;
  private headerHeight = 21;
  private frozenTops: number[] = [];
  /** The active cell (where the selection started) and the corner it extends to. */
  private anchor: CellAddress = { row: 1, column: 1 };
  private focus: CellAddress = { row: 1, column: 1 };
  private dragging = false;
  private editor: HTMLInputElement | undefined;
  /** Views that arrived while a cell was being edited, drawn when the edit ends. */
  private waiting: { sheet: SheetView; version: number }[] = [];
  /** The last range copied here, to paste it as Sheets pastes its own copy. */
  private copied: (CopiedRange & { text: string }) | undefined;

  /** Called when a view could not be drawn (the page then fetches the whole sheet). */
  onStale: () => void = () => undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: GridEvents,
  ) {
    container.addEventListener("keydown", (e) => this.onKey(e));
    container.addEventListener("mousedown", (e) => this.onMouseDown(e));
    container.addEventListener("mouseover", (e) => this.onMouseOver(e));
    container.addEventListener("dblclick", (e) => {
      if (this.addressOf(e.target)) this.startEditing();
    });
    window.addEventListener("mouseup", () => (this.dragging = false));
    container.addEventListener("scroll", () => this.showRowsInView(), { passive: true });
    new ResizeObserver(() => this.showRowsInView()).observe(container);
    // Copy and paste reach the grid when it has the focus (the formula bar and the sidebar keep
    // their own).
    document.addEventListener("copy", (e) => this.onCopy(e));
    document.addEventListener("cut", (e) => this.onCopy(e));
    document.addEventListener("paste", (e) => this.onPaste(e));
  }

  /** The active cell. */
  get selected(): CellAddress {
    return this.anchor;
  }

  get range(): GridRange {
    return {
      top: Math.min(this.anchor.row, this.focus.row),
      left: Math.min(this.anchor.column, this.focus.column),
      bottom: Math.max(this.anchor.row, this.focus.row),
      right: Math.max(this.anchor.column, this.focus.column),
    };
  }

  get sheetName(): string {
    return this.sheet?.name ?? "";
  }

  isEditing(): boolean {
    return this.editor !== undefined;
  }

  /**
   * Draws a sheet at `version`; while the user is typing in a cell, waits until the edit ends.
   * The same sheet in the same layout keeps its table: only cells whose content or style changed
   * are replaced. A delta (the cells changed since the version drawn) is merged into it.
   */
  render(sheet: SheetView, keepSelection: boolean, version: number): boolean {
    if (this.editor) {
      // A full view replaces what waits; deltas wait in order.
      if (!sheet.delta) this.waiting = [];
      this.waiting.push({ sheet, version });
      return true;
    }
    const sameSheet = this.sheet?.name === sheet.name;
    if (sheet.delta && (!sameSheet || sheet.delta.since !== this.drawnVersion)) {
      // Changes to a view this grid does not hold: the next fetch asks for the whole sheet.
      this.drawnVersion = -1;
      return false;
    }
    const layout = layoutOf(sheet);
    let next: Map<string, CellView>;
    let changed: Set<string>;
    if (sheet.delta) {
      next = new Map(this.cells);
      changed = new Set(sheet.delta.removed);
      for (const k of sheet.delta.removed) next.delete(k);
      for (const c of sheet.cells) {
        const k = key(c.row, c.column);
        next.set(k, c);
        changed.add(k);
      }
    } else {
      next = new Map(sheet.cells.map((c) => [key(c.row, c.column), c]));
      changed = new Set();
      for (const [k, c] of next)
        if (JSON.stringify(c) !== JSON.stringify(this.cells.get(k))) changed.add(k);
      for (const k of this.cells.keys()) if (!next.has(k)) changed.add(k);
    }
    this.drawnVersion = version;
    if (!keepSelection || !sameSheet) {
      this.anchor = { row: 1, column: 1 };
      this.focus = { row: 1, column: 1 };
    }
    const laidOut = { ...sheet, cells: [...next.values()], delta: undefined };
    if (sameSheet && layout === this.layout && this.table) {
      this.update(laidOut, next, changed);
    } else {
      this.sheet = laidOut;
      this.cells = next;
      this.layout = layout;
      this.build(laidOut, sameSheet);
    }
    this.select(this.anchor, false, this.focus);
    return true;
  }

  /** The version of the view drawn, if it shows `sheetName`: the page asks for changes since. */
  versionOf(sheetName: string): number | undefined {
    return this.sheet?.name === sheetName && this.waiting.length === 0
      ? this.drawnVersion
      : undefined;
  }

  /** A cell as drawn. */
  cellAt(address: CellAddress): CellView | undefined {
    return this.cells.get(key(address.row, address.column));
  }

  /** Shows what was typed in a cell, greyed, until the cell's new value arrives. */
  markPending(address: CellAddress, input: string): void {
    const td = this.td(address);
    if (!td) return;
    td.classList.add("pending");
    td.replaceChildren(el("span", { className: "cell-text", text: input }));
    td.title = "";
  }

  /** Moves the selection: `address` is the active cell, `extendTo` the range's other corner. */
  select(address: CellAddress, scroll = true, extendTo: CellAddress = address): void {
    if (!this.sheet) return;
    const clamp = (a: CellAddress): CellAddress => ({
      row: Math.min(Math.max(1, a.row), this.sheet!.rowCount),
      column: Math.min(Math.max(1, a.column), this.sheet!.columnCount),
    });
    this.anchor = clamp(address);
    this.focus = clamp(extendTo);
    this.container.querySelector("td.selected")?.classList.remove("selected");
    this.td(this.anchor)?.classList.add("selected");
    this.drawSelection();
    if (scroll) {
      this.scrollToCell(this.focus);
      this.container.focus({ preventScroll: true });
    }
    this.events.onSelect(this.cells.get(key(this.anchor.row, this.anchor.column)), this.range);
  }

  /** Opens the in-cell editor, with the cell's own input or with the key that started typing. */
  startEditing(initial?: string): void {
    const td = this.td(this.anchor);
    if (!td || this.editor) return;
    const cell = this.cells.get(key(this.anchor.row, this.anchor.column));
    const input = el("input", {
      className: "cell-editor",
      attrs: {
        "aria-label": fill(pageText().editCellLabel, { cell: a1Of(this.anchor) }),
        spellcheck: "false",
      },
    });
    input.value = initial ?? cell?.input ?? "";
    const address = { ...this.anchor };
    input.addEventListener("keydown", (e) => {
      e.stopPropagation();
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        this.finishEditing();
        this.commit(address, input.value);
        this.select(
          e.key === "Enter"
            ? { row: address.row + 1, column: address.column }
            : { row: address.row, column: address.column + (e.shiftKey ? -1 : 1) },
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
        this.commit(address, input.value);
      }
    });
    this.editor = input;
    td.classList.add("editing");
    td.appendChild(input);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  /** The display text of a range, tab-separated, as Ctrl+C copies it. */
  copyText(range: GridRange): string {
    const rows: string[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const line: string[] = [];
      for (let c = range.left; c <= range.right; c++)
        line.push(this.cells.get(key(r, c))?.text ?? "");
      rows.push(line);
    }
    return toTsv(rows);
  }

  private commit(address: CellAddress, input: string): void {
    const current = this.cells.get(key(address.row, address.column))?.input ?? "";
    if (current === input) return;
    this.markPending(address, input);
    this.events.onCommit(address, input);
  }

  private finishEditing(): void {
    const editor = this.editor;
    this.editor = undefined;
    editor?.parentElement?.classList.remove("editing");
    editor?.remove();
    const waiting = this.waiting;
    this.waiting = [];
    for (const { sheet, version } of waiting)
      if (!this.render(sheet, true, version)) this.onStale();
  }

  private build(sheet: SheetView, sameSheet: boolean): void {
    const scroll = { top: this.container.scrollTop, left: this.container.scrollLeft };
    const table = el("table", { className: "grid" });
    const colgroup = el("colgroup", {}, [
      el("col", { attrs: { style: `width:${ROW_HEADER_WIDTH}px` } }),
    ]);
    let tableWidth = ROW_HEADER_WIDTH;
    for (let c = 1; c <= sheet.columnCount; c++) {
      const width = sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
      tableWidth += width;
      colgroup.appendChild(el("col", { attrs: { style: `width:${width}px` } }));
    }
    table.appendChild(colgroup);
    // A fixed table layout needs an explicit width; otherwise long text widens its column.
    table.style.width = `${tableWidth}px`;

    const headerRow = el("tr", {}, [el("th", { className: "corner" })]);
    for (let c = 1; c <= sheet.columnCount; c++) {
      const th = el("th", {
        className: "column-header",
        text: columnLetter(c),
        attrs: { "data-column": String(c) },
      });
      this.freezeColumn(th, c, sheet);
      headerRow.appendChild(th);
    }
    table.appendChild(el("thead", {}, [headerRow]));

    const body = el("tbody");
    table.appendChild(body);
    this.body = body;
    this.tds.clear();
    for (let r = 1; r <= Math.min(sheet.frozenRows, sheet.rowCount); r++)
      body.appendChild(this.rowElement(r));
    const spacer = () =>
      el("tr", { className: "spacer", attrs: { "aria-hidden": "true" } }, [
        el("td", { attrs: { colspan: String(sheet.columnCount + 1) } }),
      ]);
    this.spacerTop = spacer();
    this.spacerBottom = spacer();
    body.append(this.spacerTop, this.spacerBottom);
    this.window = { first: 0, last: -1 };
    // The table has its full height before any row is drawn, so the scroll position holds.
    const below = sheet.rowCount - Math.min(sheet.frozenRows, sheet.rowCount);
    (this.spacerBottom.firstElementChild as HTMLElement).style.height =
      `${below * this.rowHeight}px`;

    const charts = el("div", { className: "chart-layer" });
    const box = el("div", { className: "selection-box", attrs: { "aria-hidden": "true" } });
    charts.appendChild(box);
    this.container.replaceChildren(table, charts);
    this.table = table;
    this.chartLayer = charts;
    this.selectionBox = box;
    this.stickFrozenRows(table, sheet.frozenRows);
    this.container.scrollTop = sameSheet ? scroll.top : 0;
    this.container.scrollLeft = sameSheet ? scroll.left : 0;
    this.showRowsInView(true);
    this.chartsJson = "";
    this.drawCharts(sheet);
  }

  /** One sheet row: its number and cells. */
  private rowElement(r: number): HTMLTableRowElement {
    const sheet = this.sheet!;
    const tr = el("tr", { attrs: { "data-row": String(r) } }, [
      el("th", { className: "row-header", text: String(r), attrs: { "data-row": String(r) } }),
    ]);
    if (r <= sheet.frozenRows) tr.classList.add("frozen");
    if (r === sheet.frozenRows) tr.classList.add("frozen-last");
    for (let c = 1; c <= sheet.columnCount; c++) tr.appendChild(this.cellElement(r, c));
    return tr;
  }

  /**
   * Rows are drawn around the ones in view (ROW_WINDOW_MARGIN beyond each edge), the others
   * stand in as two spacer rows of their height: a sheet of 500 rows × 30 columns redraws in
   * the time of a screenful, as Sheets draws only what is on screen. Rows are drawn anew when the
   * view comes within ROW_WINDOW_SLACK rows of the drawn window's edge.
   */
  private showRowsInView(force = false): void {
    const sheet = this.sheet;
    if (!sheet || !this.body || !this.spacerTop || !this.spacerBottom) return;
    const frozen = Math.min(sheet.frozenRows, sheet.rowCount);
    const firstInView = frozen + 1 + Math.floor(this.container.scrollTop / this.rowHeight);
    const lastInView = firstInView + Math.ceil(this.container.clientHeight / this.rowHeight);
    const { first, last } = this.window;
    const covered =
      first <= Math.max(frozen + 1, firstInView - ROW_WINDOW_SLACK) &&
      last >= Math.min(sheet.rowCount, lastInView + ROW_WINDOW_SLACK);
    if (covered && !force) return;
    const next = {
      first: Math.max(frozen + 1, firstInView - ROW_WINDOW_MARGIN),
      last: Math.min(sheet.rowCount, lastInView + ROW_WINDOW_MARGIN),
    };
    for (const tr of Array.from(this.body.querySelectorAll<HTMLElement>("tr[data-row]"))) {
      if (Number(tr.dataset.row) > frozen) {
        for (const td of Array.from(tr.querySelectorAll<HTMLElement>("td[data-key]")))
          this.tds.delete(td.dataset.key ?? "");
        tr.remove();
      }
    }
    const rows: HTMLTableRowElement[] = [];
    for (let r = next.first; r <= next.last; r++) rows.push(this.rowElement(r));
    this.spacerTop.after(...rows);
    const measured = rows[0]?.offsetHeight;
    if (measured) this.rowHeight = measured;
    const height = (spacer: HTMLTableRowElement, rowsInIt: number) => {
      const td = spacer.firstElementChild as HTMLElement;
      spacer.hidden = rowsInIt === 0;
      td.style.height = `${rowsInIt * this.rowHeight}px`;
    };
    height(this.spacerTop, next.first - frozen - 1);
    height(this.spacerBottom, sheet.rowCount - next.last);
    this.window = next;
    this.drawSelection();
  }

  /** Replaces the cells whose view changed (and their left neighbours, whose text may overflow). */
  private update(sheet: SheetView, next: Map<string, CellView>, changed: Set<string>): void {
    // A pending cell whose value came back unchanged still needs its own text back.
    for (const td of Array.from(this.container.querySelectorAll<HTMLElement>("td.pending")))
      changed.add(td.dataset.key ?? "");
    this.sheet = sheet;
    this.cells = next;
    const redraw = new Set<string>();
    for (const k of changed) {
      if (!k) continue;
      const { row, column } = addressOfKey(k);
      redraw.add(k);
      if (column > 1) redraw.add(key(row, column - 1));
    }
    for (const k of redraw) {
      const { row, column } = addressOfKey(k);
      const td = this.td({ row, column });
      if (td) td.replaceWith(this.cellElement(row, column));
    }
    this.drawCharts(sheet);
  }

  private drawCharts(sheet: SheetView): void {
    const json = JSON.stringify(sheet.charts);
    if (json === this.chartsJson || !this.table || !this.chartLayer) return;
    this.chartsJson = json;
    for (const old of Array.from(this.chartLayer.querySelectorAll(".chart"))) old.remove();
    for (const chart of sheet.charts)
      this.chartLayer.appendChild(
        this.placeChart(this.table, renderChart(chart), chart.row, chart.column),
      );
  }

  /** A frozen column's cell sticks at its own offset from the left edge, after the row numbers. */
  private freezeColumn(cell: HTMLElement, column: number, sheet: SheetView): void {
    if (column > sheet.frozenColumns) return;
    cell.classList.add("frozen-column");
    if (column === sheet.frozenColumns) cell.classList.add("frozen-column-last");
    cell.style.left = `${this.columnLeft(column)}px`;
  }

  private cellElement(row: number, column: number): HTMLTableCellElement {
    const cell = this.cells.get(key(row, column));
    const td = el("td", {
      attrs: { "data-a1": a1Of({ row, column }), "data-key": key(row, column) },
    });
    this.tds.set(key(row, column), td);
    if (this.sheet) this.freezeColumn(td, column, this.sheet);
    if (row === this.anchor.row && column === this.anchor.column) td.classList.add("selected");
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
    // Text runs over empty neighbours to its right, as in Sheets (the pointer still hits the
    // neighbour: the overflowing text lets clicks through).
    const next = this.cells.get(key(row, column + 1));
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
    this.headerHeight = table.tHead?.offsetHeight ?? this.headerHeight;
    let top = this.headerHeight;
    // Where each frozen row starts, and (last) where the rows below them start.
    this.frozenTops = [top];
    for (let r = 1; r <= frozenRows; r++) {
      const tr = table.querySelector<HTMLTableRowElement>(`tr[data-row="${r}"]`);
      if (!tr) break;
      for (const cell of Array.from(tr.children) as HTMLElement[]) cell.style.top = `${top}px`;
      top += tr.offsetHeight;
      this.frozenTops.push(top);
    }
  }

  private placeChart(
    _table: HTMLTableElement,
    chart: Element,
    row: number,
    column: number,
  ): Element {
    const box = el("div", { className: "chart" }, [chart]);
    box.style.top = `${this.rowTop(row)}px`;
    box.style.left = `${this.columnLeft(column)}px`;
    return box;
  }

  /** The tinted rectangle over a selected range (a single cell shows only its outline). */
  private drawSelection(): void {
    const box = this.selectionBox;
    if (!box || !this.table) return;
    const range = this.range;
    if (range.top === range.bottom && range.left === range.right) {
      box.hidden = true;
      return;
    }
    const left = this.columnLeft(range.left);
    const right = this.columnLeft(range.right + 1);
    box.hidden = false;
    box.style.top = `${this.rowTop(range.top)}px`;
    box.style.left = `${left}px`;
    box.style.width = `${right - left}px`;
    box.style.height = `${(range.bottom - range.top + 1) * this.rowHeight}px`;
  }

  /** Scrolls the grid so `address` is in view (beside the frozen rows and columns). */
  private scrollToCell(address: CellAddress): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const view = this.container;
    const belowFrozen = this.rowTop(Math.min(sheet.frozenRows, sheet.rowCount) + 1);
    if (address.row > sheet.frozenRows) {
      const top = this.rowTop(address.row);
      if (top < view.scrollTop + belowFrozen) view.scrollTop = top - belowFrozen;
      else if (top + this.rowHeight > view.scrollTop + view.clientHeight)
        view.scrollTop = top + this.rowHeight - view.clientHeight;
    }
    if (address.column > sheet.frozenColumns) {
      const left = this.columnLeft(address.column);
      const right = this.columnLeft(address.column + 1);
      const frozenRight = this.columnLeft(sheet.frozenColumns + 1);
      if (left < view.scrollLeft + frozenRight) view.scrollLeft = left - frozenRight;
      else if (right > view.scrollLeft + view.clientWidth)
        view.scrollLeft = right - view.clientWidth;
    }
    this.showRowsInView();
  }

  private columnLeft(column: number): number {
    let left = ROW_HEADER_WIDTH;
    for (let c = 1; c < column; c++) left += this.sheet?.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
    return left;
  }

  private td(address: CellAddress): HTMLTableCellElement | undefined {
    return this.tds.get(key(address.row, address.column));
  }

  /** Where row `r` starts, from the top of the table (rows below the frozen ones are of one height). */
  private rowTop(r: number): number {
    const frozen = this.frozenTops.length - 1;
    if (r <= frozen) return this.frozenTops[r - 1] ?? this.headerHeight;
    return (this.frozenTops[frozen] ?? this.headerHeight) + (r - frozen - 1) * this.rowHeight;
  }

  /** The cell under the pointer (the event's own target: overflowing text lets clicks through). */
  private addressOf(target: EventTarget | null): CellAddress | undefined {
    const td = (target as HTMLElement | null)?.closest?.("td[data-key]") as HTMLElement | null;
    if (!td || !this.container.contains(td)) return undefined;
    return addressOfKey(td.dataset.key ?? "");
  }

  private onMouseDown(e: MouseEvent): void {
    if (e.button !== 0) return;
    const target = e.target as HTMLElement;
    if (target.closest(".cell-editor")) return;
    const header = target.closest("th") as HTMLElement | null;
    if (header && this.sheet) {
      // A row number or column letter selects the whole row or column.
      const row = Number(header.dataset.row);
      const column = Number(header.dataset.column);
      if (row) this.select({ row, column: 1 }, false, { row, column: this.sheet.columnCount });
      else if (column) this.select({ row: 1, column }, false, { row: this.sheet.rowCount, column });
      e.preventDefault();
      this.container.focus({ preventScroll: true });
      return;
    }
    const address = this.addressOf(e.target);
    if (!address) return;
    e.preventDefault();
    if (this.editor) this.editor.blur();
    if (e.shiftKey) this.select(this.anchor, false, address);
    else this.select(address, false);
    this.container.focus({ preventScroll: true });
    this.dragging = true;
  }

  private onMouseOver(e: MouseEvent): void {
    if (!this.dragging || e.buttons !== 1) return;
    const address = this.addressOf(e.target);
    if (address && (address.row !== this.focus.row || address.column !== this.focus.column))
      this.select(this.anchor, false, address);
  }

  /** Whether a copy or paste is the grid's: not while typing in an input or the formula bar. */
  private ownsClipboard(): boolean {
    if (this.editor || !this.sheet) return false;
    const active = document.activeElement;
    return active === this.container || active === document.body || active === null;
  }

  private onCopy(e: ClipboardEvent): void {
    if (!this.ownsClipboard() || !e.clipboardData) return;
    e.preventDefault();
    const text = this.copyText(this.range);
    e.clipboardData.setData("text/plain", text);
    this.copied = { sheet: this.sheetName, range: rangeA1(this.range), text };
  }

  private onPaste(e: ClipboardEvent): void {
    if (!this.ownsClipboard() || !e.clipboardData) return;
    e.preventDefault();
    const text = e.clipboardData.getData("text/plain");
    this.pasteText(text);
  }

  /** Pastes clipboard text into the selection: our own copy with formulas, else as typed text. */
  pasteText(text: string): void {
    if (this.copied && this.copied.text === text) {
      this.events.onPasteCopy(this.range, { sheet: this.copied.sheet, range: this.copied.range });
      return;
    }
    const rows = parseDelimited(text.replace(/\r?\n$/, ""), "\t");
    if (rows.length > 0) this.events.onPasteRows(this.range, rows);
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editor || !this.sheet) return;
    const { row, column } = this.focus;
    const command = e.ctrlKey || e.metaKey;
    if (command && !e.altKey) {
      const letter = e.key.toLowerCase();
      if (letter === "z" && !e.shiftKey) {
        e.preventDefault();
        this.events.onUndo();
      } else if ((letter === "z" && e.shiftKey) || letter === "y") {
        e.preventDefault();
        this.events.onRedo();
      } else if (letter === "a") {
        e.preventDefault();
        this.select({ row: 1, column: 1 }, false, {
          row: this.sheet.rowCount,
          column: this.sheet.columnCount,
        });
      }
      // Ctrl+C, Ctrl+X and Ctrl+V arrive as copy, cut and paste events.
      return;
    }
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = steps[e.key];
    if (step) {
      e.preventDefault();
      // Shift+arrow moves the range's far corner; an arrow alone moves the active cell.
      if (e.shiftKey)
        this.select(this.anchor, true, { row: row + step[0], column: column + step[1] });
      else this.select({ row: this.anchor.row + step[0], column: this.anchor.column + step[1] });
    } else if (e.key === "Tab") {
      e.preventDefault();
      this.select({ row: this.anchor.row, column: this.anchor.column + (e.shiftKey ? -1 : 1) });
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      this.startEditing();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      this.events.onClear(this.range);
    } else if (e.key.length === 1 && !e.altKey) {
      e.preventDefault();
      this.startEditing(e.key);
    }
  }
}

/** The cell a "row,column" key names (keys are made by key(); a malformed one reads as 0,0). */
function addressOfKey(k: string): CellAddress {
  const [row = 0, column = 0] = k.split(",").map(Number);
  return { row, column };
}
