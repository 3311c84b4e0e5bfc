// Compiles the function registry (TypeScript) for build-time use: stubs and docs are generated
// from the same declarations the bundle runs.
import * as esbuild from "esbuild";
import { createRequire } from "node:module";

export async function loadCatalog(root) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["src/functions/catalog.ts"],
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
  return module.exports.CATALOG;
}
