/**
 * Where a plan's blocks go: a small layout helper that places named blocks relative to each
 * other and returns them as named anchors. Templates build their cells and formulas from the
 * anchors (never from row numbers of their own), the renderer writes them, Refresh plan and the
 * plan sync find them again in a sheet the user has edited (rows inserted above or between
 * blocks), and tests read the same anchors instead of copying coordinates.
 *
 *     const l = new LayoutBuilder();
 *     const title = l.add("title", { rows: 2, cols: 1 }, { row: 1, col: 1 });
 *     const inputs = l.add("inputs", { rows: 2, cols: 2 }, l.below(title));
 *     const table = l.stageTable("volume", 6, l.below(inputs));   // header + the stage room
 *     const budget = l.stageTable("budget", 3, l.rightOf(table));  // same rows, beside it
 *     const layout = l.build();                                    // layout.anchors.budget …
 *
 * A stage table is a header row over the stage room: MAX_STAGES rows, one per stage of the
 * funnel, where every per-stage column spills (SPEC §6: the room covers every stage a funnel may
 * have). Stage tables placed side by side share their rows, so one stage column (frozen) labels
 * them all.
 */
import { a1, a1Range } from "../../core/a1";
import { MAX_STAGES } from "../../core/funnel";

/** A rectangle of cells, 1-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Size {
  rows: number;
  cols: number;
}

export interface Position {
  row: number;
  col: number;
}

/** Rows of the stage room: one per stage a funnel may have (the editor's limit, SPEC §6, §9). */
export const STAGE_ROOM = MAX_STAGES;

/** A named block's place on the sheet, with A1 helpers for formulas that point into it. */
export class Anchor implements Rect {
  constructor(
    readonly name: string,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  get lastRow(): number {
    return this.row + this.rows - 1;
  }
  get lastCol(): number {
    return this.col + this.cols - 1;
  }
  /** The sheet row of the block's row `r` (0-based inside the block). */
  rowAt(r: number): number {
    return this.row + r;
  }
  /** The sheet column of the block's column `c` (0-based inside the block). */
  colAt(c: number): number {
    return this.col + c;
  }
  /**
   * "C11": the cell at (r, c) inside the block; `absolute` gives "$C$11", `"column"` gives
   * "$C11" (for a highlight rule's formula, relative down its rows).
   */
  cell(r = 0, c = 0, absolute: boolean | "column" = false): string {
    if (absolute === "column") return `$${a1(this.row + r, this.col + c)}`;
    return a1(this.row + r, this.col + c, absolute);
  }
  /** "C11:D40": a rectangle inside the block. */
  range(r: number, c: number, rows: number, cols: number, absolute = false): string {
    return a1Range(this.row + r, this.col + c, rows, cols, absolute);
  }
  /** Column `c` of the block from its row `from` down to its last row. */
  column(c: number, from = 0, absolute = false): string {
    return this.range(from, c, this.rows - from, 1, absolute);
  }
  /** The whole block. */
  a1(absolute = false): string {
    return this.range(0, 0, this.rows, this.cols, absolute);
  }
}

/** A stage table: its header row, and its body (the stage room) under it. */
export interface StageTable {
  /** Header row and room together. */
  block: Anchor;
  header: Anchor;
  body: Anchor;
}

/**
 * What a block is to the commands that come back to it:
 * - `"output"`: the add-on's cells (labels, formulas, spill rooms); rebuilt by Refresh.
 * - `"input"`: typed by the team; kept as it is, cell for cell, by Refresh.
 * - `"stageInput"`: typed per stage in the stage room; each row belongs to the stage whose key
 *   the marker column holds, and moves with it (planSync.ts).
 * - `"removed"`: where inputs of stages deleted from the funnel are kept (name + inputs).
 */
export type BlockRole = "output" | "input" | "stageInput" | "removed";

export interface LaidBlock {
  anchor: Anchor;
  role: BlockRole;
}

export interface Layout<N extends string = string> {
  anchors: Readonly<Record<N, Anchor>>;
  blocks: readonly LaidBlock[];
  /** The stage room's rows (the same for every stage table), if the plan has one. */
  stageRows?: { first: number; count: number };
  /** The hidden column that names each row of the plan (markers.ts). */
  markerColumn: number;
  /** Every cell the plan may write: its blocks' bounding box and the marker column. */
  frame: Rect;
  /**
   * The sheet row of each layout row (index 0: layout row 1), or undefined where the user deleted
   * it; the identity for a new plan, the markers' positions for a plan found again (relocate).
   */
  rowMap: readonly (number | undefined)[];
  /** Rows and columns kept in view: the header rows and the stage (label) column. */
  frozen: { rows: number; columns: number };
}

export class LayoutBuilder<N extends string = string> {
  private readonly laid: LaidBlock[] = [];
  private readonly byName = new Map<string, Anchor>();
  private stageRows: { first: number; count: number } | undefined;
  private marker: number | undefined;
  private frozen = { rows: 0, columns: 0 };

  /** Places a block of `size` at `at`; names are unique within a layout. */
  add<M extends string>(
    name: M,
    size: Size,
    at: Position,
    role: BlockRole = "output",
  ): Anchor & { name: M } {
    if (this.byName.has(name)) throw new Error(`Layout: two blocks are called "${name}".`);
    if (size.rows < 1 || size.cols < 1) throw new Error(`Layout: block "${name}" is empty.`);
    const anchor = new Anchor(name, at.row, at.col, size.rows, size.cols) as Anchor & { name: M };
    for (const other of this.laid) {
      if (overlaps(anchor, other.anchor))
        throw new Error(`Layout: "${name}" overlaps "${other.anchor.name}".`);
    }
    this.laid.push({ anchor, role });
    this.byName.set(name, anchor);
    return anchor;
  }

