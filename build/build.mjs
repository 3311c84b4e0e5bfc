// npm run build: src/functionsMain.ts → dist/Code.js (minified IIFE + generated top-level stubs),
// src/main.ts → dist/addon.html (the whole add-on, evaluated on first use), appsscript.json →
// dist/, and the sidebar → dist/sidebar.html when it exists.
import * as esbuild from "esbuild";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { buildLanguagePacks } from "./languagePacks.mjs";
import { loadReference } from "./loadCatalog.mjs";
import { addonForwarderStub, customFunctionStub, forwarderStub, GLOBAL } from "./stubs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

/**
 * `(()=>{…;return{name:value,…}})()` from esbuild's ES module output: one expression whose value is
 * the exports. esbuild's `format: "iife"` publishes the exports through CommonJS interop instead (a
 * getter per export, defined twice), which cost ~0.3 ms of every cold load of Code.js; a plain
 * object holds the same values, since the entries export only functions and constants.
 */
function asExpression(esm) {
  const code = esm.trimEnd();
  const clause = /export\{([^}]*)\};$/.exec(code);
  if (!clause) throw new Error("build: expected the bundle to end with one export {…} clause");
  const properties = clause[1].split(",").map((item) => {
    const [local, exported = local] = item.split(" as ");
    return `${exported}:${local}`;
  });
  const body = code.slice(0, clause.index);
  return `(()=>{"use strict";${body}return{${properties.join(",")}}})()`;
}

/** The names of the functions an evaluated bundle expression exports (it defines, nothing more). */
function exportedFunctions(expression) {
  const context = vm.createContext({});
  // Only functions get a top-level forwarder; objects (the custom functions, diagnostics) do not.
  vm.runInContext(
    `const e=${expression};this.__exports=Object.keys(e).filter((k)=>typeof e[k]==="function");`,
    context,
  );
  return [...context.__exports];
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

async function bundle(entry) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    // ES module output, wrapped by asExpression: esbuild's own IIFE would publish getters.
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
  refuseOtherLanguages(result.metafile);
  return asExpression(result.outputFiles[0].text);
}

/**
 * Two bundles of the same sources. Code.js (src/functionsMain.ts) is what every custom-function
 * call evaluates: the custom functions, the menu triggers and `addon()`. addon.html (src/main.ts)
 * is the whole add-on as the text of one expression, which `addon()` evaluates on first use; its
 * module state is its own. Every other export gets a forwarder through `FunnelMath.addon()`.
 */
export async function build() {
  mkdirSync(dist, { recursive: true });
  const [functionsBundle, addonBundle] = await Promise.all([
    bundle("src/functionsMain.ts"),
    bundle("src/main.ts"),
  ]);
  const code = `"use strict";var ${GLOBAL}=${functionsBundle};\n`;
  // `addon` itself is the loader, not a command: no top-level function for it.
  const own = exportedFunctions(functionsBundle).filter((name) => name !== "addon");
  const fromAddon = exportedFunctions(addonBundle).filter((name) => !own.includes(name));

  const reference = await loadReference(root);
  const stubs = reference.map(customFunctionStub);
  const forwarders = [...own.map(forwarderStub), ...fromAddon.map(addonForwarderStub)];

  const out = `${code.trimEnd()}\n\n${stubs.join("\n\n")}\n\n${forwarders.join("\n")}\n`;
  writeFileSync(join(dist, "Code.js"), out);
  const addonText = `${addonBundle}\n`;
  writeFileSync(join(dist, "addon.html"), addonText);
  copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));
  const packs = await buildLanguagePacks(root, dist);

  if (existsSync(join(root, "build/sidebar.mjs"))) {
    const { buildSidebar, buildSqlExport } = await import("./sidebar.mjs");
    await buildSidebar(root, dist);
    await buildSqlExport(root, dist);
  }
  return {
    bytes: Buffer.byteLength(out),
    addonBytes: Buffer.byteLength(addonText),
    functions: reference.length,
    forwarders: forwarders.length,
    packs,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, addonBytes, functions, forwarders, packs } = await build();
  console.log(
    `dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, ${functions} custom functions, ${forwarders} other globals`,
  );
  console.log(`dist/addon.html: ${(addonBytes / 1024).toFixed(1)} KB`);
  const packSizes = Object.entries(packs).map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`);
  console.log(`language packs: ${packSizes.join(", ")}`);
}
