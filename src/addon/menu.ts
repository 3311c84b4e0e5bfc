import { CATALOG } from "../functions/catalog";
import { signature } from "../functions/signature";
import { TEMPLATES } from "./templates/catalog";

/** A menu entry: its label and the global function Apps Script calls when it is chosen. */
export interface MenuItem {
  label: string;
  functionName: string;
}

export interface SubMenu {
  label: string;
  items: MenuItem[];
}

/**
 * The add-on menu. Only features that exist are listed; later features add their entries here.
 * Building it needs no authorization, so it works in every AuthMode (SPEC §9).
 */
export const MENU: (MenuItem | SubMenu)[] = [
  { label: "Stage editor", functionName: "showStageEditor" },
  {
    label: "New plan",
    items: TEMPLATES.map((t) => ({ label: t.label, functionName: t.command })),
  },
  { label: "Export funnel as SQL…", functionName: "showSqlExport" },
  { label: "Function reference", functionName: "showFunctionReference" },
];

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of MENU) {
    if ("items" in entry) {
      const sub = ui.createMenu(entry.label);
      for (const item of entry.items) sub.addItem(item.label, item.functionName);
      menu.addSubMenu(sub);
    } else {
      menu.addItem(entry.label, entry.functionName);
    }
  }
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/**
 * Lists the custom functions with their arguments, so users can find them without the docs; each
 * function's own help (from its JSDoc) appears in the cell as they type.
 */
export function showFunctionReference(): void {
  const ui = SpreadsheetApp.getUi();
  const lines = CATALOG.map(signature);
  lines.push("", "Type one in a cell, e.g. =REQUIRED_LEADS(, to see what each argument means.");
  ui.alert("Funnel Math functions", lines.join("\n"), ui.ButtonSet.OK);
}
