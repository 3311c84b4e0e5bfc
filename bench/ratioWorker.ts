// One ratio workload in a fresh V8 isolate (a worker thread), as Apps Script runs each
// custom-function call: Code.js evaluated in a fresh context, in a heap that no other function's
// calls or data have shaped, and the baseline in a fresh context beside it. Posts a RatioResult.
//
// Why an isolate and not only a context: contexts of one isolate share its heap. Timed after the
// 100 000 × 7 stage-date matrix workloads (whose data and garbage grow the old generation and
// shrink the young one), FUNNEL_TARGETS read 3.8–6.9× in the same process where it reads 2.6×
// alone — its own fresh context did not help, since what they shared was the heap.
import { parentPort, workerData } from "node:worker_threads";
import { freshFunction } from "./freshFunction";
import { BASELINE_SOURCE } from "./baselines";
import { compare } from "./compare";
import { ratioWorkloads } from "./ratioWorkloads";

/** What bench.ts hands each worker: Code.js's text and which of ratioWorkloads() to time. */
export interface RatioJob {
  code: string;
  index: number;
}

/** What the worker posts back; `missing`: Code.js defines no such function. */
export type RatioResult =
  | { missing: true }
  | { missing: false; ours: number; baseline: number; batch: number; agree: boolean };

function sameResult(ours: unknown, baseline: unknown): boolean {
  const flat = (x: unknown) =>
    JSON.stringify(x, (_k, v: unknown) => (typeof v === "number" ? Number(v.toPrecision(9)) : v));
  return flat(ours) === flat(baseline);
}

function run({ code, index }: RatioJob): RatioResult {
  const w = ratioWorkloads()[index];
  if (!w) throw new Error(`no ratio workload ${index}`);
  const ours = freshFunction(code, w.fn, w.zone);
  if (!ours) return { missing: true };
  const baseline = freshFunction(w.baselineSource ?? BASELINE_SOURCE, w.baseline, w.zone);
  if (!baseline) throw new Error(`the baseline source defines no ${w.baseline}`);
  const calls = w.prepare();
  const agree = sameResult(calls.ours(ours), calls.base(baseline));
  const t = compare(
    () => calls.ours(ours),
    () => calls.base(baseline),
    w.budgetMs >= 100 ? 15 : 31,
    w.budgetMs >= 100 ? 3 : 30,
  );
  return { missing: false, ...t, agree };
}

parentPort?.postMessage(run(workerData as RatioJob));
