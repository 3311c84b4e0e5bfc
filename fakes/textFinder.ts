/**
 * TextFinder as Google documents it (developers.google.com/apps-script/reference/spreadsheet/
 * text-finder): created by Spreadsheet/Sheet.createTextFinder(text); a search is a partial,
 * case-insensitive match of each cell's displayed value unless `matchEntireCell`, `matchCase` or
 * `matchFormulaText` say otherwise ("cells with formulas are considered by their displayed value");
 * `useRegularExpression` reads the text as a regular expression. `findAll()` returns every matching
 * cell as a one-cell Range. The order of findAll is not documented: the fake returns sheets in
 * tab order, each row by row, so a caller must not depend on it. Only what the add-on uses is
 * modelled (no replace, no diacritics option, no startFrom).
 */
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import type { Accepts } from "./typing";

type TextFinder = GoogleAppsScript.Spreadsheet.TextFinder;

export class FakeTextFinder implements Accepts<
  TextFinder,
  "matchCase" | "matchEntireCell" | "matchFormulaText" | "useRegularExpression"
> {
  private caseSensitive = false;
  private entireCell = false;
  private formulaText = false;
  private regex = false;

  constructor(
    private readonly text: string,
    private readonly sheets: () => FakeSheet[],
  ) {
    if (typeof text !== "string" || text === "") {
      throw new Error("Exception: The parameters (String) don't match the method signature.");
    }
  }

  matchCase(matchCase: boolean): this {
    this.caseSensitive = matchCase;
    return this;
  }
  matchEntireCell(matchEntireCell: boolean): this {
    this.entireCell = matchEntireCell;
    return this;
  }
  matchFormulaText(matchFormulaText: boolean): this {
    this.formulaText = matchFormulaText;
    return this;
  }
  useRegularExpression(useRegEx: boolean): this {
    this.regex = useRegEx;
    return this;
  }

  findAll(): FakeRange[] {
    const matches = this.matcher();
    const found: FakeRange[] = [];
    for (const sheet of this.sheets()) {
      const cells = sheet.storedCells().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (const [row, column, cell] of cells) {
        const range = sheet.getRange(row, column, 1, 1);
        const shown =
          this.formulaText && cell.formula !== undefined
            ? cell.formula
            : String(range.getDisplayValues()[0]?.[0] ?? "");
        if (shown !== "" && matches(shown)) found.push(range);
      }
    }
    return found;
  }

  private matcher(): (shown: string) => boolean {
    const flags = this.caseSensitive ? "u" : "iu";
    if (this.regex) {
      const source = this.entireCell ? `^(?:${this.text})$` : this.text;
      const pattern = new RegExp(source, flags);
      return (shown) => pattern.test(shown);
    }
    const wanted = this.caseSensitive ? this.text : this.text.toLowerCase();
    return (shown) => {
      const have = this.caseSensitive ? shown : shown.toLowerCase();
      return this.entireCell ? have === wanted : have.includes(wanted);
    };
  }
}
