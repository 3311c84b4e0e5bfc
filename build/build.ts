// npm run build: src/main.ts → dist/Code.js (one minified bundle + generated top-level
// declarations), appsscript.json → dist/, and the HTML pages (sidebar, dialogs) → dist/*.html.
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REFERENCE } from "../src/functions/reference";
import { buildPages } from "./pages";
import { customFunctionStub, forwarderStub, GLOBAL } from "./stubs";

const root = join(__dirname, "..");
const dist = join(root, "dist");
const ENTRY = "src/main.ts";

/**
 * The add-on as one script: esbuild bundles the entry as an ES module (so its metafile lists the
 * exports), then turns that module into an IIFE that publishes the exports as `var FunnelMath`.
 */
async function bundle(entry: string): Promise<{ code: string; exports: string[] }> {
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
  const [file] = result.outputFiles;
  if (!output || !file) throw new Error(`build: esbuild wrote nothing for ${entry}`);
  const script = await esbuild.transform(file.text, {
    format: "iife",
    globalName: GLOBAL,
    minify: true,
    target: "es2020",
    charset: "utf8",
  });
  return { code: script.code, exports: output.exports };
}

/** What a build produced, for the summary line. */
export interface Built {
  bytes: number;
  functions: number;
  forwarders: number;
}

/**
 * Apps Script calls only top-level function declarations: one forwarder per export of the entry
 * (triggers, menu commands, server calls), and one stub with autocomplete JSDoc per custom
 * function. esbuild drops comments inside the bundle, so both are appended after it.
 */
export async function build(): Promise<Built> {
  // dist/ is pushed whole (clasp rootDir): stale files from older builds must not ride along.
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const { code, exports } = await bundle(ENTRY);
  const clash = exports.filter((name) => REFERENCE.some(({ spec }) => spec.name === name));
  if (clash.length > 0)
    throw new Error(
      `build: ${clash.join(", ")} exported by ${ENTRY} and registered as custom functions`,
    );
  const stubs = REFERENCE.map(customFunctionStub);
  const forwarders = exports.map(forwarderStub);
  const out = `"use strict";${code.trimEnd()}\n\n${stubs.join("\n\n")}\n\n${forwarders.join("\n")}\n`;
  writeFileSync(join(dist, "Code.js"), out);
  copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));
  await buildPages(root, dist);
  return {
    bytes: Buffer.byteLength(out),
    functions: REFERENCE.length,
    forwarders: forwarders.length,
  };
}

/**
 * The custom functions alone, as Code.js would be without the rest of the add-on: the reference
 * SPEC §8 measures Code.js's cold evaluation against (the bench builds it; it is never pushed).
 */
export async function buildFunctionsOnly(): Promise<string> {
  const { code } = await bundle("src/functions/functionsOnlyEntry.ts");
  return `"use strict";${code.trimEnd()}\n\n${REFERENCE.map(customFunctionStub).join("\n\n")}\n`;
}

if (require.main === module) {
  build().then(
    ({ bytes, functions, forwarders }) =>
      console.log(
        `dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, ${functions} custom functions, ${forwarders} other globals`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
