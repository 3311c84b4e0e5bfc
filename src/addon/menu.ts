import { CATALOG } from "../functions/catalog";
import { signature } from "../functions/signature";
import { menuMessages, type MenuMessages } from "../i18n/menu";
import { userLanguage } from "./locale";
import { uiMessages } from "../i18n/ui";
import { TEMPLATE_COMMANDS, type MenuCommand } from "./templates/menuLabels";

/**
 * A menu entry: the global function Apps Script calls when it is chosen. Its label is the user's
 * language's `items[functionName]` (src/i18n/menu), the one place labels are written.
 */
export interface MenuItem {
  functionName: MenuCommand;
}

/** A submenu; its label is `subMenus[id]` in the user's language. */
export interface SubMenu {
  id: keyof MenuMessages["subMenus"];
  items: MenuItem[];
}

/**
 * The add-on menu. Only features that exist are listed; later features add their entries here.
 * Building it needs no authorization, so it works in every AuthMode (SPEC §9).
 */
export const MENU: (MenuItem | SubMenu)[] = [
  { functionName: "showStageEditor" },
  { id: "newPlan", items: TEMPLATE_COMMANDS.map((functionName) => ({ functionName })) },
  { functionName: "refreshPlan" },
  // Works on a Cohorts sheet (SPEC §6.7); a menu item, since an add-on cannot ship sheet buttons.
  { functionName: "useMeasuredDays" },
  { functionName: "showSqlExport" },
  { functionName: "showFunctionReference" },
];

/** An item's label in the user's language (every catalogue has every item: a type checks it). */
function itemLabel(item: MenuItem, messages: MenuMessages): string {
  return messages.items[item.functionName];
}

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const messages = menuMessages(userLanguage());
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of MENU) {
    if ("items" in entry) {
      const sub = ui.createMenu(messages.subMenus[entry.id]);
      for (const item of entry.items) sub.addItem(itemLabel(item, messages), item.functionName);
      menu.addSubMenu(sub);
    } else {
      menu.addItem(itemLabel(entry, messages), entry.functionName);
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
  const { reference } = uiMessages(userLanguage());
  const ui = SpreadsheetApp.getUi();
  const lines = CATALOG.map(signature);
  lines.push("", reference.hint);
  ui.alert(reference.title, lines.join("\n"), ui.ButtonSet.OK);
}
