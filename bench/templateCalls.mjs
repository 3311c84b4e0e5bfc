// Loads bench/templateCalls.ts (it uses the TypeScript test harness) through esbuild.
import * as esbuild from "esbuild";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function templateCallCounts() {
  const outfile = join(root, "node_modules", ".cache", "funnel-bench", "templateCalls.cjs");
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["bench/templateCalls.ts"],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    // The harness finds dist/ from its own folder, which bundling moves.
    define: { __dirname: JSON.stringify(join(root, "test", "harness")) },
    outfile,
    logLevel: "error",
  });
  return createRequire(import.meta.url)(outfile).templateCallCounts();
}
