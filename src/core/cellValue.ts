/**
 * What a cell holds, read the same way everywhere (SPEC §2.3): by the custom functions, the
 * stage-table reader, the sidebar and the preview. Values may come from another JavaScript realm
 * (the test harness, the preview), so nothing here uses `instanceof` (SPEC §9).
 *
 * The number reader is a single left-to-right scan (no regular expression), so its cost is linear
 * in the length of the text: a 50 000-character cell is read in well under a millisecond.
 */

// Called as toTag.call(value): a local alias for hot loops (see intrinsics.ts), `this` given each time.
// eslint-disable-next-line @typescript-eslint/unbound-method
const toTag = Object.prototype.toString;

/** A `Date` from any realm. */
export function isDate(value: unknown): value is Date {
  return toTag.call(value) === "[object Date]";
}

/**
 * An empty cell: Sheets sends `""`; omitted arguments arrive as `undefined`. Text of only white
 * space (any Unicode white space, U+00A0 and U+202F included) is empty too.
 */
export function isBlank(value: unknown): boolean {
  if (value === "" || value === undefined || value === null) return true;
  if (typeof value !== "string") return false;
  // No character from "!" to U+009F is white space, so most text is decided without a trim()
  // (stage-date matrices ask this of every cell); the rest is checked by trim(), which knows every
  // Unicode white space.
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 0xa0) && value.trim() === "";
}

/**
 * Text with one comma and exactly three digits after it (`"1,000"`, `"12,500"`): a thousands
 * separator or a decimal comma? Never guessed; both readings are given back, as the user would
 * type them, so a message can name them.
 */
export interface AmbiguousNumber {
  ambiguous: true;
  /** The comma as a thousands separator, e.g. "12500". */
  grouped: string;
  /** The comma as a decimal comma, e.g. "12.5". */
  decimal: string;
}

/** How to read a number's text: as is, or in percent points ("30" in a percent field is 30 %). */
export interface NumberTextOptions {
  percentPoints?: boolean;
}

/** What a cell's text says as a number: the number, an ambiguity, or undefined (not a number). */
export type NumberText = number | AmbiguousNumber | undefined;

const ZERO = 48;
const NINE = 57;
const COMMA = 44;
const DOT = 46;

/** The spaces that group thousands: regular, no-break (U+00A0), narrow no-break (U+202F). */
function isGroupSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f;
}

function isSign(code: number): boolean {
  return code === 43 || code === 45 || code === 0x2212;
}

/**
 * Thousands groups: the first run has 1–3 digits, each later one exactly 3. `from`/`to` index the
 * runs that the grouping separator joins.
 */
function groupsValid(runs: readonly string[], from: number, to: number): boolean {
  const first = runs[from]?.length ?? 0;
  if (first < 1 || first > 3) return false;
  for (let i = from + 1; i <= to; i++) if (runs[i]?.length !== 3) return false;
  return true;
}

/**
 * A number written as text, per SPEC §2.3. Returns the number, an {@link AmbiguousNumber}, or
 * undefined when the text is not a number (currency symbols, words, white space only, overflow).
 */
