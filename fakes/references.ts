/**
 * Rows or columns inserted in a sheet move every reference to the cells below or right of them:
 * Sheets rewrites each formula that points there — on the same sheet or on another one, absolute
 * references too ("$" governs copying a formula, not inserting rows) — so it keeps reading the
 * same cells (Google's "Insert or delete cells, rows and columns" help: formulas keep referring to
 * the moved cells; where sources are silent, this fake rewrites every A1 reference, the stricter
 * reading for code that relies on positions). Whole-column and whole-row references are left as
 * they are: inserting rows does not change what `A:A` covers.
 */

const SHEET = String.raw`(?:'(?:[^']|'')+'|[a-z_][\w.]*)!`;
const CELL = String.raw`\$?[a-z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(
  String.raw`(?<![\w.$'!:])(${SHEET})?(${CELL})(?::(${CELL}))?(?![\w(!])`,
  "gi",
);
const PARTS = /^(\$?)([a-z]{1,3})(\$?)(\d+)$/i;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetters(n: number): string {
  let out = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
  return out;
}

/** The sheet a prefix names: `Funnel!` or `'North America'!` → its name. */
function sheetOf(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

export interface Insertion {
  /** The sheet the rows or columns were inserted in. */
  sheet: string;
  along: "rows" | "columns";
  /** The first inserted row or column (1-based): references at or past it move. */
  at: number;
  howMany: number;
}

function shiftCell(cell: string, change: Insertion): string {
  const m = PARTS.exec(cell);
  if (!m) return cell;
  const [, colAbs = "", letters = "", rowAbs = "", digits = ""] = m;
  let row = Number(digits);
  let col = columnNumber(letters);
  if (change.along === "rows" && row >= change.at) row += change.howMany;
  if (change.along === "columns" && col >= change.at) col += change.howMany;
  return `${colAbs}${columnLetters(col)}${rowAbs}${row}`;
}

/** `formula` (on sheet `onSheet`) with its references to the moved cells rewritten. */
export function shiftReferences(formula: string, onSheet: string, change: Insertion): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (whole, prefix: string | undefined, from: string, to?: string) => {
              if ((prefix === undefined ? onSheet : sheetOf(prefix)) !== change.sheet) return whole;
              const moved = shiftCell(from, change);
              return `${prefix ?? ""}${moved}${to === undefined ? "" : `:${shiftCell(to, change)}`}`;
            },
          ),
    )
    .join("");
}
