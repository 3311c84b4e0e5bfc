// Compiles the function reference (TypeScript) for build-time use: stubs and docs are generated
// from the same declarations the bundle runs, plus the documentation declared beside them.
import * as esbuild from "esbuild";
import { createRequire } from "node:module";

/** REFERENCE of src/functions/reference.ts: `{ spec, docs }` per function, in catalog order. */
export async function loadReference(root) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["src/functions/reference.ts"],
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    write: false,
  });
  const module = { exports: {} };
  const code = result.outputFiles[0].text;
  new Function("module", "exports", "require", code)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  return module.exports.REFERENCE;
}
