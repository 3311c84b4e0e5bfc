// The STAGE_DAYS and COHORT_CONVERSION budgets of SPEC §8 (100 000 × 7 stage-date matrix, ≤ 250 ms
// each), against hand-written loops doing the same work. Both sides run in fresh vm contexts whose
// spreadsheet is in New York, so every Date is read on a clock with daylight saving (the data's
// 300 days cross both 2026 changes) — the path Sheets users in such zones take.
import { stageDateMatrix } from "./data";
import type { Workload } from "./workload";

export const ANALYTICS_ZONE = "America/New_York";

/** The one SpreadsheetApp call a custom function makes: the spreadsheet's time zone. */
export function spreadsheetIn(zone: string): Record<string, unknown> {
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => zone }),
    },
  };
}

/**
 * The plain baselines' reader of a date's wall-clock time in the spreadsheet's zone (per-day
 * offsets, cached): the best plain code for what our functions do, shared by the zoned baselines.
 */
export const WALL_READER_SOURCE = String.raw`
function wallReader() {
  var zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  var fmt = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric",
    day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
  var DAY = 86400000, floor = Math.floor, starts = new Map(), days = new Map(), NAN = 0 / 0;
  function offset(t) {
    var p = fmt.formatToParts(t), f = {}, i;
    for (i = 0; i < p.length; i++) f[p[i].type] = +p[i].value;
    return Date.UTC(f.year, f.month - 1, f.day, f.hour % 24, f.minute, f.second) - t;
  }
  function startOffset(d) {
    var o = starts.get(d);
    if (o === undefined) { o = offset(d * DAY); starts.set(d, o); }
    return o;
  }
  return function (t) {
    var d = floor(t / DAY), o = days.get(d);
    if (o === undefined) {
      var a = startOffset(d), b = startOffset(d + 1);
      o = a === b ? a : NAN;
      days.set(d, o);
    }
    return t + (o === o ? o : offset(t - (((t % 1000) + 1000) % 1000)));
  };
}
`;

// Minimal loops, built-ins in locals, inside functions. The same shortcut as ours: a zone offset
// per UTC day (Intl only at day boundaries), exact per instant only on a day the offset changes.
// Wrapped in a function: a top-level var of a vm script is a global, and every global look-up
// (even NaN) is slow there.
export const ANALYTICS_BASELINE_SOURCE = String.raw`
var stageDaysMedian, cohortMonths;
(function () {
var A = Array, M = Math, F64 = Float64Array, I32 = Int32Array, Fmt = Intl.DateTimeFormat, U = Date.UTC;
var D = Date, NAN = 0 / 0, INF = 1 / 0, Sheets = SpreadsheetApp;

${WALL_READER_SOURCE}

function readWall(m) {
  var wall = wallReader(), n = m.length, k = m[0].length, out = new F64(n * k), r, c, at = 0;
  for (r = 0; r < n; r++) {
    var row = m[r];
    for (c = 0; c < k; c++) { var v = row[c]; out[at++] = v === "" ? NAN : wall(v.getTime()); }
  }
  return out;
}

stageDaysMedian = function (m) {
  var n = m.length, k = m[0].length, w = readWall(m), buf = new F64(n), res = new A(k), s, r;
  for (s = 0; s < k; s++) {
    res[s] = "";
    if (s === k - 1) continue;
    var cnt = 0;
    for (r = 0; r < n; r++) { var g = w[r * k + s + 1] - w[r * k + s]; if (g >= 0) buf[cnt++] = g / 86400000; }
    if (cnt === 0) continue;
    var sorted = buf.subarray(0, cnt).sort(), rank = 0.5 * (cnt - 1), lo = M.floor(rank);
    res[s] = lo + 1 < cnt ? sorted[lo] + (rank - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
  }
  return [res];
};

cohortMonths = function (m) {
  var n = m.length, k = m[0].length, w = readWall(m), key = new F64(n), top = new I32(n);
  var min = INF, max = -INF, r, c;
  for (r = 0; r < n; r++) {
    var b = r * k, t = w[b];
    if (t !== t) for (c = 1; c < k; c++) { var v = w[b + c]; if (v < t || t !== t) t = v; }
    if (t !== t) { top[r] = -1; continue; }
    c = k - 1;
    while (w[b + c] !== w[b + c]) c--;
    top[r] = c;
    var d = new D(t), mk = d.getUTCFullYear() * 12 + d.getUTCMonth();
    key[r] = mk;
    if (mk < min) min = mk;
    if (mk > max) max = mk;
  }
  var P = max - min + 1, size = new I32(P), reached = new I32(P * k), out = new A(P), p;
  for (r = 0; r < n; r++) if (top[r] >= 0) { p = key[r] - min; size[p]++; reached[p * k + top[r]]++; }
  for (p = 0; p < P; p++) {
    for (c = k - 2; c >= 0; c--) reached[p * k + c] += reached[p * k + c + 1];
    var y = M.floor((min + p) / 12), mo = min + p - y * 12 + 1, row = new A(k + 1);
    row[0] = y + "-" + (mo < 10 ? "0" : "") + mo;
    row[1] = size[p];
    for (c = 1; c < k; c++) row[c + 1] = size[p] ? reached[p * k + c] / size[p] : "";
    out[p] = row;
  }
  return out;
};
})();
`;

/**
 * The two workloads, in the shape of bench/ratioWorkloads.ts's list. Both sides are loaded in
 * contexts whose spreadsheet is in New York (`zone`), so the time-zone path is what is timed.
 */
export function analyticsWorkloads(): Workload[] {
  const workload = (what: string, fn: string, baseline: string): Workload => ({
    what: `${what}, 100 000 × 7 stage-date matrix (${ANALYTICS_ZONE} time)`,
    fn,
    baseline,
    baselineSource: ANALYTICS_BASELINE_SOURCE,
    zone: ANALYTICS_ZONE,
    budgetMs: 250,
    prepare: () => {
      const { matrix } = stageDateMatrix();
      return { ours: (f) => f(matrix), base: (f) => f(matrix) };
    },
  });
  return [
    workload("STAGE_DAYS", "STAGE_DAYS", "stageDaysMedian"),
    workload("COHORT_CONVERSION", "COHORT_CONVERSION", "cohortMonths"),
  ];
}
