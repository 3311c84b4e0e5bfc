// Timing one workload: ours against the baseline, the way SPEC §8 asks (alternating, the heap
// collected before each timed sample, the same warm-up for both sides).
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";
import { median } from "./stats";

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// Garbage is collected before each timed call (SPEC §8), so neither side pays for the other's
// allocations: the flag exposes V8's collector to a fresh context, from which we take it.
setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

/**
 * Ours vs the baseline, interleaved so machine noise hits both alike, each run alternating which
 * side goes first, the heap collected before every timed sample; medians in ms per call. Both
 * sides get the same warm-up calls. A sample is a batch of calls when one call takes under
 * 20 ms (the same batch for both sides): collecting the heap before every sub-millisecond call
 * made V8 throw away and recompile optimised code each time ("weak objects" deoptimisations), so
 * the figure measured the recompilation, not the work.
 */
const WARM_UP_MS = 100;

export function compare(
  ours: () => unknown,
  baseline: () => unknown,
  runs: number,
  warmups = 3,
): { ours: number; baseline: number; batch: number } {
  const a: number[] = [];
  const b: number[] = [];
  // Each side warms up for at least WARM_UP_MS as well as `warmups` calls: a microsecond call
  // needs thousands of calls before V8's optimising compiler takes it, and a side still tiering
  // up while it is timed measures the compiler, not the work (three warm-up calls let the same
  // build read FUNNEL_TARGETS 0.98× in one run and 4.08× in the next: the loop at 8.3 µs, then 2.0).
  const warmUp = (fn: () => unknown): void => {
    let spent = 0;
    for (let calls = 0; calls < warmups || spent < WARM_UP_MS; calls++) spent += timeOnce(fn);
  };
  warmUp(ours);
  warmUp(baseline);
  // A call's time, the fastest of three (one call can catch a collection or a busy moment).
  const fastest = (fn: () => unknown): number => Math.min(timeOnce(fn), timeOnce(fn), timeOnce(fn));
  const single = Math.max(fastest(ours), fastest(baseline));
  const batch = single >= 20 ? 1 : Math.min(500, Math.ceil(20 / Math.max(single, 0.01)));
  const timed = (fn: () => unknown, into: number[]): void => {
    collectGarbage();
    const start = performance.now();
    for (let k = 0; k < batch; k++) fn();
    into.push((performance.now() - start) / batch);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      timed(ours, a);
      timed(baseline, b);
    } else {
      timed(baseline, b);
      timed(ours, a);
    }
  }
  return { ours: median(a), baseline: median(b), batch };
}
