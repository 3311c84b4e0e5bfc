/**
 * New plan as a user runs it: the menu command, then — for a plan of a revenue target — its
 * dialog's Build with the figures it offers (or `figures` typed over them), through the same
 * server function the page calls (src/newPlan/main.ts → buildPlan).
 */
import type { Addon } from "./addon";
import type { NewPlanData, PlanInputs } from "../src/wire/pages";
import { servedPageData } from "./pageData";

/** The New plan dialog the last command showed, if it was one. */
export function newPlanDialog(addon: Addon, from: number): NewPlanData | undefined {
  const dialog = addon.book.ui.dialogs[from];
  if (!dialog) return undefined;
  const data = servedPageData<Partial<NewPlanData>>(dialog.content);
  return "hasMonths" in data && "currencies" in data ? (data as NewPlanData) : undefined;
}

/**
 * Confirms the New plan dialog shown since dialog `from`, if one was: Build with the figures it
 * offers (or `figures` typed over them), on `funnelKey` or the funnel it offers first.
 */
export function confirmNewPlan(
  addon: Addon,
  from: number,
  command: string,
  figures: Partial<PlanInputs> = {},
  funnelKey?: string,
): NewPlanData | undefined {
  const data = newPlanDialog(addon, from);
  if (!data) return undefined;
  const funnel = data.funnels.find((f) => f.key === funnelKey) ?? data.funnels[0];
  addon.run("buildPlan", command, funnel?.key ?? "", {
    ...(funnel?.inputs ?? data.inputs),
    ...figures,
  });
  return data;
}

/** Runs a New plan command and confirms its dialog, if it shows one; returns that dialog's data. */
export function runNewPlan(
  addon: Addon,
  command: string,
  figures: Partial<PlanInputs> = {},
  funnelKey?: string,
): NewPlanData | undefined {
  const from = addon.book.ui.dialogs.length;
  addon.run(command);
  return confirmNewPlan(addon, from, command, figures, funnelKey);
}
