// The team and odds functions (capacity, coverage, confidence, deal-list odds) against the best
// plain code for the same work, in the same kind of fresh vm context (SPEC §8). Each baseline
// keeps its built-ins in locals of its own closure (every global look-up is slow in a vm
// context), uses the same algorithm and shortcuts as ours (the same grid for the deal list, the
// same doubling-and-bisection search, each distinct stage spelling normalised once) and returns
// the same result; bench.ts checks that on every run.
import { ANALYTICS_ZONE, WALL_READER_SOURCE } from "./analytics";
import { random } from "./data";
import { workload, type Workload } from "./workload";

export const PLANNING_BASELINE_SOURCE = String.raw`
(function (global) {
  var A = Array, M = Math, F64 = Float64Array, MapOf = Map;
  var log = M.log, exp = M.exp, floor = M.floor, ceil = M.ceil, round = M.round, abs = M.abs;
  var LN_SQRT_2PI = 0.9189385332046727, TINY = 1e-24;

  // ln Γ(x): shifted to x ≥ 15, then Stirling's series.
  function lgamma(x) {
    var y = x, prod = 1;
    while (y < 15) { prod *= y; y += 1; }
    var inv = 1 / y, inv2 = inv * inv;
    return (y - 0.5) * log(y) - y + LN_SQRT_2PI + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188)))) - log(prod);
  }
  function term(x, n, p) {
    return exp(lgamma(n + 1) - lgamma(x + 1) - lgamma(n - x + 1) + x * log(p) + (n - x) * M.log1p(-p));
  }
  // P(X ≥ k), X ~ Binomial(n, p): the terms below k summed from k − 1 down, in no array.
  function atLeast(n, p, k) {
    if (k <= 0) return 1;
    if (k > n) return 0;
    if (p >= 1) return 1;
    var q = 1 - p, t = term(k - 1, n, p), s = 0, prev = Infinity, x;
    for (x = k - 1; x >= 0; x--) {
      if (t < TINY && t < prev) break;
      s += t; prev = t;
      t = t * x / (n - x + 1) * (q / p);
    }
    var r = 1 - s;
    return r < 0 ? 0 : r > 1 ? 1 : r;
  }
  // Smallest L with P(at least D deals from L records) ≥ level, as ours searches.
  function volumeFor(D, P, level) {
    var ok = function (L) { return atLeast(L, P, D) >= level - 1e-9; };
    var fails = D - 1, passes = M.max(D, ceil(D / P));
    while (!ok(passes)) { fails = passes; passes *= 2; }
    while (passes - fails > 1) { var mid = floor(fails + (passes - fails) / 2); if (ok(mid)) passes = mid; else fails = mid; }
    return passes;
  }
  function snapCeil(x) {
    var near = round(x), d = x - near, tol = 1e-9 * (x > 1 ? x : 1);
    if (tol > 1e-6) tol = 1e-6;
    var up = (d < 0 ? -d : d) <= tol ? near : ceil(x);
    return up < 1 && x > 0 ? 1 : up;
  }
  function requiredLeadsConfidence(targets, dealSize, rates, level) {
    var k = rates.length, r = new A(k), i, s, out = new A(targets.length);
    for (i = 0; i < k; i++) r[i] = rates[i][0];
    var cum = new A(k), p = 1;
    for (i = k - 1; i >= 0; i--) { p *= r[i]; cum[i] = p; }
    for (s = 0; s < targets.length; s++) {
      var D = snapCeil(targets[s][0] / dealSize), row = new A(k + 1);
      row[k] = D;
      for (i = k - 1; i >= 0; i--) row[i] = volumeFor(D, cum[i], level);
      out[s] = row;
    }
    return out;
  }

  // The binomial as a window around its mode (terms below 1e-24 left out).
  function window(n, p) {
    if (n === 0 || p <= 0) return { first: 0, v: [1] };
    if (p >= 1) return { first: n, v: [1] };
    var q = 1 - p, mode = floor((n + 1) * p), top, down = [], up = [], t, x;
    if (mode > n) mode = n;
    top = term(mode, n, p);
    for (t = top, x = mode; x > 0; x--) { t = t * x / (n - x + 1) * (q / p); if (t < TINY) break; down.push(t); }
    for (t = top, x = mode; x < n; x++) { t = t * (n - x) / (x + 1) * (p / q); if (t < TINY) break; up.push(t); }
    var v = new F64(down.length + 1 + up.length), at = 0;
    for (x = down.length - 1; x >= 0; x--) v[at++] = down[x];
    v[at++] = top;
    for (x = 0; x < up.length; x++) v[at++] = up[x];
    return { first: mode - down.length, v: v };
  }
  // Deals from records now at each stage: independent binomials, convolved.
  function dealsProbability(volumes, rates, need) {
    var k = rates.length, first = volumes[k] ? volumes[k][0] : 0, dist = new F64([1]), i, j, a, b;
    for (i = 0; i < k; i++) {
      var p = 1;
      for (j = i; j < k; j++) p *= rates[j][0];
      var w = window(volumes[i][0], p), wv = w.v, out = new F64(dist.length + wv.length - 1);
      for (a = 0; a < dist.length; a++) { var x = dist[a]; for (b = 0; b < wv.length; b++) out[a + b] += x * wv[b]; }
      var lo = 0, hi = out.length - 1;
      while (lo < hi && out[lo] < TINY) lo++;
      while (hi > lo && out[hi] < TINY) hi--;
      dist = out.subarray(lo, hi + 1);
      first += w.first + lo;
    }
    var below = 0, above = 0;
    for (a = 0; a < dist.length; a++) { if (first + a < need) below += dist[a]; else above += dist[a]; }
    return below < above ? 1 - below : above;
  }

  // Total bookings on the same grid as ours: the amounts' GCD in cents when it fits, else a
  // 1-2-5 resolution.
  function gcd(a, b) { while (b !== 0) { var r = a % b; a = b; b = r; } return a; }
  function bookings(amounts, chances, closed) {
    var n = amounts.length, cents = [], ps = [], base = round(closed * 100), total = 0, g = 0, i, t;
    for (i = 0; i < n; i++) {
      var c = round(amounts[i][0] * 100), p = chances[i][0];
      if (c === 0 || p === 0) continue;
      if (p === 1) { base += c; continue; }
      cents.push(c); ps.push(p); total += c; g = gcd(c, g);
    }
    var step = g === 0 ? 1 : g, w = new A(cents.length), cells = 1;
    if (total / step > 2097152) {
      var min = total / 2097152, dec = 1;
      for (step = 0; !step; dec *= 10) { if (dec >= min) step = dec; else if (2 * dec >= min) step = 2 * dec; else if (5 * dec >= min) step = 5 * dec; }
    }
    var err = 0;
    for (i = 0; i < cents.length; i++) { w[i] = round(cents[i] / step); cells += w[i]; err += abs(cents[i] - w[i] * step); }
    var dist = new F64(cells), top = 0;
    dist[0] = 1;
    for (i = 0; i < w.length; i++) {
      var wi = w[i], p2 = ps[i], q2 = 1 - p2;
      if (wi === 0) continue;
      for (t = top; t >= 0; t--) { var v = dist[t]; dist[t + wi] += v * p2; dist[t] = v * q2; }
      top += wi;
    }
    return { base: base, step: step, dist: dist, errorCents: err, cells: cells };
  }
  function bookingsProbability(amounts, chances, goal) {
    var b = bookings(amounts, chances, 0), need = goal * 100 - b.base;
    if (need <= 0) return 1;
    var from = ceil(need / b.step - 1e-9), below = 0, above = 0, t;
    for (t = 0; t < b.dist.length; t++) { if (t < from) below += b.dist[t]; else above += b.dist[t]; }
    return below < above ? 1 - below : above;
  }
  function bookingsPercentiles(amounts, chances) {
    var b = bookings(amounts, chances, 0), levels = [0.1, 0.5, 0.9], out = [], c = 0, t = 0, i;
    for (i = 0; i < 3; i++) {
      for (; t < b.dist.length; t++) { if (c + b.dist[t] >= levels[i] - 1e-9 && b.dist[t] > 0) break; c += b.dist[t]; }
      out.push((b.base + t * b.step) / 100);
    }
    return [out];
  }

  // Capacity: Σ hires × ramp × survival, period by period.
  function capacityOf(hires, quota, ramp, attainment, attrition, current) {
    var T = hires.length, m = ramp.length, s = new F64(T), heads = new A(T), fte = new A(T), book = new A(T), t, h, x = 1;
    for (t = 0; t < T; t++) { s[t] = x; x *= 1 - attrition; }
    for (t = 0; t < T; t++) {
      var hc = current * s[t], pr = hc;
      for (h = 0; h <= t; h++) { if (hires[h] === 0) continue; var here = hires[h] * s[t - h]; hc += here; pr += here * (t - h < m ? ramp[t - h] : 1); }
      heads[t] = hc; fte[t] = pr; book[t] = pr * quota * attainment;
    }
    return [heads, fte, book];
  }
  // What a careful hand-written custom function checks before it computes (a cell can hold
  // anything a user types): each input a finite number in its range, blank only where a blank
  // means something; message text is built only when a check fails. Ours does this work, so a
  // baseline without it measured less than the same work (it returned NaN for a typo).
  function isNum(v) { return typeof v === "number" && v - v === 0; }
  function bad(argument) { throw new Error(argument + ": not a valid number"); }
  function salesCapacity(hires, quota, ramp, attainment, attrition, current) {
    var h = hires[0], r = ramp[0], i, v;
    // A blank period is no hire; "" * survival is 0 in capacityOf, so the row is read in place.
    for (i = 0; i < h.length; i++) { v = h[i]; if (v !== "" && !(isNum(v) && v >= 0)) bad("hires"); }
    if (!(isNum(quota) && quota > 0)) bad("quota_per_rep");
    for (i = 0; i < r.length; i++) { v = r[i]; if (!(isNum(v) && v >= 0 && v <= 1)) bad("ramp"); }
    if (!(isNum(attainment) && attainment > 0 && attainment <= 2)) bad("attainment");
    if (!(isNum(attrition) && attrition >= 0 && attrition < 1)) bad("attrition");
    if (!(isNum(current) && current >= 0)) bad("current_reps");
    return capacityOf(h, quota, r, attainment, attrition, current);
  }
  function hiringPlan(targets, quota, ramp, attainment, attrition, current) {
    var tg = targets[0], T = tg.length, r = ramp[0], m = r.length, s = new F64(T), hires = new A(T).fill(0), need = new A(T), t, h, x = 1;
    for (t = 0; t < T; t++) { s[t] = x; x *= 1 - attrition; }
    for (t = 0; t < T; t++) {
      var nd = tg[t] / (quota * attainment), on = current * s[t];
      need[t] = nd;
      for (h = 0; h <= t; h++) if (hires[h] !== 0) on += hires[h] * s[t - h];
      var short = nd - on;
      if (short <= 1e-9 * (nd > 1 ? nd : 1)) continue;
      var at = t - m > 0 ? t - m : 0;
      hires[at] += snapCeil(short / s[t - at]);
    }
    var c = capacityOf(hires, quota, r, attainment, attrition, current);
    return [need, hires, c[0], c[1], c[2]];
  }

  // Element-wise: SDRs per period, coverage per rep.
  // Each cell checked as above; a blank cell (an input not there yet) gives a blank result, as a
  // 0 opportunities per SDR does.
  function sdrsNeeded(opps, perSdr) {
    var n = opps.length, out = new A(n), i;
    if (!(isNum(perSdr) && perSdr >= 0)) bad("opportunities_per_sdr");
    for (i = 0; i < n; i++) {
      var o = opps[i][0];
      if (o === "" || perSdr === 0) { out[i] = [""]; continue; }
      if (!(isNum(o) && o >= 0)) bad("opportunities");
      var x = o / perSdr;
      out[i] = [x > 0 ? snapCeil(x) : x];
    }
    return out;
  }
  function pipelineCoverage(pipeline, quota, closed) {
    var n = pipeline.length, out = new A(n), i;
    if (quota.length !== n || closed.length !== n) bad("ranges of different sizes");
    for (i = 0; i < n; i++) {
      var p = pipeline[i][0], q = quota[i][0], c = closed[i][0];
      if (p === "" || q === "" || c === "") { out[i] = [""]; continue; }
      if (!(isNum(p) && p >= 0)) bad("open_pipeline");
      if (!(isNum(q) && q > 0)) bad("quota");
      if (!(isNum(c) && c >= 0)) bad("closed_won");
      var left = q - c;
      out[i] = [left > 0 ? p / left : ""];
    }
    return out;
  }

  // Coverage by stage: each distinct spelling normalised once, then suffix sums.
  function stageCoverage(stages, amounts, order, rates, quota, closed) {
    var k = order.length, index = new MapOf(), seen = new MapOf(), i;
    for (i = 0; i < k; i++) index.set(String(order[i][0]).trim().toLowerCase(), i);
    var pipe = new F64(k), exp2 = new F64(k), r = new A(k);
    for (i = 0; i < k; i++) r[i] = rates[i][0];
    for (i = 0; i < amounts.length; i++) {
      var a = amounts[i][0];
      if (a === "") continue;
      var raw = stages[i][0], s = seen.get(raw);
      if (s === undefined) { s = index.get(raw.trim().toLowerCase()); seen.set(raw, s); }
      pipe[s] += a; exp2[s] += a * r[s];
    }
    var base = quota - closed, out = new A(k), acc = 0, accE = 0;
    for (i = k - 1; i >= 0; i--) { acc += pipe[i]; accE += exp2[i]; out[i] = [acc, acc / base, r[i] > 0 ? 1 / r[i] : "", accE]; }
    return out;
  }

  // The grid the deal list is counted on, for the bench's report.
  function bookingsGrid(amounts, chances) {
    var b = bookings(amounts, chances, 0);
    return { stepCents: b.step, errorBoundCents: b.errorCents, cells: b.cells };
  }

  global.bookingsGrid = bookingsGrid;
  global.requiredLeadsConfidence = requiredLeadsConfidence;
  global.dealsProbability = dealsProbability;
  global.bookingsProbability = bookingsProbability;
  global.bookingsPercentiles = bookingsPercentiles;
  global.salesCapacity = salesCapacity;
  global.hiringPlan = hiringPlan;
  global.sdrsNeeded = sdrsNeeded;
  global.pipelineCoverage = pipelineCoverage;
  global.stageCoverage = stageCoverage;
})(this);
`;

