// Every workload timed against the best plain loop (SPEC §8), in the order the table shows them.
// Data is made only when a workload runs (`prepare`), inside the isolate that times it.
import { analyticsWorkloads } from "./analytics";
import { periodPlan, recordLog, scenarioData, stageDateMatrix } from "./data";
import { planningWorkloads } from "./planning";
import { workload, type Workload } from "./workload";

export function ratioWorkloads(): Workload[] {
  return [
    workload({
      what: "REQUIRED_LEADS, 10 000 scenario rows × 6 stages, one call",
      fn: "REQUIRED_LEADS",
      baseline: "requiredLeads",
      budgetMs: 20,
      data: scenarioData,
      ours: (f, d) => f(d.targets, d.dealSize, d.rates),
      base: (f, d) => f(d.targets, d.dealSize, d.rates),
    }),
    workload({
      what: "STAGE_CONVERSION, 100 000-record log",
      fn: "STAGE_CONVERSION",
      baseline: "recordLog",
      budgetMs: 100,
      data: recordLog,
      ours: (f, d) => f(d.log, d.stageOrder),
      base: (f, d) => f(d.log, d.stageOrder),
    }),
    workload({
      what: "STAGE_CONVERSION, 100 000 × 7 stage-date matrix",
      fn: "STAGE_CONVERSION",
      baseline: "stageMatrix",
      budgetMs: 250,
      data: stageDateMatrix,
      ours: (f, d) => f(d.matrix),
      base: (f, d) => f(d.matrix),
    }),
    workload({
      what: "FUNNEL_TARGETS, 8 stages × 36 periods (our own budget; SPEC §8 sets none)",
      fn: "FUNNEL_TARGETS",
      baseline: "funnelTargets",
      budgetMs: 5,
      data: periodPlan,
      ours: (f, d) => f(d.targets, d.dealSize, d.rates, d.days),
      base: (f, d) => f(d.targets, d.dealSize, d.rates, d.days, 30),
    }),
    // STAGE_DAYS and COHORT_CONVERSION (SPEC §8: ≤ 250 ms each), read in a time zone with
    // daylight saving and compared with hand-written loops.
    ...analyticsWorkloads(),
    // The team and odds functions (capacity, coverage, confidence, deal-list odds): no SPEC §8
    // time budget, so ours (generous); the 3× ratio to the best plain loop is SPEC §8's.
    ...planningWorkloads(),
  ];
}
