// Loads bench/templateCalls.ts and test/templates/specTables.ts (TypeScript, test harness).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTool } from "../build/loadTool.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function templateCallCounts() {
  const { templateCallCounts: count } = await loadTool(root, "bench/templateCalls.ts");
  return count();
}

export async function specTables() {
  const { SPEC_TABLES } = await loadTool(root, "test/templates/specTables.ts");
  return SPEC_TABLES;
}

export async function serviceCallCounts() {
  const { serviceCallCounts: count } = await loadTool(root, "bench/serviceCalls.ts");
  return count();
}
