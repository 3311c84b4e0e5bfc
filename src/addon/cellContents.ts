/**
 * How the add-on writes cells — the one place that decides it (SPEC §10).
 *
 * - Formulas go through `setFormulas`, in the syntax of Google's Apps Script reference: English
 *   function names, "," between arguments, "." as the decimal point, whatever the spreadsheet's
 *   locale. `setValues` reads a string as typed input in the spreadsheet's locale, so the same
 *   formula written that way would be misread in a Swedish or Polish sheet (";" separators,
 *   decimal comma).
 * - Text goes through `setValues` with a leading apostrophe, which Sheets keeps as "this is text"
 *   and does not show: otherwise "1,5", "TRUE", "2026-01-05" or "=x" typed as a stage name would
 *   become a number, a boolean, a date or a formula.
 * - Numbers, booleans and dates go through `setValues` as they are.
 */

/** A formula as setFormulas takes it ("=SUM(A1:A3)"). */
export interface Formula {
  readonly formula: string;
}

export type CellValue = string | number | boolean | Date;
export type CellContent = CellValue | Formula;

export function formula(text: string): Formula {
  return { formula: text };
}

export function isFormula(content: unknown): content is Formula {
  return typeof content === "object" && content !== null && "formula" in content;
}

/** Text as setValues must get it to keep it as that very text. */
export function asText(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** What a range's writers need: values and formulas over a rectangle of the same sheet. */
export interface ContentsTarget {
  getRange(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): {
    setValues(values: unknown[][]): unknown;
    setFormulas(formulas: string[][]): unknown;
  };
}

/** Rectangles of adjacent formula cells, each as large as it can grow right, then down. */
function formulaRectangles(
  contents: readonly (readonly CellContent[])[],
): { row: number; col: number; rows: number; cols: number }[] {
  const covered = contents.map((line) => line.map(() => false));
  const isOpenFormula = (r: number, c: number): boolean =>
    isFormula(contents[r]?.[c]) && covered[r]?.[c] === false;
  const rectangles = [];
  for (let r = 0; r < contents.length; r++) {
    const line = contents[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      if (!isOpenFormula(r, c)) continue;
      let cols = 1;
      while (isOpenFormula(r, c + cols)) cols++;
      let rows = 1;
      const rowIsOpen = (rr: number): boolean => {
        for (let cc = c; cc < c + cols; cc++) if (!isOpenFormula(rr, cc)) return false;
        return true;
      };
      while (r + rows < contents.length && rowIsOpen(r + rows)) rows++;
      for (let rr = r; rr < r + rows; rr++) {
        const coveredLine = covered[rr];
        if (coveredLine) for (let cc = c; cc < c + cols; cc++) coveredLine[cc] = true;
      }
      rectangles.push({ row: r, col: c, rows, cols });
    }
  }
  return rectangles;
}

/**
 * Writes `contents` with its top-left cell at (row, column): one setValues over the whole
 * rectangle (a formula's cell is cleared there), then one setFormulas per rectangle of formulas.
 * Strings are written as given: pass text through {@link asText} where it must stay text.
 */
export function writeContents(
  sheet: ContentsTarget,
  row: number,
  column: number,
  contents: readonly (readonly CellContent[])[],
): void {
  const first = contents[0];
  if (first === undefined || first.length === 0) return;
  const values = contents.map((line) => line.map((c) => (isFormula(c) ? "" : c)));
  sheet.getRange(row, column, contents.length, first.length).setValues(values);
  for (const box of formulaRectangles(contents)) {
    const formulas = contents
      .slice(box.row, box.row + box.rows)
      .map((line) => line.slice(box.col, box.col + box.cols).map((c) => (c as Formula).formula));
    sheet.getRange(row + box.row, column + box.col, box.rows, box.cols).setFormulas(formulas);
  }
}

/**
 * A range's contents as writeContents puts them back exactly: its formulas as formulas, its
 * text as text, other values as they are.
 */
export function readContents(range: {
  getValues(): unknown[][];
  getFormulas(): string[][];
}): CellContent[][] {
  const formulas = range.getFormulas();
  return range.getValues().map((line, r) =>
    line.map((value, c) => {
      const f = formulas[r]?.[c] ?? "";
      if (f !== "") return formula(f);
      return typeof value === "string" ? asText(value) : (value as CellValue);
    }),
  );
}
