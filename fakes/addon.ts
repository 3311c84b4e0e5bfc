/**
 * The built add-on over an in-memory workbook: calls go through the google.script.run stand-in
 * both ways (a Date or a function is refused, as Apps Script refuses it), and every service call
 * is counted (fakes/counting.ts, SPEC §8).
 */
import { FakeLock } from "./lock";
import { FakeSession } from "./session";
import { throughScriptRun } from "./scriptRun";
import { appsScriptServices } from "./services";
import { FakeWorkbook } from "./spreadsheet";
import { loadBundle, loadCustomFunctions, type LoadedBundle } from "./bundle";
import { countingServices, type CallCounts } from "./counting";

export interface Addon {
  book: FakeWorkbook;
  lock: FakeLock;
  /** The user's locale (Session.getActiveUserLocale): menu, sidebar and dialogs follow it. */
  session: FakeSession;
  bundle: LoadedBundle;
  /** The same Code.js as a cell runs it (read-only services): what formulas call. */
  functions: LoadedBundle;
  /** A google.script.run-style call: JSON arguments in, JSON result out. */
  run<T = unknown>(name: string, ...args: unknown[]): T;
  /** Service calls and flushes made by the add-on (not by the test reading the fakes directly). */
  counts: CallCounts;
  /** google.script.run calls made through `run` since the last `counts.reset()`. */
  roundTrips(): number;
}

export function openAddon(
  book = new FakeWorkbook(),
  lock = new FakeLock(),
  session = new FakeSession(),
): Addon {
  const { services, counts } = countingServices({ ...appsScriptServices(book, lock, session) });
  const bundle = loadBundle(services);
  let roundTrips = 0;
  const reset = counts.reset.bind(counts);
  counts.reset = () => {
    reset();
    roundTrips = 0;
  };
  return {
    book,
    lock,
    session,
    bundle,
    functions: loadCustomFunctions(book),
    counts,
    roundTrips: () => roundTrips,
    run<T>(name: string, ...args: unknown[]): T {
      roundTrips++;
      const sent = throughScriptRun(args);
      const result = bundle.call(name, ...sent);
      return throughScriptRun(result, "result") as T;
    },
  };
}

/** A spreadsheet holding the default funnel's table, typed in by hand (no named ranges yet). */
export const HAND_TYPED_FUNNEL: unknown[][] = [
  ["Stage", "Owner", "Conversion to next", "Days in stage", "Entry criteria", "Exit criteria"],
  ["Lead", "Marketing", 0.1, 10, "", ""],
  ["MQL", "SDR", 0.3, 7, "", ""],
  ["SQL", "Sales", 0.5, 30, "", ""],
  ["Customer", "Sales", "", "", "", ""],
];
