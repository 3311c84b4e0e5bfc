// The sidebar: src/sidebar/main.ts (+ the shared core model) bundled by esbuild and inlined with
// its CSS into one self-contained dist/sidebar.html — HtmlService serves one file, no external URLs.
import * as esbuild from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export async function buildSidebar(root, dist) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["src/sidebar/main.ts"],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2020",
    platform: "browser",
    legalComments: "none",
    write: false,
  });
  // An inline script must not contain "</script" (it would end the element).
  const js = result.outputFiles[0].text.trim().replace(/<\/(script)/gi, "<\\/$1");
  const css = (
    await esbuild.transform(readFileSync(join(root, "src/sidebar/sidebar.css"), "utf8"), {
      loader: "css",
      minify: true,
    })
  ).code.trim();
  const template = readFileSync(join(root, "src/sidebar/sidebar.html"), "utf8");
  // Function replacers: "$" in the code must not be read as a replacement pattern.
  const html = template.replace("/*CSS*/", () => css).replace("/*JS*/", () => js);
  writeFileSync(join(dist, "sidebar.html"), html);
  return Buffer.byteLength(html);
}
