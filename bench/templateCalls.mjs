// Loads bench/templateCalls.ts (it uses the TypeScript test harness).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTool } from "../build/loadTool.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function templateCallCounts() {
  const { templateCallCounts: count } = await loadTool(root, "bench/templateCalls.ts");
  return count();
}
