/**
 * Fakes of the Apps Script services the add-on calls, over one FakeWorkbook: pass
 * `appsScriptServices(book)` to the bundle loader. LockService counts acquisitions and can be held
 * by "someone else"; HtmlService serves files from dist/ as createHtmlOutputFromFile does; Session
 * reports the user's locale (English unless told otherwise).
 */
import { FakeConditionalRuleBuilder } from "./charts";
import { FakeDataValidationBuilder } from "./dataValidation";
import { fakeHtmlService } from "./html";
import { FakeLock } from "./lock";
import { FakeSession } from "./session";
import type { FakeWorkbook } from "./spreadsheet";

export interface FakeServices {
  SpreadsheetApp: {
    getActiveSpreadsheet(): FakeWorkbook;
    getActive(): FakeWorkbook;
    getUi(): FakeWorkbook["ui"];
    flush(): void;
    newConditionalFormatRule(): FakeConditionalRuleBuilder;
    newDataValidation(): FakeDataValidationBuilder;
    BorderStyle: Record<string, string>;
    Dimension: { ROWS: string; COLUMNS: string };
  };
  LockService: { getDocumentLock(): FakeLock };
  HtmlService: ReturnType<typeof fakeHtmlService>;
  Session: FakeSession;
}

export function appsScriptServices(
  book: FakeWorkbook,
  lock = new FakeLock(),
  session = new FakeSession(),
): FakeServices {
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => book,
      getActive: () => book,
      getUi: () => book.ui,
      flush: () => undefined,
      newConditionalFormatRule: () => new FakeConditionalRuleBuilder(),
      newDataValidation: () => new FakeDataValidationBuilder(),
      BorderStyle: {
        SOLID: "SOLID",
        DOTTED: "DOTTED",
        DASHED: "DASHED",
        SOLID_MEDIUM: "SOLID_MEDIUM",
      },
      Dimension: { ROWS: "ROWS", COLUMNS: "COLUMNS" },
    },
    LockService: { getDocumentLock: () => lock },
    HtmlService: fakeHtmlService(),
    Session: session,
  };
}
