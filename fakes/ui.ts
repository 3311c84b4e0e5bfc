/**
 * An in-memory stand-in for SpreadsheetApp.getUi(): records the add-on menu that onOpen builds
 * and every alert, so tests can assert on what a user would see.
 */
import type { Accepts } from "./typing";

export interface RecordedMenu {
  label: string;
  items: (RecordedItem | RecordedMenu)[];
}
export interface RecordedItem {
  label: string;
  functionName: string;
}

/** What showModalDialog receives: an HtmlOutput (its size set with setWidth/setHeight). */
export interface DialogOutput {
  getContent(): string;
  getWidth?(): number;
  getHeight?(): number;
}

/** A Ui.ButtonSet member: an object, named as Apps Script prints it. */
function buttonSet(name: string): { toString(): string } {
  return Object.freeze({ toString: () => name });
}

export class FakeUi implements Accepts<
  GoogleAppsScript.Base.Ui,
  "showSidebar" | "createMenu" | "showModalDialog"
> {
  readonly menus: RecordedMenu[] = [];
  readonly alerts: { title: string; prompt: string }[] = [];
  /** Every HtmlOutput passed to showSidebar, newest last. */
  readonly sidebars: { getContent(): string; getTitle(): string }[] = [];
  /** Every HtmlOutput passed to showModalDialog with its title, newest last. */
  readonly dialogs: { output: DialogOutput; title: string; content: string }[] = [];
  /** Enum members, not strings: alert(prompt, buttons) must not read a prompt "OK" as buttons. */
  readonly ButtonSet = {
    OK: buttonSet("OK"),
    OK_CANCEL: buttonSet("OK_CANCEL"),
    YES_NO: buttonSet("YES_NO"),
    YES_NO_CANCEL: buttonSet("YES_NO_CANCEL"),
  };
  readonly Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" };

  createAddonMenu() {
    return this.builder({ label: "(add-on)", items: [] }, true);
  }

  createMenu(label: string) {
    return this.builder({ label, items: [] }, false);
  }

  /**
   * What the user answers the next question (an alert with YES_NO or OK_CANCEL buttons), in order.
   * Ui.alert "returns the button the user clicked"; with none queued the user closes the dialog —
   * Ui.Button.CLOSE, "the standard close button displayed in every dialog's title bar"
   * (developers.google.com/apps-script/reference/base/button): never a yes nobody gave.
   */
  readonly answers: string[] = [];

  /**
   * Ui.alert has three forms (developers.google.com/apps-script/reference/base/ui#alert(String)):
   * alert(prompt), alert(prompt, buttons) and alert(title, prompt, buttons).
   */
  alert(titleOrPrompt: string, promptOrButtons?: unknown, buttons?: unknown): string {
    const isButtons = (Object.values(this.ButtonSet) as unknown[]).includes(promptOrButtons);
    const prompt = isButtons ? undefined : (promptOrButtons as string | undefined);
    const set = isButtons ? promptOrButtons : buttons;
    this.alerts.push(
      prompt === undefined
        ? { title: "", prompt: titleOrPrompt }
        : { title: titleOrPrompt, prompt },
    );
    if (set === undefined || set === this.ButtonSet.OK) return this.Button.OK;
    return this.answers.shift() ?? this.Button.CLOSE;
  }

  showSidebar(output: { getContent(): string; getTitle(): string }): void {
    this.sidebars.push(output);
  }

  /** Ui.showModalDialog(userInterface, title): the title is the second argument, not the output's. */
  showModalDialog(output: DialogOutput, title: string): void {
    this.dialogs.push({ output, title, content: output.getContent() });
  }

  private builder(menu: RecordedMenu, isAddon: boolean) {
    const addedMenus = this.menus;
    const api = {
      menu,
      addItem(label: string, functionName: string) {
        menu.items.push({ label, functionName });
        return api;
      },
      addSeparator() {
        return api;
      },
      addSubMenu(sub: { menu: RecordedMenu }) {
        menu.items.push(sub.menu);
        return api;
      },
      addToUi() {
        if (!isAddon) throw new Error("FakeUi: add-ons must use createAddonMenu()");
        addedMenus.push(menu);
      },
    };
    return api;
  }
}

/** Flattens a recorded menu into "Label" / "Sub ▸ Label" paths with their function names. */
export function menuPaths(
  menu: RecordedMenu,
  prefix = "",
): { path: string; functionName: string }[] {
  const out: { path: string; functionName: string }[] = [];
  for (const item of menu.items) {
    if ("items" in item) out.push(...menuPaths(item, `${prefix}${item.label} ▸ `));
    else out.push({ path: prefix + item.label, functionName: item.functionName });
  }
  return out;
}
