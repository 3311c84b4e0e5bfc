/**
 * The example plan every template starts from (SPEC §6: defaults agree): 100 000 a year, 10 000
 * deals (or the team's figures from New plan), the annual target ÷ 12 a month, this funnel's rates
 * and days, "cumulative" rounding, a steady pipeline (FUNNEL_TARGETS' default).
 */
import { funnelTargets } from "../../core/funnelTargets";
import type { FunnelRef } from "./sheetPlan";

export const MONTHS = 12;
export const YEAR_TARGET = 100000;
export const DEAL_SIZE = 10000;
export const DAYS_PER_MONTH = 30;

/** Volume entering each stage each month (stages top first, won deals last), as FUNNEL_TARGETS gives it. */
export function exampleMonthlyPlan(
  funnel: FunnelRef,
  target = YEAR_TARGET,
  dealSize = DEAL_SIZE,
): number[][] {
  const k = funnel.stageCount - 1;
  const num = (v: number | string | undefined) => (typeof v === "number" ? v : 0);
  const rates = funnel.rates.slice(0, k).map((r) => (typeof r === "number" && r > 0 ? r : 1));
  const days = Array.from({ length: k }, (_, i) => num(funnel.days[i]));
  const deals = Array.from({ length: MONTHS }, () => target / MONTHS / dealSize);
  return funnelTargets(deals, rates, days, DAYS_PER_MONTH, "cumulative");
}
