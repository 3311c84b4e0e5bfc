/**
 * Fakes of the Apps Script services the add-on calls, over one FakeWorkbook: pass
 * `appsScriptServices(book)` to loadBundle(). LockService counts acquisitions and can be held by
 * "someone else"; HtmlService serves files from dist/ as createHtmlOutputFromFile does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "./bundle";
import { FakeConditionalRuleBuilder, type FakeWorkbook } from "./workbook";

export class FakeLock {
  held = false;
  /** Set to simulate another execution holding the document lock. */
  heldElsewhere = false;
  acquisitions = 0;

  tryLock(_timeoutInMillis: number): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    this.acquisitions++;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.held = false;
  }
}

export class FakeHtmlOutput {
  private title = "";
  private width = 300;
  private height = 400;
  constructor(private readonly content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
}

export const FakeHtmlService = {
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    return new FakeHtmlOutput(readFileSync(join(DIST, `${name}.html`), "utf8"));
  },
  createHtmlOutput(html = ""): FakeHtmlOutput {
    return new FakeHtmlOutput(html);
  },
};

export interface FakeServices {
  SpreadsheetApp: {
    getActiveSpreadsheet(): FakeWorkbook;
    getActive(): FakeWorkbook;
    getUi(): FakeWorkbook["ui"];
    flush(): void;
    newConditionalFormatRule(): FakeConditionalRuleBuilder;
    BorderStyle: Record<string, string>;
  };
  LockService: { getDocumentLock(): FakeLock };
  HtmlService: typeof FakeHtmlService;
}

export function appsScriptServices(book: FakeWorkbook, lock = new FakeLock()): FakeServices {
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => book,
      getActive: () => book,
      getUi: () => book.ui,
      flush: () => undefined,
      newConditionalFormatRule: () => new FakeConditionalRuleBuilder(),
      BorderStyle: {
        SOLID: "SOLID",
        DOTTED: "DOTTED",
        DASHED: "DASHED",
        SOLID_MEDIUM: "SOLID_MEDIUM",
      },
    },
    LockService: { getDocumentLock: () => lock },
    HtmlService: FakeHtmlService,
  };
}
