/**
 * The Apps Script entry, dist/Code.js: what every custom-function call evaluates, so only what must
 * be cheap or must work without authorization (custom functions, menu triggers, diagnostics).
 * The rest of the add-on (stage store, templates, sidebar and SQL-dialog server calls, zod) is the
 * bundle of src/main.ts, shipped as dist/addon.html and evaluated on first use by `addon()`; the
 * build appends one top-level forwarder per export of either bundle.
 */
import { lazyModulesLoaded } from "./core/lazy";
import { CATALOG } from "./functions/catalog";
import { toCustomFunction } from "./functions/runner";
import { catalogueBuilds } from "./i18n/catalogue";

/** The custom functions by name; each stub forwards to one of these. */
export const functions: Record<string, (...args: unknown[]) => unknown> = {};
for (const spec of CATALOG) functions[spec.name] = toCustomFunction(spec);

/** Read by the bundle tests (no top-level forwarder: it is not a function). */
export const diagnostics = { catalogueBuilds, lazyModulesLoaded };

export { onOpen, onInstall, showFunctionReference } from "./addon/menu";

let loadedAddon: Record<string, (...args: unknown[]) => unknown> | undefined;

/**
 * The full add-on's exports, evaluated once per execution from dist/addon.html (the text of one
 * expression). Indirect eval: it runs in the global scope and sees none of this module's names.
 */
export function addon(): Record<string, (...args: unknown[]) => unknown> {
  const indirectEval = eval;
  loadedAddon ??= indirectEval(
    HtmlService.createHtmlOutputFromFile("addon").getContent(),
  ) as Record<string, (...args: unknown[]) => unknown>;
  return loadedAddon;
}
