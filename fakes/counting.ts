/**
 * Counts what a user waits for in Sheets (SPEC §8): every call into an Apps Script service, by
 * class and method, and every flush.
 *
 * Each `SpreadsheetApp`/`Spreadsheet`/`Sheet`/`Range`/named-range/`HtmlService`/`LockService`
 * call is a round trip to Google's servers ("Best practices": developers.google.com/apps-script/
 * guides/support/best-practices#minimize_calls_to_other_services), and Apps Script batches
 * writes until something needs the document's current state: "alternating read and write
 * commands is slow" (same page, #use_batch_operations). So a *flush* is counted when a call
 * that needs the document's state follows writes not yet flushed, and for
 * `SpreadsheetApp.flush()` itself when writes are pending. Calls that only build a reference
 * from what the script already holds (getRange with coordinates, getSheet of a range, the
 * range's own coordinates, a range list from A1 notations) need no state; where the sources are
 * silent the counter takes the stricter reading and treats a call as needing the document.
 *
 * Builders are not services: SPEC §8 counts SpreadsheetApp/Spreadsheet/Sheet/Range/named-range/
 * HtmlService/LockService calls, and a builder only collects settings until the service call that
 * applies them ("Changes made to the chart are not saved until Sheet.updateChart(chart) is called
 * on the rebuilt chart", Apps Script, Class EmbeddedChartBuilder; a conditional-format rule takes
 * effect through Sheet.setConditionalFormatRules). So the call that makes a builder
 * (SpreadsheetApp.newConditionalFormatRule, Sheet.newChart) and the one that applies its result
 * (insertChart, setConditionalFormatRules) are counted, the builder's own setters are listed
 * apart (`builderCalls`), as are a metadata finder's `with…` filters (its `find()` is counted).
 */

export type CallClass = "read" | "metadata" | "write" | "other";

/** Reads of cell contents and formats: what a batched getValues replaces. */
const READ =
  /^get(?:Values?|SheetValues|DisplayValues?|Formulas?(?:R1C1)?|Notes?|NumberFormats?|Backgrounds?|FontWeights?|FontColors?(?:Object)?s?|FontStyles?|FontSizes?|DataValidations?|RichTextValues?)$/;
/**
 * Calls that build a reference from what the script holds: no round trip needs the document. Keyed
 * by class as well as method: a sheet's or range's coordinates are the script's own, but where a
 * *named range* or a metadata's location points depends on the document (a pending row insert
 * moves a named range), so NamedRange.getRange and DeveloperMetadataLocation.getSheet/getRange
 * are not here — Google's docs are silent, and this takes the stricter reading.
 */
const LOCAL = new Set([
  "Sheet.getRange",
  "Sheet.getRangeList",
  "RangeList.getRanges",
  "Range.getCell",
  "Range.offset",
  "Range.getSheet",
  "Range.getRow",
  "Range.getColumn",
  "Range.getNumRows",
  "Range.getNumColumns",
  "Range.getLastRowInRange",
  "Range.getA1Notation",
  "Range.getGridId",
]);

/** Calls on a builder: settings collected in the script until a service call applies them. */
export function isBuilderCall(owner: string, method: string): boolean {
  if (/Builder$/.test(owner)) return true;
  return owner === "DeveloperMetadataFinder" && method.startsWith("with");
}
/**
 * Writes: Apps Script queues them until a flush. Building a finder (createTextFinder,
 * createDeveloperMetadataFinder) changes nothing: it is metadata, like the search it runs.
 */
const WRITE =
  /^(?:set|insert|delete|clear|add|remove|append|merge|break|sort|copy|move|hide|show|activate|autoResize|protect|trim|create(?:Text|Developer)(?!\w*Finder$)|updateChart|apply)/;

/** Services that make and show pages: their calls are round trips, but never document writes. */
const PAGE_OWNERS = new Set(["HtmlService", "HtmlOutput", "HtmlTemplate", "Ui"]);

export function callClass(method: string): CallClass {
  if (READ.test(method)) return "read";
  if (WRITE.test(method)) return "write";
  if (
    /^(?:get|is|has|find|next|match|use|createTextFinder|createDeveloperMetadataFinder)/.test(
      method,
    )
  )
    return "metadata";
  return "other";
}

export interface CallCounts {
  /** Every counted call, in order: "Range.getValues". */
  readonly calls: readonly string[];
  /** Builder calls (not service calls), in order: "ChartBuilder.setTitle". */
  readonly builderCalls: readonly string[];
  readonly flushes: number;
  byClass(): Record<CallClass, number>;
  byMethod(): Map<string, number>;
  reset(): void;
}