export function parseNumberText(text: string, options?: NumberTextOptions): NumberText {
  let body = text.trim();
  let exponentShift = options?.percentPoints ? -2 : 0;
  let percent = false;
  if (body.charCodeAt(body.length - 1) === 37 /* % */) {
    percent = true;
    body = body.slice(0, -1).trimEnd();
    exponentShift = -2;
  }
  const n = body.length;
  if (n === 0) return undefined;
  let i = 0;
  let negative = false;
  if (isSign(body.charCodeAt(0))) {
    negative = body.charCodeAt(0) !== 43;
    i = 1;
  }
  // Mantissa: runs of digits and the separators between them.
  const runs: string[] = [];
  const separators: number[] = [];
  let runStart = i;
  let digits = 0;
  let spaces = 0;
  let commas = 0;
  let dots = 0;
  for (; i < n; i++) {
    const code = body.charCodeAt(i);
    if (code >= ZERO && code <= NINE) {
      digits++;
      continue;
    }
    if (code === COMMA || code === DOT || isGroupSpace(code)) {
      runs.push(body.slice(runStart, i));
      separators.push(code);
      if (code === COMMA) commas++;
      else if (code === DOT) dots++;
      else spaces++;
      runStart = i + 1;
      continue;
    }
    break;
  }
  runs.push(body.slice(runStart, i));
  if (digits === 0) return undefined;
  // Exponent: e or E, an optional sign, at least one digit, and nothing after.
  let exponent = "";
  if (i < n) {
    const e = body.charCodeAt(i);
    if (e !== 101 && e !== 69) return undefined;
    let j = i + 1;
    let expNegative = false;
    if (j < n && isSign(body.charCodeAt(j))) {
      expNegative = body.charCodeAt(j) !== 43;
      j++;
    }
    const expStart = j;
    while (j < n && body.charCodeAt(j) >= ZERO && body.charCodeAt(j) <= NINE) j++;
    if (j === expStart || j !== n) return undefined;
    exponent = (expNegative ? "-" : "") + body.slice(expStart, n);
  }
  // The scan above leaves one run of digits around each separator: runs[0..last] and
  // separators[0..last - 1] exist, which the `!`s below rely on.
  const last = runs.length - 1;
  // Empty runs: only a lone leading or trailing decimal point (".5", "5.") is allowed.
  for (let r = 0; r <= last; r++) {
    if (runs[r] === "" && !(last === 1 && spaces === 0)) return undefined;
  }
  let integer: string;
  let fraction = "";
  if (last === 0) {
    integer = runs[0]!;
  } else {
    const finalSeparator = separators[last - 1]!;
    let decimalAtEnd: boolean;
    let grouping: number;
    if (spaces > 0) {
      // Spaces group; a single comma or dot may follow as the decimal separator.
      decimalAtEnd = !isGroupSpace(finalSeparator);
      if (commas + dots > (decimalAtEnd ? 1 : 0)) return undefined;
      grouping = 32;
    } else if (commas > 0 && dots > 0) {
      // "1,234.5" and "1.234,5": the last separator is the decimal one and appears once.
      decimalAtEnd = true;
      if ((finalSeparator === COMMA ? commas : dots) !== 1) return undefined;
      grouping = finalSeparator === COMMA ? DOT : COMMA;
    } else if (commas + dots > 1) {
      // "1,234,567", "1.234.567": several of one kind can only group.
      decimalAtEnd = false;
      grouping = finalSeparator;
    } else {
      // One comma or one dot. A dot is a decimal point; a comma too, unless it reads both ways.
      if (finalSeparator === COMMA) {
        const before = runs[0]!;
        const after = runs[1]!;
        if (after.length === 3 && before.length >= 1 && before.length <= 3) {
          if (before.charCodeAt(0) !== ZERO) {
            const sign = negative ? "-" : "";
            const suffix = exponent ? `e${exponent}` : "";
            const unit = percent ? "%" : "";
            return {
              ambiguous: true,
              grouped: `${sign}${before}${after}${suffix}${unit}`,
              decimal: `${sign}${before}.${after}${suffix}${unit}`,
            };
          }
        }
      }
      decimalAtEnd = true;
      grouping = -1;
    }
    const groupedLast = decimalAtEnd ? last - 1 : last;
    if (groupedLast > 0) {
      for (let s = 0; s < groupedLast; s++) {
        const sep = separators[s]!;
        if (grouping === 32 ? !isGroupSpace(sep) : sep !== grouping) return undefined;
      }
      if (!groupsValid(runs, 0, groupedLast)) return undefined;
    }
    integer = groupedLast === 0 ? runs[0]! : runs.slice(0, groupedLast + 1).join("");
    if (decimalAtEnd) fraction = runs[last]!;
  }
  let canonical = `${negative ? "-" : ""}${integer === "" ? "0" : integer}`;
  if (fraction !== "") canonical += `.${fraction}`;
  if (exponent !== "" || exponentShift !== 0) {
    const e = (exponent === "" ? 0 : Number(exponent)) + exponentShift;
    canonical += `e${e}`;
  }
  const value = Number(canonical);
  return value - value === 0 ? value : undefined;
}

/**
 * A cell as a number: a finite number as it is, text per {@link parseNumberText}; booleans, dates
 * and anything else are not numbers (undefined).
 */
export function cellNumber(value: unknown, options?: NumberTextOptions): NumberText {
  if (typeof value === "number") return value - value === 0 ? value : undefined;
  if (typeof value === "string") return parseNumberText(value, options);
  return undefined;
}

export function isAmbiguous(value: NumberText): value is AmbiguousNumber {
  return typeof value === "object";
}

/** The words users read for an ambiguous number: both readings and how to pick one. */
export function ambiguityText(a: AmbiguousNumber): string {
  return `could be ${a.grouped} (comma as thousands separator) or ${a.decimal} (decimal comma) — type ${a.grouped} or ${a.decimal}`;
}
