/**
 * Drives the add-on's built pages (sidebar, dialogs) in headless Chromium: the HTML is the one the
 * add-on handed to the fake HtmlService (its data appended, parsed and re-serialised as Google
 * does), and its google.script.run reaches the real server functions of dist/Code.js (vm harness,
 * in-memory workbook) through page.exposeFunction — JSON both ways, as Apps Script does. Every
 * call the page makes is recorded: the round trips SPEC §8 budgets.
 */
import type { Browser, Page } from "playwright-core";
import { openAddon, type Addon } from "../../fakes/addon";
import { launchChromium } from "../../fakes/chromium";
import { FakeLock } from "../../fakes/lock";
import { FakeSession } from "../../fakes/session";
import { throughScriptRun } from "../../fakes/scriptRun";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import { HAND_TYPED_FUNNEL } from "../../fakes/addon";
import { presets } from "../../src/i18n/presets";
import { messageOf } from "../../src/core/messageOf";

const ORIGIN = "https://addon.local/";

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
      // Arguments and the reply obey google.script.run's rules (fakes/scriptRun.ts), as in the
      // preview: a Date or a function on either side fails the call.
      const args = throughScriptRun(JSON.parse(argsJson) as unknown[]);
      const next = () => addon.run(name, ...args);
      const value = throughScriptRun(intercept ? intercept(name, args, next) : next(), "result");
      return JSON.stringify({ ok: true, value: value ?? null });
    } catch (e) {
      return JSON.stringify({
        ok: false,
        error: messageOf(e),
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

/**
 * A suite's way to open the stage editor: the sidebar on `book` (the hand-typed Funnel table by
 * default) in a new page, once its stage list has drawn; closed (and checked) after each test.
 */
export function useStageEditor(): (
  book?: FakeWorkbook,
  userLocale?: string,
) => Promise<PageSession> {
  const browserOf = useBrowser();
  const sessions = useSidebarSessions();
  return async (book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }), userLocale = "en") => {
    const session = await openSidebar(browserOf(), book, userLocale);
    sessions.push(session);
    await session.page.locator("details.stage").first().waitFor();
    return session;
  };
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

/** A funnel name that is markup if a page ever renders it as HTML. */
export const HOSTILE_FUNNEL_NAME = "<img src=x onerror=alert(1)> & Co";

/**
 * A New plan `command` run where its dialog must ask for the funnel: two funnels (the hand-typed
 * one and a seven-stage one named HOSTILE_FUNNEL_NAME), neither in view; the dialog it serves.
 */
export async function openNewPlanDialog(
  browser: Browser,
  locale: string,
  command: string,
  viewport: { width: number; height: number },
): Promise<PageSession & { title: string }> {
  const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
  const addon = addonFor(book, locale);
  const created = addon.run<{ ok: boolean }>("createFunnel", {
    name: HOSTILE_FUNNEL_NAME,
    stages: presets("en")[1]?.stages ?? [],
  });
  if (!created.ok) throw new Error("openNewPlanDialog: the second funnel was not created");
  book.insertSheet("Notes").activate();
  return openDialog(browser, addon, command, viewport);
}
