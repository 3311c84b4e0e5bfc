/**
 * Drives the add-on's built pages (sidebar, dialogs) in headless Chromium: the HTML is the one the
 * add-on handed to the fake HtmlService (its data appended, parsed and re-serialised as Google
 * does), and its google.script.run reaches the real server functions of dist/Code.js (vm harness,
 * in-memory workbook) through page.exposeFunction — JSON both ways, as Apps Script does. Every
 * call the page makes is recorded: the round trips SPEC §8 budgets.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { openAddon, type Addon } from "../../fakes/addon";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import type { FakeWorkbook } from "../../fakes/spreadsheet";

const ORIGIN = "https://addon.local/";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Runs in the page before its own script: google.script.run and .host stand-ins over __call. */
function installScriptRun(): void {
  type Handler = (value: unknown, userObject: unknown) => void;
  const w = window as unknown as {
    __call(name: string, argsJson: string): Promise<string>;
    __closed: boolean;
    google: unknown;
  };
  const runner = (success?: Handler, failure?: Handler, userObject?: unknown): unknown =>
    new Proxy(
      {},
      {
        get(_target, name) {
          if (name === "withSuccessHandler")
            return (fn: Handler) => runner(fn, failure, userObject);
          if (name === "withFailureHandler")
            return (fn: Handler) => runner(success, fn, userObject);
          if (name === "withUserObject") return (o: unknown) => runner(success, failure, o);
          return (...args: unknown[]) => {
            void w.__call(String(name), JSON.stringify(args)).then((reply) => {
              const r = JSON.parse(reply) as { ok: boolean; value?: unknown; error?: string };
              if (r.ok) success?.(r.value, userObject);
              else failure?.(new Error(r.error), userObject);
            });
          };
        },
      },
    );
  w.__closed = false;
  w.google = { script: { run: runner(), host: { close: () => (w.__closed = true) } } };
}

export interface PageSession {
  page: Page;
  addon: Addon;
  /** Server calls made by the page, by function name, in order. */
  calls: string[];
  /** Dialogs (alert/confirm/prompt) the page tried to open. */
  dialogs: string[];
  pageErrors: string[];
  /** Whether the page called google.script.host.close(). */
  closed(): Promise<boolean>;
}

export type SidebarSession = PageSession;

/** A server call as the page made it, and the bundle's own answer to it (call `next`). */
export type Intercept = (name: string, args: unknown[], next: () => unknown) => unknown;

/**
 * Loads `html` (as the add-on served it) into a new page wired to `addon`'s server functions;
 * `intercept` may look at or change a call and its answer (a test standing in for a server change).
 */
export async function openServedPage(
  browser: Browser,
  addon: Addon,
  html: string,
  viewport = { width: 300, height: 700 },
  intercept?: Intercept,
): Promise<PageSession> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(5_000);
  const session: PageSession = {
    page,
    addon,
    calls: [],
    dialogs: [],
    pageErrors: [],
    closed: () => page.evaluate(() => (window as unknown as { __closed: boolean }).__closed),
  };
  page.on("dialog", (d) => {
    session.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => session.pageErrors.push(e.message));
  await page.exposeFunction("__call", (name: string, argsJson: string) => {
    session.calls.push(name);
    try {
      const args = JSON.parse(argsJson) as unknown[];
      const next = () => addon.run(name, ...args);
      const value = intercept ? intercept(name, args, next) : next();
      return JSON.stringify({ ok: true, value: value ?? null });
    } catch (e) {
      return JSON.stringify({
        ok: false,
        error: String((e as { message?: unknown }).message ?? e),
      });
    }
  });
  await page.addInitScript(installScriptRun);
  await page.route(`${ORIGIN}**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
  await page.route(
    (url) => !url.href.startsWith(ORIGIN),
    (route) => route.abort(),
  );
  await page.goto(`${ORIGIN}page.html`);
  return session;
}

/** The add-on over `book`, its menu built, as a user with `userLocale` opens the spreadsheet. */
export function addonFor(book: FakeWorkbook, userLocale = "en"): Addon {
  const addon = openAddon(book, new FakeLock(), new FakeSession(userLocale));
  addon.bundle.call("onOpen", { authMode: "FULL" });
  return addon;
}

/** Opens the menu's Stage editor on `book` and loads the sidebar it shows into a new page. */
export async function openSidebar(
  browser: Browser,
  book: FakeWorkbook,
  userLocale = "en",
): Promise<PageSession> {
  const addon = addonFor(book, userLocale);
  addon.bundle.call("showStageEditor");
  const sidebar = book.ui.sidebars.at(-1);
  if (!sidebar) throw new Error("Stage editor showed no sidebar");
  return openServedPage(browser, addon, sidebar.getContent());
}

/** Runs a menu command that shows a modal dialog and loads the dialog into a new page. */
export async function openDialog(
  browser: Browser,
  addon: Addon,
  command: string,
  viewport = { width: 720, height: 600 },
): Promise<PageSession & { title: string }> {
  const before = addon.book.ui.dialogs.length;
  addon.bundle.call(command);
  const dialog = addon.book.ui.dialogs[before];
  if (!dialog) throw new Error(`${command} showed no dialog`);
  const session = await openServedPage(browser, addon, dialog.output.getContent(), viewport);
  return { ...session, title: dialog.title };
}
