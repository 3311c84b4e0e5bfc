/**
 * The whole add-on: what becomes global. The build ships this bundle as dist/addon.html, the text
 * of one expression `(()=>{…})()` that Code.js's `addon()` (src/functionsMain.ts) evaluates on
 * first use, and appends to Code.js one top-level forwarder per export it does not define itself,
 * because Apps Script only sees top-level function declarations.
 */
import { lazyModulesLoaded } from "./core/lazy";
import { CATALOG } from "./functions/catalog";
import { toCustomFunction } from "./functions/runner";
import { catalogueBuilds } from "./i18n/catalogue";

/** The custom functions by name; each stub forwards to one of these. */
export const functions: Record<string, (...args: unknown[]) => unknown> = {};
for (const spec of CATALOG) functions[spec.name] = toCustomFunction(spec);

/** Read by the bundle tests (no top-level forwarder: it is not a function). */
export const diagnostics = { catalogueBuilds, lazyModulesLoaded };

export { onOpen, onInstall, showFunctionReference } from "./addon/menu";
export {
  showStageEditor,
  getFunnels,
  loadFunnel,
  saveFunnel,
  createFunnel,
  renameFunnel,
  funnelUsage,
  deleteFunnel,
} from "./addon/stageServer";
export { showSqlExport, getFunnelStages, exportFunnelSql } from "./addon/sqlExportServer";
export {
  newAnnualPlan,
  newMonthlyTargets,
  newChannelEconomics,
  newFunnelHealth,
  newSlaTracker,
  newPlanVsActual,
  newCohorts,
  newPlanForFunnel,
  refreshPlan,
} from "./addon/templates/commands";
export { useMeasuredDays } from "./addon/templates/measuredDays";
