/** A1 notation helpers (1-based rows and columns, as Apps Script counts). */

export function columnLetter(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

export function a1Range(
  row: number,
  col: number,
  rows: number,
  cols: number,
  absolute = false,
): string {
  const start = a1(row, col, absolute);
  return rows === 1 && cols === 1
    ? start
    : `${start}:${a1(row + rows - 1, col + cols - 1, absolute)}`;
}

/** A cell or rectangle in A1 notation, as a range reports it ("C2", "A2:A6"). */
export interface A1Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** "A2:B6" → row 2, column 1, 5 rows, 2 columns; undefined for anything else. Linear, no regex. */
export function parseA1Range(text: string): A1Rect | undefined {
  const cell = (part: string): { row: number; column: number } | undefined => {
    let i = 0;
    while (i < part.length && /[A-Z$]/i.test(part.charAt(i))) i++;
    const letters = part.slice(0, i).replace(/\$/g, "");
    const digits = part.slice(i).replace(/^\$/, "");
    if (letters === "" || !/^\d+$/.test(digits)) return undefined;
    return { row: Number(digits), column: columnNumber(letters) };
  };
  const [first, second, extra] = text.split(":");
  if (first === undefined || extra !== undefined) return undefined;
  const from = cell(first);
  const to = second === undefined ? from : cell(second);
  if (!from || !to) return undefined;
  return {
    row: Math.min(from.row, to.row),
    column: Math.min(from.column, to.column),
    numRows: Math.abs(to.row - from.row) + 1,
    numColumns: Math.abs(to.column - from.column) + 1,
  };
}
