/** Hand computations of odds for the template tests: brute force, independent of src/. */

/**
 * The smallest whole number of records L with P(Binomial(L, p) ≥ deals) ≥ level: the tail summed
 * term by term in logs, L searched upward from the mean's neighbourhood (brute force, no shortcut).
 */
export function recordsForChance(deals: number, p: number, level: number): number {
  if (p >= 1) return deals;
  const chance = (l: number) => {
    let below = 0;
    let logTerm = l * Math.log1p(-p); // j = 0
    for (let j = 0; j < deals; j++) {
      below += Math.exp(logTerm);
      logTerm += Math.log((l - j) / (j + 1)) + Math.log(p) - Math.log1p(-p);
    }
    return 1 - below;
  };
  let l = Math.max(deals, Math.floor((deals - 3 * Math.sqrt(deals)) / p));
  while (chance(l) < level) l++;
  return l;
}

/**
 * The distribution of total bookings of independent deals, by exhaustive enumeration of every
 * won/lost combination (2^n, for small n): [total, probability] pairs, totals ascending.
 */
export function enumerateBookings(
  deals: readonly { amount: number; p: number }[],
): [number, number][] {
  const totals = new Map<number, number>();
  for (let mask = 0; mask < 1 << deals.length; mask++) {
    let total = 0;
    let chance = 1;
    deals.forEach((d, i) => {
      const won = (mask >> i) & 1;
      total += won ? d.amount : 0;
      chance *= won ? d.p : 1 - d.p;
    });
    totals.set(total, (totals.get(total) ?? 0) + chance);
  }
  return [...totals.entries()].sort((x, y) => x[0] - y[0]);
}
