/**
 * The CRM stage map `<key>_Map` (SPEC §4; its layout is the functions' contract, docs/crm-data.md):
 * exactly two columns — CRM name, funnel stage — and no header inside the named range. For each
 * stage up to the won stage, top first: the stage's own name (`stage, stage`), then each of its
 * CRM names (`crm name, stage`); then each name that ends a record (`name, empty`). The store
 * writes it from the stage table beside the table, under a header row of its own, on every save
 * of a funnel that has CRM names (and keeps it up to date once it exists).
 */
import { wonIndex, type Funnel } from "../core/funnel";
import { normaliseStageName, trimStageName } from "../core/stageName";
import { MAX_TABLE_WIDTH } from "./stageTable";

/** The map's first column, counted from the table's first column (one empty column between). */
export const MAP_OFFSET = MAX_TABLE_WIDTH + 2;
export const MAP_WIDTH = 2;

/** The map's rows, in the contract's order; a name listed twice is written once. */
export function mapRows(funnel: Funnel): [string, string][] {
  const rows: [string, string][] = [];
  const seen = new Set<string>();
  const add = (name: string, stage: string) => {
    const clean = trimStageName(name);
    const key = normaliseStageName(clean);
    if (clean === "" || seen.has(key)) return;
    seen.add(key);
    rows.push([clean, stage]);
  };
  const won = wonIndex(funnel);
  funnel.stages.slice(0, won + 1).forEach((stage) => {
    const name = trimStageName(stage.name);
    add(name, name);
    for (const crm of stage.crmNames ?? []) add(crm, name);
  });
  for (const name of funnel.endNames ?? []) add(name, "");
  return rows;
}

/** Whether the funnel needs a map: some stage has CRM names, or names end a record. */
export function needsMap(funnel: Funnel): boolean {
  return (
    funnel.stages.some((s) => (s.crmNames ?? []).some((n) => trimStageName(n) !== "")) ||
    (funnel.endNames ?? []).some((n) => trimStageName(n) !== "")
  );
}
