// Loads bench/previewEdit.ts (the preview server, the fakes, Chromium) and words its figures.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTool } from "../build/loadTool.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function previewEditRows() {
  const { previewEditRoundTrips } = await loadTool(root, "bench/previewEdit.ts");
  return (await previewEditRoundTrips()).map((r) => {
    if (r.ms === undefined)
      return { what: r.what, measured: `unmeasured (${r.note})`, budget: "goal < 150 ms" };
    const ms = `${r.ms.toFixed(0)} ms`;
    if (r.goal === undefined) return { what: r.what, measured: ms, budget: "none (information)" };
    const verdict = r.ms < r.goal ? "meets the goal" : "misses the goal";
    return { what: r.what, measured: `${ms} (${verdict})`, budget: `goal < ${r.goal} ms` };
  });
}