// WEIGHTED_PIPELINE reads Dates on the spreadsheet's clock, so its baseline runs in the same
// New York context as bench/analytics.ts's and reads dates with the same per-day offsets.
const ZONED_BASELINE_SOURCE = String.raw`
var weightedPipeline;
(function () {
var A = Array, M = Math, Fmt = Intl.DateTimeFormat, U = Date.UTC, D = Date, Sheets = SpreadsheetApp, MapOf = Map, NAN = 0 / 0;
${WALL_READER_SOURCE}
function monthKey(wall) { var d = new D(wall); return d.getUTCFullYear() * 12 + d.getUTCMonth(); }
weightedPipeline = function (amounts, probabilities, dates, periods) {
  var wall = wallReader(), n = periods[0].length, index = new MapOf(), i;
  for (i = 0; i < n; i++) index.set(monthKey(wall(periods[0][i].getTime())), i);
  var pipe = new A(n).fill(0), weighted = new A(n).fill(0);
  for (i = 0; i < amounts.length; i++) {
    var a = amounts[i][0];
    if (a === "") continue;
    var at = index.get(monthKey(wall(dates[i][0].getTime())));
    if (at === undefined) continue;
    pipe[at] += a; weighted[at] += a * probabilities[i][0];
  }
  return [pipe, weighted];
};
})();
`;

