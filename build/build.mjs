// npm run build: src/main.ts → dist/Code.js (one minified bundle + generated top-level
// declarations), appsscript.json → dist/, and the HTML pages (sidebar, dialogs) → dist/*.html.
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadReference } from "./loadCatalog.mjs";
import { buildPages } from "./sidebar.mjs";
import { customFunctionStub, forwarderStub, GLOBAL } from "./stubs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const ENTRY = "src/main.ts";

/**
 * The add-on as one script: esbuild bundles the entry as an ES module (so its metafile lists the
 * exports), then turns that module into an IIFE that publishes the exports as `var FunnelMath`.
 */
async function bundle(entry) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    legalComments: "none",
    // Em dashes in messages stay 3 bytes instead of 6-byte \u escapes; Apps Script reads UTF-8.
    charset: "utf8",
    outfile: "dist/Code.js",
    write: false,
    metafile: true,
  });
  const [output] = Object.values(result.metafile.outputs);
  const script = await esbuild.transform(result.outputFiles[0].text, {
    format: "iife",
    globalName: GLOBAL,
    minify: true,
    target: "es2020",
    charset: "utf8",
  });
  return { code: script.code, exports: output.exports };
}

/**
 * Apps Script calls only top-level function declarations: one forwarder per export of the entry
 * (triggers, menu commands, server calls), and one stub with autocomplete JSDoc per custom
 * function. esbuild drops comments inside the bundle, so both are appended after it.
 */
export async function build() {
  // dist/ is pushed whole (clasp rootDir): stale files from older builds must not ride along.
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const [{ code, exports }, reference] = await Promise.all([bundle(ENTRY), loadReference(root)]);
  const clash = exports.filter((name) => reference.some(({ spec }) => spec.name === name));
  if (clash.length > 0)
    throw new Error(
      `build: ${clash.join(", ")} exported by ${ENTRY} and registered as custom functions`,
    );
  const stubs = reference.map(customFunctionStub);
  const forwarders = exports.map(forwarderStub);
  const out = `"use strict";${code.trimEnd()}\n\n${stubs.join("\n\n")}\n\n${forwarders.join("\n")}\n`;
  writeFileSync(join(dist, "Code.js"), out);
  copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));
  await buildPages(root, dist);
  return {
    bytes: Buffer.byteLength(out),
    functions: reference.length,
    forwarders: forwarders.length,
  };
}

/**
 * The custom functions alone, as Code.js would be without the rest of the add-on: the reference
 * SPEC §8 measures Code.js's cold evaluation against (the bench builds it; it is never pushed).
 */
export async function buildFunctionsOnly() {
  const [{ code }, reference] = await Promise.all([
    bundle("src/functions/functionsOnlyEntry.ts"),
    loadReference(root),
  ]);
  return `"use strict";${code.trimEnd()}\n\n${reference.map(customFunctionStub).join("\n\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, functions, forwarders } = await build();
  console.log(
    `dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, ${functions} custom functions, ${forwarders} other globals`,
  );
}
