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