const STAGES = ["Discovery", "Demo", "Proposal", "Negotiation", "Commit", "Verbal"];
/** Each stage's win probability, in STAGES' order. */
const PROBABILITIES = [0.1, 0.2, 0.4, 0.6, 0.8, 0.9];

/** 200 open deals of 10 000–90 000 (whole currency units), stage probabilities 10–80 %. */
export function dealList(deals = 200, seed = 21): { amounts: number[][]; chances: number[][] } {
  const next = random(seed);
  const amounts = Array.from({ length: deals }, () => [Math.round(10_000 + next() * 80_000)]);
  const chances = amounts.map(() => [PROBABILITIES[Math.floor(next() * 5)] ?? 0.1]);
  return { amounts, chances };
}

/** A CRM export of 100 000 open deals: stage (mixed spelling), amount, probability, close date. */
interface OpenDeals {
  stages: string[][];
  amounts: (number | "")[][];
  chances: number[][];
  dates: Date[][];
  periods: Date[][];
}
function openDeals(rows = 100_000): OpenDeals {
  const next = random(22);
  const stages: string[][] = [];
  const amounts: (number | "")[][] = [];
  const chances: number[][] = [];
  const dates: Date[][] = [];
  const start = Date.UTC(2026, 0, 1, 12);
  for (let i = 0; i < rows; i++) {
    const s = Math.floor(next() * STAGES.length);
    // s < STAGES.length = PROBABILITIES.length.
    const stage = STAGES[s]!;
    const spellings = [stage, stage.toUpperCase(), ` ${stage.toLowerCase()} `];
    stages.push([spellings[Math.floor(next() * 3)] ?? stage]);
    amounts.push([next() < 0.02 ? "" : Math.round(5_000 + next() * 95_000)]);
    chances.push([PROBABILITIES[s]!]);
    dates.push([new Date(start + Math.floor(next() * 730) * 86_400_000)]);
  }
  const periods = [Array.from({ length: 24 }, (_, m) => new Date(Date.UTC(2026, m, 1, 12)))];
  return { stages, amounts, chances, dates, periods };
}

