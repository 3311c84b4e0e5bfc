// Minimal hand-written loops doing the same work as our functions on the same data, written the
// way a careful engineer would for speed (locals, no validation beyond what correctness needs).
// They run in a fresh vm context like the bundle, so the ratio isolates our overhead.
export const BASELINE_SOURCE = String.raw`
// Built-ins as locals of this script's scope: global look-ups are slow in a vm context, and our
// bundle avoids them the same way (src/core/intrinsics.ts).
var A = Array, M = Math;

// Rounding up must ignore float noise (SPEC §2.7: 700 / 0.35 is 2000.0000000000002, not 2001).
function requiredLeads(targets, dealSize, rates) {
  var ceil = M.ceil, round = M.round, k = rates.length, r = new A(k), i, j, s;
  function up(x) { var n = round(x), d = x - n; if (d < 0) d = -d; return d <= 1e-9 * (x > 1 ? x : 1) ? n : ceil(x); }
  for (i = 0; i < k; i++) r[i] = rates[i][0];
  var n = targets.length, out = new A(n);
  for (s = 0; s < n; s++) {
    var row = new A(k + 1), below = up(targets[s][0] / dealSize);
    row[k] = below;
    for (j = k - 1; j >= 0; j--) { below = up(below / r[j]); row[j] = below; }
    out[s] = row;
  }
  return out;
}

function conversionFromReached(reachedAt) {
  var k = reachedAt.length, reached = new A(k), acc = 0, j, out = new A(k);
  for (j = k - 1; j >= 0; j--) { acc += reachedAt[j]; reached[j] = acc; }
  for (j = 0; j < k - 1; j++) out[j] = reached[j] ? reached[j + 1] / reached[j] : "";
  out[k - 1] = "";
  return out;
}

function recordLog(log, order) {
  var index = new Map(), k = order.length, i, r;
  for (i = 0; i < k; i++) index.set(String(order[i][0]).trim().toLowerCase(), i);
  var reachedAt = new A(k).fill(0);
  for (r = 0; r < log.length; r++) {
    var v = log[r][0];
    if (v === "") continue;
    reachedAt[index.get(v.trim().toLowerCase())]++;
  }
  return conversionFromReached(reachedAt).map(function (x) { return [x]; });
}

function stageMatrix(m) {
  var k = m[0].length, top = new A(k).fill(0), r, c;
  for (r = 0; r < m.length; r++) {
    var row = m[r];
    for (c = k - 1; c >= 0; c--) {
      var v = row[c];
      if (v === "" || v === false || v === 0) continue;
      if (typeof v === "string" && v.trim() === "") continue;
      top[c]++;
      break;
    }
  }
  return [conversionFromReached(top)];
}

function funnelTargets(targets, dealSize, rates, days, daysPerPeriod) {
  var T = targets[0].length, k = rates.length, out = new A(k + 1), deals = new A(T), t, i;
  for (t = 0; t < T; t++) deals[t] = targets[0][t] / dealSize;
  out[k] = deals.slice();
  var factor = 1, lagDays = 0, floor = M.floor;
  for (i = k - 1; i >= 0; i--) {
    factor /= rates[i][0];
    lagDays += days[i][0];
    var shift = lagDays / daysPerPeriod, lo = floor(shift), w = shift - lo, row = new A(T).fill(0);
    for (t = 0; t < T; t++) {
      var v = deals[t] * factor, a = t - lo, b = a - 1;
      row[a > 0 ? a : 0] += v * (1 - w);
      if (w > 0) row[b > 0 ? b : 0] += v * w;
    }
    out[i] = row;
  }
  return out;
}
`;
