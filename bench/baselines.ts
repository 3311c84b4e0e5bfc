// The best plain code for the same work as our functions, on the same data (SPEC §8): what a
// careful engineer would write for speed, without our argument checks and error messages.
// - It runs in the same kind of fresh vm context as the bundle, and like the bundle (an esbuild
//   IIFE) it keeps built-ins in locals of its own closure: no global look-up in a hot loop.
// - It uses the same algorithmic shortcuts as ours (the record log resolves each distinct raw
//   spelling once).
// - It returns the same result as ours; bench.ts checks that on every run and reports a miss when
//   they differ.
// The bench fetches each baseline by name from the context's global object.
export const BASELINE_SOURCE = String.raw`
(function (global) {
  var A = Array, M = Math, MapOf = Map;

  // Rounding up must ignore float noise like ours does (SPEC §2.7: within 1e-9 relative, at most
  // 1e-6 absolute; a positive need is at least 1).
  function requiredLeads(targets, dealSize, rates) {
    var ceil = M.ceil, round = M.round, k = rates.length, r = new A(k), i, j, s;
    for (i = 0; i < k; i++) r[i] = rates[i][0];
    var n = targets.length, out = new A(n);
    for (s = 0; s < n; s++) {
      var row = new A(k + 1), x = targets[s][0] / dealSize, below;
      for (j = k; j >= 0; j--) {
        if (j < k) x = below / r[j];
        var near = round(x), d = x - near, scale = x < 0 ? -x : x, tol = 1e-9 * (scale > 1 ? scale : 1);
        if (tol > 1e-6) tol = 1e-6;
        below = (d < 0 ? -d : d) <= tol ? near : ceil(x);
        if (below < 1 && x > 0) below = 1;
        row[j] = below;
      }
      out[s] = row;
    }
    return out;
  }

  function conversionFromHighWater(highWater) {
    var k = highWater.length, reached = new A(k), acc = 0, j, out = new A(k);
    for (j = k - 1; j >= 0; j--) { acc += highWater[j]; reached[j] = acc; }
    for (j = 0; j < k - 1; j++) out[j] = reached[j] ? reached[j + 1] / reached[j] : "";
    if (k > 0) out[k - 1] = "";
    return out;
  }

  // Each distinct raw value is trimmed, lower-cased and looked up once, as ours does.
  function recordLog(log, order) {
    var index = new MapOf(), k = order.length, i, r;
    for (i = 0; i < k; i++) index.set(String(order[i][0]).trim().toLowerCase(), i);
    var highWater = new A(k).fill(0), seen = new MapOf();
    for (r = 0; r < log.length; r++) {
      var v = log[r][0], stage = seen.get(v);
      if (stage === undefined) {
        stage = v === "" ? -1 : index.get(v.trim().toLowerCase());
        seen.set(v, stage);
      }
      if (stage >= 0) highWater[stage]++;
    }
    var rates = conversionFromHighWater(highWater), out = new A(k);
    for (i = 0; i < k; i++) out[i] = [rates[i]];
    return out;
  }

  // "reached": each row's furthest reached stage, scanning from the right.
  function stageMatrix(m) {
    var k = m[0].length, top = new A(k).fill(0), r, c;
    for (r = 0; r < m.length; r++) {
      var row = m[r];
      for (c = k - 1; c >= 0; c--) {
        var v = row[c];
        if (v === "" || v === false || v === 0 || v === null || v === undefined) continue;
        if (typeof v === "string" && v.trim() === "") continue;
        top[c]++;
        break;
      }
    }
    return [conversionFromHighWater(top)];
  }

  // Checks what a careful hand-written custom function must (a cell can hold anything a user
  // types; ours does this work, so a baseline without it measured less than the same work):
  // targets ≥ 0, deal size > 0, rates in (0, 1], days ≥ 0, a day count for every rate.
  function isNum(v) { return typeof v === "number" && v - v === 0; }
  function bad(argument) { throw new Error(argument + ": not a valid number"); }
  function funnelTargets(targets, dealSize, rates, days, daysPerPeriod) {
    var T = targets[0].length, k = rates.length, out = new A(k + 1), deals = new A(T), t, i, v;
    var floor = M.floor, round = M.round;
    if (!(isNum(dealSize) && dealSize > 0)) bad("avg_deal_size");
    if (days.length !== k) bad("days_in_stage");
    for (i = 0; i < k; i++) {
      v = rates[i][0];
      if (!(isNum(v) && v > 0 && v <= 1)) bad("conversion_rates");
      v = days[i][0];
      if (!(isNum(v) && v >= 0)) bad("days_in_stage");
    }
    for (t = 0; t < T; t++) {
      v = targets[0][t];
      if (!(isNum(v) && v >= 0)) bad("period_targets");
      deals[t] = v / dealSize;
    }
    out[k] = deals.slice();
    var factor = 1, lagDays = 0;
    for (i = k - 1; i >= 0; i--) {
      factor /= rates[i][0];
      lagDays += days[i][0];
      var shift = lagDays / daysPerPeriod, near = round(shift), d = shift - near;
      if ((d < 0 ? -d : d) <= 1e-9 * (shift > 1 ? shift : 1)) shift = near;
      var lo = floor(shift), w = shift - lo, row = new A(T).fill(0);
      // The default "steady" pipeline: a period before the first wraps round to the end.
      for (t = 0; t < T; t++) {
        var v = deals[t] * factor, a = t - lo, b = a - 1;
        row[a >= 0 ? a : ((a % T) + T) % T] += v * (1 - w);
        if (w > 0) row[b >= 0 ? b : ((b % T) + T) % T] += v * w;
      }
      out[i] = row;
    }
    return out;
  }

  global.requiredLeads = requiredLeads;
  global.recordLog = recordLog;
  global.stageMatrix = stageMatrix;
  global.funnelTargets = funnelTargets;
})(this);
`;
