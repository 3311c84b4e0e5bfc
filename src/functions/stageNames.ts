import { NOT_A_STAGE, type StageNames } from "../core/stageMap";
import { normaliseStageName, trimStageName } from "../core/stageName";
import { fail } from "./errors";
import type { Kind } from "./kinds";
import { stageIndex } from "./stageIndex";
import { rowsToList, toRows, type Orientation } from "./shapes";
import { describe, isBlank, itemLabel } from "./values";
import { ArrayOf, toText } from "../core/intrinsics";

/** Stage names as an argument gives them, and the way its list ran (results follow it). */
export interface StageNamesArg extends StageNames {
  orientation: Orientation;
}

/** A name cell's text: text, or a finite number as text; anything else is an error. */
function nameText(v: unknown, argument: string, where: string, what: string): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" && v - v === 0) return toText(v);
  fail(
    argument,
    `${where === "" ? "" : `${where} `}is ${describe(v)} — enter each ${what} as text`,
  );
}

/** A plain list of stage names, top first: each stage is known by its own name only. */
function fromList(value: unknown[][], argument: string): StageNamesArg {
  const { items, orientation } = rowsToList(value, argument);
  if (items.length === 0) fail(argument, "is empty — select the stage names, e.g. Funnel_Stages");
  const stages = new ArrayOf<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    const where = items.length > 1 ? `${itemLabel(i)} ` : "";
    if (isBlank(v)) fail(argument, `${where}is empty — give every stage a name`);
    stages[i] = trimStageName(nameText(v, argument, where.trim(), "stage's name"));
  }
  const index = stageIndex(stages, argument);
  return { stages, index, hasLost: false, isMap: false, orientation };
}

/**
 * A stage map: two columns, CRM name and funnel stage, one row per name (SPEC §3). The funnel's
 * stages are the second column's names in order of first appearance; each is also known by its
 * own name. An empty funnel stage marks a name that is known but is no funnel stage (Closed Lost,
 * Disqualified). Rows with both cells empty are skipped.
 */
function fromMap(rows: unknown[][], argument: string): StageNamesArg {
  const stages: string[] = [];
  const stageOf = new Map<string, number>();
  const index = new Map<string, number>();
  /** Where each name was first given, for a message about a conflicting second one. */
  const givenAt = new Map<string, number>();
  let hasLost = false;
  const define = (name: string, stage: number, row: number) => {
    const key = normaliseStageName(name);
    const earlier = index.get(key);
    if (earlier === undefined) {
      index.set(key, stage);
      givenAt.set(key, row);
      return;
    }
    if (earlier === stage) return;
    const shown = (s: number) => (s === NOT_A_STAGE ? "no funnel stage" : `"${stages[s]}"`);
    fail(
      argument,
      `row ${row + 1} maps "${trimStageName(name)}" to ${shown(stage)}, but row ${(givenAt.get(key) ?? 0) + 1} maps it to ${shown(earlier)} — each name stands for one stage (case and spaces don't count)`,
    );
  };
  for (let r = 0; r < rows.length; r++) {
    const [crm, funnel] = rows[r]!; // r < rows.length
    const crmBlank = isBlank(crm);
    const funnelBlank = isBlank(funnel);
    if (crmBlank && funnelBlank) continue;
    let stage = NOT_A_STAGE;
    if (!funnelBlank) {
      const name = trimStageName(nameText(funnel, argument, `row ${r + 1}, column 2`, "name"));
      const key = normaliseStageName(name);
      const known = stageOf.get(key);
      if (known === undefined) {
        stage = stages.length;
        stages.push(name);
        stageOf.set(key, stage);
      } else stage = known;
      define(name, stage, r);
    }
    if (!crmBlank) {
      define(nameText(crm, argument, `row ${r + 1}, column 1`, "name"), stage, r);
      if (stage === NOT_A_STAGE) hasLost = true;
    }
  }
  if (stages.length === 0) {
    fail(
      argument,
      "names no funnel stage — a stage map has the CRM's name in its first column and the funnel stage it counts as in its second, e.g. Funnel_Map",
    );
  }
  return { stages, index, hasLost, isMap: true, orientation: "column" };
}

/**
 * `stage_order`: a list of stage names (a single row or column, top first) or a stage map (a range
 * of two columns and at least two rows: CRM name, funnel stage). The shape decides: one row of two
 * names is a list.
 */
export function stageNames(): Kind<StageNamesArg> {
  return {
    shape: "names",
    coerce(value, argument) {
      const rows = toRows(value, argument);
      if (rows.length >= 2 && rows[0]!.length === 2) return fromMap(rows, argument);
      if (rows.length >= 2 && rows[0]!.length > 2) {
        fail(
          argument,
          `is a block of ${rows.length} rows × ${rows[0]!.length} columns — select a single row or column of stage names, or a stage map of two columns (CRM name, funnel stage)`,
        );
      }
      return fromList(rows, argument);
    },
  };
}
