// npm run build: src/main.ts → dist/Code.js (minified IIFE + generated top-level stubs),
// appsscript.json → dist/, and the sidebar → dist/sidebar.html when it exists.
import * as esbuild from "esbuild";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { loadReference } from "./loadCatalog.mjs";
import { customFunctionStub, forwarderStub, GLOBAL } from "./stubs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

/**
 * `var FunnelMath = (() => { …; return { name: value, … }; })();` from esbuild's ES module output.
 * esbuild's `format: "iife"` publishes the exports through CommonJS interop instead (a getter
 * per export, defined twice), which cost ~0.3 ms of every cold load of Code.js; a plain object
 * holds the same values, since main.ts exports only functions and constants.
 */
function asGlobal(esm) {
  const code = esm.trimEnd();
  const clause = /export\{([^}]*)\};$/.exec(code);
  if (!clause) throw new Error("build: expected the bundle to end with one export {…} clause");
  const properties = clause[1].split(",").map((item) => {
    const [local, exported = local] = item.split(" as ");
    return `${exported}:${local}`;
  });
  const body = code.slice(0, clause.index);
  return `"use strict";var ${GLOBAL}=(()=>{${body}return{${properties.join(",")}}})();\n`;
}

export async function build() {
  mkdirSync(dist, { recursive: true });
  const bundle = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["src/main.ts"],
    bundle: true,
    // ES module output, wrapped below: esbuild's own IIFE would publish the exports as getters.
    format: "esm",
    minify: true,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    legalComments: "none",
    // Em dashes in messages stay 3 bytes instead of 6-byte \u escapes; Apps Script reads UTF-8.
    charset: "utf8",
    write: false,
  });
  const code = asGlobal(bundle.outputFiles[0].text);

  // The exports, read by evaluating the bundle the way Apps Script would (it defines, nothing more).
  const context = vm.createContext({});
  // Only functions get a top-level forwarder; objects (the custom functions, diagnostics) do not.
  vm.runInContext(
    `${code};this.__exports = Object.keys(${GLOBAL}).filter((k) => typeof ${GLOBAL}[k] === "function");`,
    context,
  );
  const exported = context.__exports;

  const reference = await loadReference(root);
  const stubs = reference.map(customFunctionStub);
  const forwarders = exported.map(forwarderStub);

  const out = `${code.trimEnd()}\n\n${stubs.join("\n\n")}\n\n${forwarders.join("\n")}\n`;
  writeFileSync(join(dist, "Code.js"), out);
  copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));

  if (existsSync(join(root, "build/sidebar.mjs"))) {
    const { buildSidebar, buildSqlExport } = await import("./sidebar.mjs");
    await buildSidebar(root, dist);
    await buildSqlExport(root, dist);
  }
  return {
    bytes: Buffer.byteLength(out),
    functions: reference.length,
    forwarders: exported.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, functions, forwarders } = await build();
  console.log(
    `dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, ${functions} custom functions, ${forwarders} other globals`,
  );
}
