/**
 * A module loaded on first use. Apps Script evaluates all of Code.js on every custom-function
 * call (SPEC §8), so code that only some calls need — zod and the funnel schemas, used when a
 * funnel is saved or read back — should not run at load.
 *
 * Write the `require` at the call site, with a literal path, so esbuild sees and bundles it:
 *
 *     declare const require: (path: string) => unknown; // resolved by esbuild (jest: by Node)
 *     const schemas = lazy("funnelSchemas", () =>
 *       require("./funnelSchemas") as typeof import("./funnelSchemas"));
 *
 * esbuild wraps a module that is `require`d in a lazy initialiser (`__esm`): its top-level code,
 * and that of the modules it imports (zod's classes), runs on the first call of `schemas()`
 * instead of when Code.js loads. Elsewhere import from such a module with `import type` only: a
 * plain `import` would initialise it at load again. The required file must be one of ours (an ES
 * module): `require("zod/mini")` would pull in zod's CommonJS build with every locale.
 *
 * What is compiled is not saved: V8 still reads the module's text when Code.js loads. This only
 * spares running its top-level code.
 */

const loaded: string[] = [];

/** The modules loaded so far in this runtime, in order (the bundle tests read it). */
export function lazyModulesLoaded(): string[] {
  return loaded.slice();
}

/** `lazy(name, load)()` loads the module once, on the first call, then returns the same one. */
export function lazy<T>(name: string, load: () => T): () => T {
  let module: { value: T } | undefined;
  return () => {
    if (module === undefined) {
      module = { value: load() };
      loaded.push(name);
    }
    return module.value;
  };
}
