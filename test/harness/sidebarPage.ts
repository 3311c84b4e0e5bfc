/**
 * Drives the built sidebar in headless Chromium: the HTML is the one the add-on handed to the fake
 * HtmlService, and its google.script.run reaches the real server functions of dist/Code.js (vm
 * harness, in-memory workbook) through page.exposeFunction — JSON both ways, as Apps Script does.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { openAddon, type Addon } from "../../fakes/addon";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import type { FakeWorkbook } from "../../fakes/spreadsheet";
import { messageOf } from "../../src/core/messageOf";

export const SIDEBAR_URL = "https://sidebar.local/sidebar.html";

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
      const value = addon.run(name, ...(JSON.parse(argsJson) as unknown[]));
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
