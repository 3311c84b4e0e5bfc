// Cold evaluation of Code.js, as Apps Script does it on every custom-function call: a fresh V8
// context and a source text V8 has not seen (so no compile cache helps), compiled, then run. Each
// load is then followed by one realistic custom-function call, so a gain at load that only moves
// work into the first call shows up.
//
// The loads run in fresh isolates (worker threads), a few each: in one long-lived isolate,
// compiling the same 120 KB slows down as contexts accumulate (measured: median 4.7 ms over the
// first 30 loads, 9 ms after 120, whatever the collector does), so a figure taken late in the
// bench, after its other contexts, would measure the bench's own history.
import { URL } from "node:url";
import { Worker } from "node:worker_threads";
import { median } from "./stats.mjs";

/** The README's example: a three-stage reverse funnel. */
export const COLD_CALL = {
  source: "REQUIRED_LEADS(100000, 10000, [[0.1], [0.3], [0.5]])",
  expected: [[667], [67], [20], [10]],
};

const WORKER = new URL("./coldLoadWorker.mjs", import.meta.url);

function inFreshIsolate(code, warmups, loads) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { code, call: COLD_CALL.source, expected: COLD_CALL.expected, warmups, loads },
    });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

function summary(values) {
  return { median: median(values), min: Math.min(...values) };
}

/**
 * `isolates` × `loadsEach` timed cold loads, each isolate after one untimed load (Node's own vm
 * code warms up on it). Milliseconds as { median, min } for compiling Code.js, running it, both
 * (`load`), and load plus COLD_CALL (`call`). On the shared machine the median is the figure a
 * budget is judged on; the minimum shows the floor without other work.
 */
export async function coldLoads(code, isolates = 20, loadsEach = 5) {
  const times = { compile: [], run: [], load: [], call: [] };
  for (let i = 0; i < isolates; i++) {
    for (const [compile, run, call] of await inFreshIsolate(code, 1, loadsEach)) {
      times.compile.push(compile);
      times.run.push(run);
      times.load.push(compile + run);
      times.call.push(compile + run + call);
    }
  }
  return {
    runs: times.load.length,
    compile: summary(times.compile),
    run: summary(times.run),
    load: summary(times.load),
    call: summary(times.call),
  };
}
