/**
 * Named ranges as Sheets keeps them. They clash ignoring case, and when the range's sheet is
 * deleted the named range stays, as a broken reference (#REF!) that still holds its name.
 *
 * The naming rule is Google's ("Name a range", Google Docs Editors Help, support.google.com/docs/
 * answer/63175): a name "can contain only letters, numbers, and underscores", "can't start with a
 * number, or the words 'true' or 'false'", "can't contain any spaces or punctuation", "must be
 * 1–250 characters" and "can't be in either A1 or R1C1 syntax". Where that text is silent the fake
 * takes the stricter reading (SPEC §10): a letter is a Unicode letter (\p{L}: Воронка, 漏斗,
 * Łódź and Ελλάδα pass) but not a combining mark; a number is an ASCII digit; length counts UTF-16
 * code units; "A1 syntax" is 1–3 column letters and a row number (Sheets' last column is ZZZ), and
 * "R1C1 syntax" includes a bare R or C.
 */
import { sheetPrefix } from "./a1";
import type { FakeRange } from "./range";
import type { FakeWorkbook } from "./spreadsheet";
import type { Accepts } from "./typing";

type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

const NAME_CHARACTERS = /^[\p{L}_][\p{L}0-9_]*$/u;
const A1_SYNTAX = /^[A-Z]{1,3}\d+$/i;
const R1C1_SYNTAX = /^(?:R\d*C\d*|R\d*|C\d*)$/i;

/** Why Sheets refuses `name` as a named range, or undefined when it accepts it. */
export function namedRangeNameProblem(name: string): string | undefined {
  if (name.length < 1 || name.length > 250) return "must be 1–250 characters";
  if (!NAME_CHARACTERS.test(name))
    return "may contain only letters, numbers and underscores, and not start with a number";
  if (/^(?:true|false)$/i.test(name)) return "cannot be TRUE or FALSE";
  if (A1_SYNTAX.test(name) || R1C1_SYNTAX.test(name)) return "cannot be a cell reference";
  return undefined;
}

export function refOf(range: FakeRange): string {
  return `${sheetPrefix(range.getSheet().getName())}${range.getA1Notation()}`;
}

export class FakeNamedRange implements Pick<NamedRange, "getName">, Accepts<NamedRange, "setName"> {
  /** Undefined once the range's sheet was deleted: the name then refers to #REF!. */
  private range: FakeRange | undefined;

  constructor(
    private readonly book: FakeWorkbook,
    private name: string,
    range: FakeRange,
  ) {
    this.range = range;
  }
  getName(): string {
    return this.name;
  }
  /** Throws for a broken reference (its sheet was deleted), like any range that no longer exists. */
  getRange(): FakeRange {
    if (!this.range)
      throw new Error(`Range not found: the named range ${this.name} refers to #REF!`);
    return this.range;
  }
  isBroken(): boolean {
    return this.range === undefined;
  }
  /** "Sheet!A2:A6", or "#REF!" once broken. */
  ref(): string {
    return this.range ? refOf(this.range) : "#REF!";
  }
  setRange(range: FakeRange): this {
    this.book.changeNamed({ name: this.name, action: "setRange", ref: refOf(range) }, () => {
      this.range = range;
    });
    return this;
  }
  setName(name: string): this {
    this.book.checkNewName(name, this);
    this.book.changeNamed({ name, action: "rename", ref: this.ref() }, () => {
      this.name = name;
    });
    return this;
  }
  remove(): void {
    this.book.changeNamed({ name: this.name, action: "remove", ref: "" }, () =>
      this.book.dropNamed(this),
    );
  }
  /** Internal: the sheet was deleted. */
  breakReference(): void {
    this.range = undefined;
  }
  /** Internal: rows/columns moved under the range. */
  moveTo(range: FakeRange | undefined): void {
    this.range = range;
  }
}