class Counter implements CallCounts {
  calls: string[] = [];
  builderCalls: string[] = [];
  flushes = 0;
  private pendingWrites = false;

  record(owner: string, method: string): void {
    if (isBuilderCall(owner, method)) {
      this.builderCalls.push(`${owner}.${method}`);
      return;
    }
    this.calls.push(`${owner}.${method}`);
    // A page being put together by the script (an HtmlOutput's setters return the same object,
    // "for chaining": developers.google.com/apps-script/reference/html/html-output) or shown
    // (Ui.showSidebar) writes nothing to the spreadsheet: nothing is queued for a later read.
    const kind = PAGE_OWNERS.has(owner) ? "other" : callClass(method);
    if (kind === "write") {
      this.pendingWrites = true;
      return;
    }
    const needsDocument =
      (kind === "read" || kind === "metadata" || method === "flush") &&
      !LOCAL.has(`${owner}.${method}`);
    if (needsDocument && this.pendingWrites) {
      this.flushes++;
      this.pendingWrites = false;
    }
  }

  byClass(): Record<CallClass, number> {
    const out: Record<CallClass, number> = { read: 0, metadata: 0, write: 0, other: 0 };
    for (const call of this.calls) out[callClass(call.slice(call.lastIndexOf(".") + 1))]++;
    return out;
  }

  byMethod(): Map<string, number> {
    const out = new Map<string, number>();
    for (const call of this.calls) out.set(call, (out.get(call) ?? 0) + 1);
    return out;
  }

  reset(): void {
    this.calls = [];
    this.builderCalls = [];
    this.flushes = 0;
    this.pendingWrites = false;
  }
}

/** The service class a fake object stands for ("FakeRange" → "Range"). */
function ownerName(object: object, fallback: string): string {
  const name = (object as { constructor?: { name?: string } }).constructor?.name ?? "";
  if (name === "" || name === "Object") return fallback;
  // The fakes' names for Google's classes.
  const bare = name.replace(/^_+/, ""); // bundlers may rename a class "_FakeRange"
  return bare === "FakeWorkbook" ? "Spreadsheet" : bare.replace(/^Fake/, "");
}

function isPlainValue(value: unknown): boolean {
  return (
    value === null ||
    typeof value !== "object" ||
    Object.prototype.toString.call(value) === "[object Date]"
  );
}

interface Wrappers {
  /** Target → its counting proxy. */
  proxies: WeakMap<object, object>;
  /** Proxy → its target: a fake compares the objects it is handed with its own. */
  targets: WeakMap<object, object>;
}

function unwrapped(value: unknown, wrappers: Wrappers): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => unwrapped(v, wrappers));
  return wrappers.targets.get(value) ?? value;
}

function counted<T extends object>(target: T, owner: string, counter: Counter, seen: Wrappers): T {
  const known = seen.proxies.get(target);
  if (known) return known as T;
  const wrap = (value: unknown, fallback: string): unknown => {
    if (isPlainValue(value) || typeof value === "function") return value;
    if (Array.isArray(value)) {
      // Arrays of values (getValues) are data; arrays of service objects (getSheets) are wrapped.
      return value.map((v: unknown) =>
        isPlainValue(v) || Array.isArray(v) ? v : wrap(v, fallback),
      );
    }
    return counted(value as object, ownerName(value as object, fallback), counter, seen);
  };
  const proxy = new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof key !== "string" || typeof value !== "function") {
        // Enums (SpreadsheetApp.Dimension…) and fields are no calls.
        return value;
      }
      return (...args: unknown[]) => {
        counter.record(owner, key);
        const plain = args.map((a) => unwrapped(a, seen));
        const result = (value as (...a: unknown[]) => unknown).apply(object, plain);
        // Builders return themselves: keep counting through the same wrapper.
        return result === object ? proxy : wrap(result, key.replace(/^(?:get|new|create)/, ""));
      };
    },
  });
  seen.proxies.set(target, proxy);
  seen.targets.set(proxy, target);
  return proxy;
}

/** The same services, counting every call made through them (and through what they return). */
export function countingServices<S extends object>(
  services: S,
): { services: S; counts: CallCounts } {
  const counter = new Counter();
  const seen: Wrappers = { proxies: new WeakMap(), targets: new WeakMap() };
  const wrapped: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(services)) {
    wrapped[name] =
      typeof service === "object" && service !== null
        ? counted(service, name, counter, seen)
        : service;
  }
  return { services: wrapped as S, counts: counter };
}
