/**
 * Unit economics of acquisition, one cell at a time. Each returns undefined when its own
 * denominator is zero, so callers decide between an error (single values) and an empty cell.
 * Inputs are validated by the callers (money and counts ≥ 0, margins and churn in (0, 1]).
 */

/** Customer acquisition cost: spend ÷ new customers. */
export function customerAcquisitionCost(spend: number, newCustomers: number): number | undefined {
  return newCustomers === 0 ? undefined : spend / newCustomers;
}

/** Lifetime value: ARPA × gross margin ÷ churn rate (per-period ARPA and churn). */
export function lifetimeValue(arpa: number, grossMargin: number, churnRate: number): number {
  return (arpa * grossMargin) / churnRate;
}

/** Periods to earn back CAC from the gross profit of one customer. */
export function cacPaybackPeriods(
  cac: number,
  arpa: number,
  grossMargin: number,
): number | undefined {
  const grossProfitPerPeriod = arpa * grossMargin;
  return grossProfitPerPeriod === 0 ? undefined : cac / grossProfitPerPeriod;
}

/** Revenue per day the pipeline produces. */
export function pipelineVelocity(
  opportunities: number,
  winRate: number,
  avgDealSize: number,
  salesCycleDays: number,
): number | undefined {
  return salesCycleDays === 0
    ? undefined
    : (opportunities * winRate * avgDealSize) / salesCycleDays;
}
