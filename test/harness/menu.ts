import { MENU } from "../../src/addon/menu";

/**
 * The add-on menu an English user sees (SPEC §6, §11), item by item with its submenu path:
 * written out here, not read from the catalogue, so a label changed by mistake fails the suites.
 */
export const ENGLISH_MENU = [
  "Stage editor",
  "New plan ▸ Annual reverse funnel",
  "New plan ▸ Monthly targets with sales-cycle lag",
  "New plan ▸ Channel CAC and LTV",
  "New plan ▸ Funnel health",
  "New plan ▸ Marketing–sales SLA",
  "New plan ▸ Plan vs actual",
  "New plan ▸ Cohorts and time in stage",
  "New plan ▸ Capacity plan (reps, hires, SDRs)",
  "New plan ▸ Pipeline coverage and forecast",
  "Refresh plan",
  "Use measured days in the funnel",
  "Export funnel as SQL…",
  "Function reference",
];

/** Every menu command's function name, submenus flattened, in the menu's order. */
export const MENU_COMMANDS: readonly string[] = MENU.flatMap((entry) =>
  "items" in entry ? entry.items : [entry],
).map((item) => item.functionName);
