// Deterministic workloads for the benchmark: the same seed gives the same data on every machine.

/** mulberry32: a tiny seeded PRNG, good enough to spread test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const STAGES = ["Prospect", "Subscriber", "Lead", "MQL", "SQL", "Opportunity", "Customer"];

/** 10 000 revenue-target scenarios (a column) and the rates of a six-stage funnel (five rates). */
export function scenarioData(rows = 10_000): {
  targets: number[][];
  dealSize: number;
  rates: number[][];
} {
  const next = random(1);
  const targets = Array.from({ length: rows }, () => [Math.round(50_000 + next() * 950_000)]);
  const rates = [[0.12], [0.35], [0.4], [0.55], [0.3]];
  return { targets, dealSize: 12_000, rates };
}

/** A CRM export: one column with each record's furthest stage, in mixed case and spacing. */
export function recordLog(records = 100_000): { log: string[][]; stageOrder: string[][] } {
  const next = random(2);
  const spellings = STAGES.map((s) => [s, s.toUpperCase(), ` ${s.toLowerCase()} `]);
  const log = new Array<string[]>(records);
  for (let i = 0; i < records; i++) {
    // Skewed to the top of the funnel, as real logs are.
    const stage = Math.min(STAGES.length - 1, Math.floor(-Math.log(1 - next()) * 1.6));
    // stage < STAGES.length (the min above) and each stage has three spellings.
    log[i] = [spellings[stage]?.[Math.floor(next() * 3)] ?? ""];
  }
  return { log, stageOrder: STAGES.map((s) => [s]) };
}

/** A stage-date matrix: one row per record, one column per stage; "" where not reached. */
export function stageDateMatrix(
  records = 100_000,
  stages = STAGES.length,
): { matrix: (Date | "")[][] } {
  const next = random(3);
  const start = Date.UTC(2026, 0, 1);
  const rows = new Array<(Date | "")[]>(records);
  for (let r = 0; r < records; r++) {
    const reached = Math.min(stages, 1 + Math.floor(-Math.log(1 - next()) * 1.6));
    const row = new Array<Date | "">(stages);
    let day = start + Math.floor(next() * 300) * 86_400_000;
    for (let c = 0; c < stages; c++) {
      // A few records skip a stage, which "reached" counts and "strict" does not.
      if (c < reached && !(c > 0 && next() < 0.03)) {
        row[c] = new Date(day);
        day += Math.floor(next() * 20) * 86_400_000;
      } else row[c] = "";
    }
    rows[r] = row;
  }
  return { matrix: rows };
}

/** FUNNEL_TARGETS inputs: 36 monthly targets, an eight-stage funnel (seven rates and days). */
export function periodPlan(periods = 36): {
  targets: number[][];
  dealSize: number;
  rates: number[][];
  days: number[][];
} {
  const next = random(4);
  const targets = [Array.from({ length: periods }, () => Math.round(80_000 + next() * 40_000))];
  const rates = [[0.5], [0.3], [0.4], [0.45], [0.6], [0.35], [0.25]];
  const days = [[3], [7], [10], [14], [12], [21], [30]];
  return { targets, dealSize: 15_000, rates, days };
}
