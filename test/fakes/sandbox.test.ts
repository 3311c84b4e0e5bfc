/**
 * What a custom function may call (fakes/sandbox.ts, after Google's "Custom functions" guide and
 * SPEC §10): the spreadsheet's getters, nothing that writes, no UI, no user data.
 */
import { loadCustomFunctions } from "../../fakes/bundle";
import { customFunctionServices } from "../../fakes/sandbox";
import { FakeWorkbook } from "../../fakes/spreadsheet";

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected a throw");
}

type Services = {
  SpreadsheetApp: {
    getActiveSpreadsheet(): FakeWorkbook;
    getUi(): unknown;
    openById(id: string): unknown;
  };
  Session: { getActiveUserLocale(): string };
  LockService: { getDocumentLock(): unknown };
  PropertiesService: { getUserProperties(): unknown };
};

describe("the custom-function sandbox", () => {
  const book = new FakeWorkbook({ Data: [[1, 2]] }, { timeZone: "Asia/Shanghai" });
  const { services, calls } = customFunctionServices(book);
  const app = (services as unknown as Services).SpreadsheetApp;

  it("answers the spreadsheet's getters, and the getters of what they return", () => {
    const spreadsheet = app.getActiveSpreadsheet();
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe("Asia/Shanghai");
    expect(spreadsheet.getSheetByName("Data")!.getRange("A1:B1").getValues()).toEqual([[1, 2]]);
    expect(calls).toContain("SpreadsheetApp.getActiveSpreadsheet.getSpreadsheetTimeZone");
  });

  it("refuses every setter, on the spreadsheet and on what its getters return", () => {
    const sheet = app.getActiveSpreadsheet().getSheetByName("Data")!;
    expect(thrown(() => sheet.getRange("A1").setValue(5))).toBe(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.getSheetByName.getRange.setValue",
    );
    expect(thrown(() => app.getActiveSpreadsheet().insertSheet("X"))).toMatch(
      /^You do not have permission to call SpreadsheetApp\.getActiveSpreadsheet\.insertSheet/,
    );
    expect(book.getSheetByName("Data")!.getRange("A1").getValue()).toBe(1);
    expect(book.getSheetByName("X")).toBeNull();
  });

  it("refuses the UI, other spreadsheets, the user's session, locks and properties", () => {
    const s = services as unknown as Services;
    expect(thrown(() => app.getUi())).toBe(
      "You do not have permission to call SpreadsheetApp.getUi",
    );
    expect(thrown(() => app.openById("1abc"))).toMatch(
      /permission to call SpreadsheetApp\.openById/,
    );
    expect(thrown(() => s.Session.getActiveUserLocale())).toMatch(/permission to call Session\./);
    expect(thrown(() => s.LockService.getDocumentLock())).toMatch(/permission to call LockService/);
    expect(thrown(() => s.PropertiesService.getUserProperties())).toMatch(/PropertiesService/);
  });

  it("a menu command run in the sandbox fails as it would in a cell", () => {
    const bundle = loadCustomFunctions(new FakeWorkbook());
    expect(() => bundle.call("newAnnualPlan")).toThrow(/You do not have permission to call/);
  });
});
