/** A1 notation helpers for the workbook fake and the formula-engine bridge. */
import { columnLetter, columnNumber } from "../src/core/a1";

export { columnLetter, columnNumber };

export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** "B2" or "B2:D5" (with or without $) → a rectangle. */
export function parseA1(a1: string): GridRect {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  const [, column1 = "", row1] = m; // the pattern's first column and row always match
  const r1 = Number(row1);
  const c1 = columnNumber(column1);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

export function toA1(rect: GridRect, absolute = false): string {
  const d = absolute ? "$" : "";
  const start = `${d}${columnLetter(rect.column)}${d}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  const end = `${d}${columnLetter(rect.column + rect.numColumns - 1)}${d}${rect.row + rect.numRows - 1}`;
  return `${start}:${end}`;
}

/** A sheet name as a formula reference prefix: Funnel! or 'North America'! */
export function sheetPrefix(name: string): string {
  return /^[A-Z_]\w*$/i.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export function contains(outer: GridRect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}
