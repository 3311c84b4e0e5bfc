/**
 * The plan's anchors in the sheet: a hidden column (the layout's marker column) names each row
 * the add-on laid out — "fm:12" for the layout's row 12 — and, in the stage room, the stage whose
 * inputs sit in that row: `fm:12 {"k":"<key>","n":"<name>"}`. Markers are cells, so they move
 * with every row the user inserts or deletes above, between or below the blocks; reading them is
 * part of the one read Refresh and the plan sync make anyway (no extra service call).
 */
import type { PlanStage } from "./sheetPlan";

const PREFIX = "fm:";
const MARKER = /^fm:(\d+)(?: (.*))?$/;

/** A stage's key as a cell holds it: after a row marker, or alone in a column-key cell. */
export function keyText(stage: PlanStage): string {
  return JSON.stringify({ k: stage.key, n: stage.name });
}

export function parseKey(text: unknown): PlanStage | undefined {
  if (typeof text !== "string" || !text.startsWith("{")) return undefined;
  try {
    const { k, n } = (JSON.parse(text) ?? {}) as Record<string, unknown>;
    return typeof k === "string" && typeof n === "string" ? { key: k, name: n } : undefined;
  } catch {
    return undefined;
  }
}

export function markerText(row: number, stage?: PlanStage): string {
  return stage ? `${PREFIX}${row} ${keyText(stage)}` : `${PREFIX}${row}`;
}

export interface Marker {
  /** The layout row this sheet row is. */
  row: number;
  /** The stage whose inputs sit in this row, in the stage room. */
  stage?: PlanStage;
}

export function parseMarker(value: unknown): Marker | undefined {
  if (typeof value !== "string") return undefined;
  const m = MARKER.exec(value);
  if (!m) return undefined;
  const row = Number(m[1]);
  const stage = parseKey(m[2]);
  return stage ? { row, stage } : { row };
}

/** Where the markers are in a sheet read from A1: their column and each layout row's sheet row. */
export interface MarkerMap {
  /** 1-based column of the markers. */
  column: number;
  /** Layout row → sheet row. */
  rows: Map<number, number>;
  /** Sheet row → its marker. */
  bySheetRow: Map<number, Marker>;
}

/**
 * Finds the markers in `values` (a sheet's values from A1): in `expectedColumn` when they are
 * still there, else in the column holding the most of them (columns were inserted or deleted to
 * its left). Undefined when the sheet has none.
 */
export function readMarkers(
  values: readonly (readonly unknown[])[],
  expectedColumn: number,
): MarkerMap | undefined {
  const count = (col: number) =>
    values.reduce((n, row) => n + (parseMarker(row[col - 1]) ? 1 : 0), 0);
  let column = expectedColumn;
  if (count(column) === 0) {
    const width = Math.max(0, ...values.map((r) => r.length));
    let best = 0;
    for (let c = 1; c <= width; c++) {
      const n = count(c);
      if (n > best) [best, column] = [n, c];
    }
    if (best === 0) return undefined;
  }
  const rows = new Map<number, number>();
  const bySheetRow = new Map<number, Marker>();
  values.forEach((line, i) => {
    const marker = parseMarker(line[column - 1]);
    if (!marker || rows.has(marker.row)) return;
    rows.set(marker.row, i + 1);
    bySheetRow.set(i + 1, marker);
  });
  return { column, rows, bySheetRow };
}
