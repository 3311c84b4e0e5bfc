// One fresh V8 isolate's share of bench/coldLoad.mjs: `warmups` untimed loads, then `loads` timed
// ones, each in a fresh context with a source text V8 has not seen. Posts [compile, run, call] ms.
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { parentPort, workerData } from "node:worker_threads";

/** What bench/coldLoad.ts hands each worker. */
export interface ColdLoadJob {
  code: string;
  call: string;
  expected: unknown;
  warmups: number;
  loads: number;
}

// tsx, which loaded this file, turns on Node's source maps, and then Node scans every compiled
// script for a source-map comment: a cost Apps Script does not pay. Nothing is loaded after this.
process.setSourceMapsEnabled(false);

const { code, call, expected, warmups, loads } = workerData as ColdLoadJob;
const callScript = new vm.Script(call);
const times: [number, number, number][] = [];
for (let i = 0; i < warmups + loads; i++) {
  const context = vm.createContext({});
  const source = `${code}\n// cold load ${i} ${Math.random()}`;
  const t0 = performance.now();
  const script = new vm.Script(source);
  const t1 = performance.now();
  script.runInContext(context);
  const t2 = performance.now();
  const result: unknown = callScript.runInContext(context);
  const t3 = performance.now();
  if (i === 0 && JSON.stringify(result) !== JSON.stringify(expected)) {
    throw new Error(`${call} gave ${JSON.stringify(result)}`);
  }
  if (i >= warmups) times.push([t1 - t0, t2 - t1, t3 - t2]);
}
parentPort?.postMessage(times);