  /**
   * A stage table named `name`: a header row and the stage room under it, `cols` wide. Every
   * stage table of a layout shares the same room rows (place the next one `rightOf` the first).
   * `role` is the body's (the header is always the add-on's).
   */
  stageTable(
    name: string,
    cols: number,
    at: Position,
    role: BlockRole = "output",
    options: { note?: boolean } = {},
  ): StageTable {
    const first = at.row + 1;
    if (this.stageRows && this.stageRows.first !== first)
      throw new Error(`Layout: stage table "${name}" must share the other stage tables' rows.`);
    this.stageRows = { first, count: STAGE_ROOM };
    const header = this.add(`${name}.header`, { rows: 1, cols }, at);
    const body = this.add(
      `${name}.body`,
      { rows: STAGE_ROOM, cols },
      { row: first, col: at.col },
      role,
    );
    const block = new Anchor(name, at.row, at.col, STAGE_ROOM + 1, cols);
    this.byName.set(name, block);
    // A line of explanation two rows above the header (over the table's title), if asked for.
    if (options.note)
      this.add(`${name}.note`, { rows: 1, cols: 1 }, { row: at.row - 2, col: at.col });
    return { block, header, body };
  }

  /** The position `gap` empty rows below `ref`, in its first column. */
  below(ref: Rect, gap = 1): Position {
    return { row: ref.row + ref.rows + gap, col: ref.col };
  }
  /** The position `gap` empty columns right of `ref`, on its first row. */
  rightOf(ref: Rect, gap = 1): Position {
    return { row: ref.row, col: ref.col + ref.cols + gap };
  }

  /** Puts the hidden marker column here (default: right of everything). */
  markerAt(col: number): void {
    this.marker = col;
  }
  /** Keeps `rows` rows and `columns` columns in view (frozen panes). */
  freeze(rows: number, columns: number): void {
    this.frozen = { rows, columns };
  }

  build(): Layout<N> {
    if (this.laid.length === 0) throw new Error("Layout: no blocks.");
    const lastCol = Math.max(...this.laid.map((b) => b.anchor.lastCol));
    const lastRow = Math.max(...this.laid.map((b) => b.anchor.lastRow));
    const markerColumn = this.marker ?? lastCol + 1;
    for (const b of this.laid) {
      if (markerColumn >= b.anchor.col && markerColumn <= b.anchor.lastCol)
        throw new Error(`Layout: the marker column cuts through "${b.anchor.name}".`);
    }
    return {
      anchors: Object.fromEntries(this.byName) as Record<N, Anchor>,
      blocks: [...this.laid],
      stageRows: this.stageRows,
      markerColumn,
      frame: { row: 1, col: 1, rows: lastRow, cols: Math.max(lastCol, markerColumn) },
      rowMap: Array.from({ length: lastRow }, (_, i) => i + 1),
      frozen: this.frozen,
    };
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row <= b.row + b.rows - 1 &&
    b.row <= a.row + a.rows - 1 &&
    a.col <= b.col + b.cols - 1 &&
    b.col <= a.col + a.cols - 1
  );
}

/**
 * The same layout on a sheet where rows moved: `rowOf(layoutRow)` gives each layout row's sheet
 * row now (markers.ts reads it from the marker column), `colShift` how far the whole plan moved
 * right. Every block must still be whole — its rows one under the other — or its name is
 * reported in `split` (a row inserted or deleted inside it).
 */
export function relocate<N extends string>(
  layout: Layout<N>,
  rowOf: (layoutRow: number) => number | undefined,
  colShift = 0,
): { layout: Layout<N>; split: string[] } {
  const split: string[] = [];
  const move = (a: Anchor): Anchor => {
    const top = rowOf(a.row);
    for (let r = 0; r < a.rows; r++) {
      const at = rowOf(a.row + r);
      if (top === undefined || at !== top + r) {
        split.push(a.name);
        return a;
      }
    }
    return new Anchor(a.name, top ?? a.row, a.col + colShift, a.rows, a.cols);
  };
  const anchors = Object.fromEntries(
    Object.entries<Anchor>(layout.anchors).map(([name, a]) => [name, move(a)]),
  ) as Record<N, Anchor>;
  const blocks = layout.blocks.map((b) => ({
    ...b,
    anchor: anchors[b.anchor.name as N] ?? b.anchor,
  }));
  const rowMap = layout.rowMap.map((_, i) => rowOf(i + 1));
  const rows = rowMap.filter((r): r is number => r !== undefined);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const stageRows = layout.stageRows && {
    first: rowOf(layout.stageRows.first) ?? layout.stageRows.first,
    count: layout.stageRows.count,
  };
  return {
    layout: {
      ...layout,
      anchors,
      blocks,
      stageRows,
      rowMap,
      markerColumn: layout.markerColumn + colShift,
      frame: {
        row: first,
        col: layout.frame.col + colShift,
        rows: last - first + 1,
        cols: layout.frame.cols,
      },
    },
    split: [...new Set(split)],
  };
}
