// npm run build: src/main.ts → dist/Code.js (minified IIFE + generated top-level stubs),
// appsscript.json → dist/, and the sidebar → dist/sidebar.html when it exists.
import * as esbuild from "esbuild";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { buildLanguagePacks } from "./languagePacks.mjs";
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

/**
 * Code.js carries English UI text and every language's menu labels, nothing else (SPEC §8): other
 * languages' UI, and every language's sheet and preset text, are in the language packs. A module that imports an
 * all-language catalogue (src/i18n/ui, src/i18n/sheet…) instead of src/addon/messages.ts fails here.
 */
// Template-sheet text of every language (English too) lives only in the packs.
const OTHER_LANGUAGE_SOURCE =
  /^src\/i18n\/(?:sheet\/[^/]+|(?!menu\/)[^/]+\/(?:sv|ru|pl|zhCN))\.ts$/;

function refuseOtherLanguages(metafile) {
  const found = Object.keys(metafile.inputs).filter((input) => OTHER_LANGUAGE_SOURCE.test(input));
  if (found.length > 0) {
    const importers = Object.entries(metafile.inputs)
      .filter(([, info]) => info.imports.some((i) => found.includes(i.path)))
      .map(([path]) => path);
    throw new Error(
      `Code.js must not bundle other languages' catalogues (${found.join(", ")}), imported by ` +
        `${importers.join(", ")}: use uiText/sheetText/inboundText from src/addon/messages.ts.`,
    );
  }
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
    metafile: true,
  });
  refuseOtherLanguages(bundle.metafile);
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
  const packs = await buildLanguagePacks(root, dist);

  if (existsSync(join(root, "build/sidebar.mjs"))) {
    const { buildSidebar, buildSqlExport } = await import("./sidebar.mjs");
    await buildSidebar(root, dist);
    await buildSqlExport(root, dist);
  }
  return {
    bytes: Buffer.byteLength(out),
    functions: reference.length,
    forwarders: exported.length,
    packs,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, functions, forwarders, packs } = await build();
  console.log(
    `dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, ${functions} custom functions, ${forwarders} other globals`,
  );
  const packSizes = Object.entries(packs).map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`);
  console.log(`language packs: ${packSizes.join(", ")}`);
}