export function planningWorkloads(): Workload[] {
  return planning().map((w) => ({ baselineSource: PLANNING_BASELINE_SOURCE, ...w }));
}

function planning(): Workload[] {
  const rates = [[0.12], [0.35], [0.4], [0.55], [0.3]];
  const ramp = [[0, 0.1, 0.25, 0.5, 0.75, 0.9]];
  return [
    workload({
      what: "REQUIRED_LEADS at 90% confidence, 200 scenario rows × 6 stages, one call",
      fn: "REQUIRED_LEADS",
      baseline: "requiredLeadsConfidence",
      budgetMs: 50,
      data: () => {
        const next = random(31);
        return {
          targets: Array.from({ length: 200 }, () => [Math.round(50_000 + next() * 950_000)]),
        };
      },
      ours: (f, d) => f(d.targets, 12_000, rates, "", 0.9),
      base: (f, d) => f(d.targets, 12_000, rates, 0.9),
    }),
    workload({
      what: "DEALS_PROBABILITY, 20 000 / 5 000 / 1 200 / 300 / 80 records at 5 stages",
      fn: "DEALS_PROBABILITY",
      baseline: "dealsProbability",
      budgetMs: 50,
      data: () => ({ volumes: [[20000], [5000], [1200], [300], [80], [12]] }),
      ours: (f, d) => f(d.volumes, rates, 150),
      base: (f, d) => f(d.volumes, rates, 150),
    }),
    workload({
      what: "BOOKINGS_PROBABILITY, 200 deals of 10 000–90 000",
      fn: "BOOKINGS_PROBABILITY",
      baseline: "bookingsProbability",
      budgetMs: 3000,
      data: () => dealList(),
      ours: (f, d) => f(d.amounts, d.chances, 4_500_000),
      base: (f, d) => f(d.amounts, d.chances, 4_500_000),
    }),
    workload({
      what: "BOOKINGS_PERCENTILES (P10, P50, P90), 200 deals of 10 000–90 000",
      fn: "BOOKINGS_PERCENTILES",
      baseline: "bookingsPercentiles",
      budgetMs: 3000,
      data: () => dealList(),
      ours: (f, d) => f(d.amounts, d.chances),
      base: (f, d) => f(d.amounts, d.chances),
    }),
    workload({
      what: "HIRING_PLAN, 60 months, 6-month ramp",
      fn: "HIRING_PLAN",
      baseline: "hiringPlan",
      budgetMs: 5,
      data: () => ({
        targets: [Array.from({ length: 60 }, (_, m) => Math.round(300_000 * 1.02 ** m))],
      }),
      ours: (f, d) => f(d.targets, 50_000, ramp, 0.8, 0.02, 8),
      base: (f, d) => f(d.targets, 50_000, ramp, 0.8, 0.02, 8),
    }),
    workload({
      what: "SALES_CAPACITY, 60 months, 6-month ramp",
      fn: "SALES_CAPACITY",
      baseline: "salesCapacity",
      budgetMs: 5,
      data: () => ({ hires: [Array.from({ length: 60 }, (_, m) => (m % 3 === 0 ? 2 : 0))] }),
      ours: (f, d) => f(d.hires, 50_000, ramp, 0.8, 0.02, 8),
      base: (f, d) => f(d.hires, 50_000, ramp, 0.8, 0.02, 8),
    }),
    workload({
      what: "SDRS_NEEDED, 10 000 periods",
      fn: "SDRS_NEEDED",
      baseline: "sdrsNeeded",
      budgetMs: 20,
      data: () => {
        const next = random(32);
        return { opps: Array.from({ length: 10_000 }, () => [Math.floor(next() * 400)]) };
      },
      ours: (f, d) => f(d.opps, 15),
      base: (f, d) => f(d.opps, 15),
    }),
    workload({
      what: "PIPELINE_COVERAGE, 10 000 reps",
      fn: "PIPELINE_COVERAGE",
      baseline: "pipelineCoverage",
      budgetMs: 20,
      data: () => {
        const next = random(33);
        const col = (scale: number): number[][] =>
          Array.from({ length: 10_000 }, () => [Math.round(next() * scale)]);
        return {
          pipeline: col(3_000_000),
          quota: col(1_000_000).map(([q]) => [(q ?? 0) + 500_000]),
          closed: col(900_000),
        };
      },
      ours: (f, d) => f(d.pipeline, d.quota, d.closed),
      base: (f, d) => f(d.pipeline, d.quota, d.closed),
    }),
    workload({
      what: "STAGE_COVERAGE, 100 000 open deals × 6 stages",
      fn: "STAGE_COVERAGE",
      baseline: "stageCoverage",
      budgetMs: 250,
      data: openDeals,
      ours: (f, d) =>
        f(
          d.stages,
          d.amounts,
          STAGES.map((s) => [s]),
          PROBABILITIES.map((p) => [p]),
          900_000_000,
          100_000_000,
        ),
      base: (f, d) =>
        f(
          d.stages,
          d.amounts,
          STAGES.map((s) => [s]),
          PROBABILITIES.map((p) => [p]),
          900_000_000,
          100_000_000,
        ),
    }),
    workload({
      what: `WEIGHTED_PIPELINE, 100 000 open deals × 24 months (${ANALYTICS_ZONE} time)`,
      fn: "WEIGHTED_PIPELINE",
      baseline: "weightedPipeline",
      budgetMs: 250,
      baselineSource: ZONED_BASELINE_SOURCE,
      zone: ANALYTICS_ZONE,
      data: openDeals,
      ours: (f, d) => f(d.amounts, d.chances, d.dates, d.periods),
      base: (f, d) => f(d.amounts, d.chances, d.dates, d.periods),
    }),
  ];
}
