// Runs a dev-only TypeScript entry that uses the Sheets fakes (the preview server, the template
// call counter): esbuild bundles it for Node into a per-checkout cache and it is required from
// there. The fakes find dist/ from their own folder (fakes/html.ts), which bundling moves, so that
// is pinned.
import * as esbuild from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";

export async function loadTool(root, entry) {
  // One folder per checkout: node_modules may be shared between git worktrees.
  const checkout = createHash("sha1").update(root).digest("hex").slice(0, 12);
  const outdir = join(root, "node_modules", ".cache", "funnel-tools", checkout);
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${basename(entry, ".ts")}.cjs`);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    define: { __dirname: JSON.stringify(join(root, "fakes")) },
    logLevel: "warning",
  });
  return createRequire(import.meta.url)(outfile);
}
