/**
 * Pacing against a plan's own curve (SPEC §3 PLAN_FORECAST): the periods reported so far say how
 * far ahead of or behind its plan a series (a stage's volume, revenue) runs, and the rest of the
 * plan is expected at that same pace.
 */
export interface PlanPace {
  /** The plan of the periods that have an actual figure. */
  planToDate: number;
  actualToDate: number;
  /** actualToDate ÷ planToDate; undefined while the plan to date is 0 (no pace measured yet). */
  attainment: number | undefined;
  /** actualToDate + the rest of the plan × attainment (= attainment × planTotal). */
  forecast: number;
  planTotal: number;
  /** forecast − planTotal: below 0 exactly when attainment is below 100 %. */
  gap: number;
}

/**
 * One series' pace. `plan[t]` is the plan of period t (0 when it has none); `actual[t]` is NaN
 * where period t has no actual figure yet. Only the first `periodsToDate` periods count as
 * reported (a month still running can be left out).
 */
export function planPace(
  plan: readonly number[],
  actual: readonly number[],
  periodsToDate: number,
): PlanPace {
  let planTotal = 0;
  // Reads below are in bounds by construction (`as number`: no runtime test in the loop).
  for (let t = 0; t < plan.length; t++) planTotal += plan[t] as number;
  let planToDate = 0;
  let actualToDate = 0;
  const reported = periodsToDate < actual.length ? periodsToDate : actual.length;
  for (let t = 0; t < reported; t++) {
    const a = actual[t] as number;
    if (a !== a) continue; // not reported
    actualToDate += a;
    planToDate += plan[t] ?? 0;
  }
  if (planToDate > 0) {
    const attainment = actualToDate / planToDate;
    // attainment × total − total, as (attainment − 1) × total: the gap then has the sign of
    // attainment − 1 exactly, where actual + rest × attainment could round to a hair off.
    const gap = (attainment - 1) * planTotal;
    return {
      planToDate,
      actualToDate,
      attainment,
      forecast: planTotal + gap,
      planTotal,
      gap,
    };
  }
  // No plan yet in the reported periods: no pace to scale by, so the rest of the plan is kept.
  return {
    planToDate,
    actualToDate,
    attainment: undefined,
    forecast: actualToDate + planTotal,
    planTotal,
    gap: actualToDate,
  };
}
