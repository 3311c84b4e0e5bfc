/**
 * The Apps Script entry, bundled into dist/Code.js: what becomes global, nothing else. The build
 * declares one top-level function per export (a forwarder to `FunnelMath.<name>`) and one stub
 * with autocomplete JSDoc per custom function; names ending in "_" are private to Apps Script
 * (google.script.run and the Run menu cannot call them).
 */
import { stageServer } from "./addon/stageServer";

export { runCustomFunction as customFunction_ } from "./functions/customFunctions";
export { diagnostics_ } from "./diagnostics";
export { onOpen, onInstall, showFunctionReference } from "./addon/menu";
export { showStageEditor } from "./addon/stageEditor";
// The stage editor's server functions, declared once in `stageServer`: each becomes a global here
// (Apps Script calls only top-level functions), and test/bundle checks none is missing.
export const {
  getFunnels,
  loadFunnel,
  saveFunnel,
  createFunnel,
  renameFunnel,
  funnelUsage,
  deleteFunnel,
} = stageServer;
export { showSqlExport, getFunnelStages } from "./addon/sqlExportServer";
export {
  newAnnualPlan,
  newMonthlyTargets,
  newChannelEconomics,
  newFunnelHealth,
  newSlaTracker,
  newPlanVsActual,
  newCohorts,
  newCapacityPlan,
  newPipelineCoverage,
  newPlanForFunnel,
  buildPlan,
  refreshPlan,
} from "./addon/templates/commands";
export { useMeasuredDays } from "./addon/templates/measuredDays";
