/**
 * Drives the built sidebar in headless Chromium: the HTML is the one the add-on handed to the fake
 * HtmlService, and its google.script.run reaches the real server functions of dist/Code.js (vm
 * harness, in-memory workbook) through page.exposeFunction — JSON both ways, as Apps Script does.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { openAddon, type Addon } from "../../fakes/addon";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import { throughScriptRun } from "../../fakes/scriptRun";
import type { FakeWorkbook } from "../../fakes/spreadsheet";
import { messageOf } from "../../src/core/messageOf";

export const SIDEBAR_URL = "https://sidebar.local/sidebar.html";

/**
 * One Chromium for the suite that calls this at its top level (launched before its tests, closed
 * after them); the returned function gives it to the tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser)
      throw new Error("useBrowser(): the browser is not launched yet (use it in a test)");
    return browser;
  };
}

/**
 * The sidebar sessions a suite opens, closed after each test, which also checks that none of
 * their pages threw.
 */
export function useSidebarSessions(): SidebarSession[] {
  const sessions: SidebarSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) {
      expect(s.pageErrors).toEqual([]);
      await s.page.close();
    }
  });
  return sessions;
}

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

/** Runs in the page before its own script: a google.script.run stand-in over window.__call. */
function installScriptRun(): void {
  type Handler = (value: unknown, userObject: unknown) => void;
  const w = window as unknown as {
    __call(name: string, argsJson: string): Promise<string>;
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
  w.google = { script: { run: runner() } };
}

export interface SidebarSession {
  page: Page;
  addon: Addon;
  /** Server calls made by the page, by function name, in order. */
  calls: string[];
  /** Dialogs (alert/confirm/prompt) the page tried to open. */
  dialogs: string[];
  pageErrors: string[];
}

/** Opens the menu's Stage editor on `book` and loads the sidebar it shows into a new page. */
export async function openSidebar(
  browser: Browser,
  book: FakeWorkbook,
  userLocale = "en",
): Promise<SidebarSession> {
  const addon = openAddon(book, new FakeLock(), new FakeSession(userLocale));
  addon.bundle.call("onOpen", { authMode: "FULL" });
  addon.bundle.call("showStageEditor");
  const html = book.ui.sidebars.at(-1)!.getContent();

  const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
  page.setDefaultTimeout(5_000);
  const session: SidebarSession = { page, addon, calls: [], dialogs: [], pageErrors: [] };
  page.on("dialog", (d) => {
    session.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => session.pageErrors.push(e.message));
  await page.exposeFunction("__call", (name: string, argsJson: string) => {
    session.calls.push(name);
    try {
      // Arguments and the reply obey google.script.run's rules (fakes/scriptRun.ts), as in the
      // preview: a Date or a function on either side fails the call.
      const args = throughScriptRun(JSON.parse(argsJson) as unknown[]);
      const value = throughScriptRun(addon.run(name, ...args), "result");
      return JSON.stringify({ ok: true, value: value ?? null });
    } catch (e) {
      return JSON.stringify({
        ok: false,
        error: messageOf(e),
      });
    }
  });
  await page.addInitScript(installScriptRun);
  await page.route("https://sidebar.local/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
  await page.route(
    (url) => !url.href.startsWith("https://sidebar.local/"),
    (route) => route.abort(),
  );
  await page.goto(SIDEBAR_URL);
  return session;
}
