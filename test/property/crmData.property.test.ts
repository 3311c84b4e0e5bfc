/**
 * Invariants of CRM data through dist/Code.js, on random records (each property counts the cases
 * it really compared, so a vacuous pass fails):
 * - a record log in CRM names read through a stage map equals the log in funnel names;
 * - a stage history (rows shuffled) and the same records as a stage-date matrix with a header give
 *   the same conversion, days in stage and cohorts;
 * - leaving open records out never lowers a rate;
 * - date-times written as CRMs write them read as the same instants as date cells.
 */
import { at } from "../harness/at";
import fc from "fast-check";
import { loadZonedBundle } from "../harness/zonedBundle";

const ZONE = "America/New_York";
const bundle = loadZonedBundle(ZONE, "en_US");
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args) as unknown[][];
const FUNNEL = ["Lead", "MQL", "SQL", "Opportunity", "Customer"];
/** Two CRM names per stage, and two that end a record. */
const CRM: [string, number][] = [
  ["New", 0],
  ["Subscriber", 0],
  ["Marketing qualified", 1],
  ["Nurture — engaged", 1],
  ["Appointment Scheduled", 2],
  ["Qualified To Buy", 2],
  ["Proposal/Price Quote", 3],
  ["Negotiation/Review", 3],
  ["Closed Won", 4],
  ["Won — renewal", 4],
  ["Closed Lost", -1],
  ["Disqualified", -1],
];
const MAP = [
  ...FUNNEL.flatMap((stage, s) => [
    [stage, stage],
    ...CRM.filter(([, t]) => t === s).map(([name]) => [name, stage]),
  ]),
  ...CRM.filter(([, t]) => t < 0).map(([name]) => [name, ""]),
];
const column = (xs: unknown[]) => xs.map((x) => [x]);
const DAY = 86_400_000;

describe("CRM data invariants", () => {
  it("a log in CRM names through the map equals the log in funnel names (lost records left out)", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(fc.nat(CRM.length - 1), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        (picks, upper) => {
          const names = picks.map((i) => at(CRM, i));
          const crmLog = names.map(([n]) => (upper ? ` ${n.toUpperCase()}\u00a0` : n));
          const funnelLog = names.filter(([, s]) => s >= 0).map(([, s]) => FUNNEL[s]);
          const viaMap = call("STAGE_CONVERSION", column(crmLog), MAP).flat();
          const direct =
            funnelLog.length === 0
              ? FUNNEL.map(() => "")
              : call("STAGE_CONVERSION", column(funnelLog), column(FUNNEL)).flat();
          expect(viaMap).toEqual(direct);
          compared++;
        },
      ),
      { numRuns: 300 },
    );
    expect(compared).toBe(300);
  });

  /** Records: for each, the stages entered (wall ms, NaN = never) and whether it was lost. */
  const record = fc
    .tuple(
      fc.integer({ min: 0, max: 120 }), // start day in 2026
      fc.array(fc.option(fc.integer({ min: 0, max: 40 * 24 }), { nil: undefined }), {
        minLength: FUNNEL.length,
        maxLength: FUNNEL.length,
      }),
      fc.boolean(),
    )
    .map(([start, hours, lost]) => {
      let t = Date.UTC(2026, 0, 1 + start, 9);
      const entered = hours.map((h) => {
        if (h === undefined) return NaN;
        t += h * 3_600_000;
        return t;
      });
      return { entered, lost: lost && Number.isNaN(entered[FUNNEL.length - 1]) };
    })
    .filter((r) => r.entered.some((x) => !Number.isNaN(x)));

  /** Wall-clock ms as the text a CRM writes without a zone. */
  const text = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace("T", " ");

  it("a shuffled stage history and the same records as a titled matrix agree on every function", () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 30 }), fc.nat(), (records, seed) => {
        const history: unknown[][] = [["Deal ID", "Deal Stage", "Changed at"]];
        const matrix: unknown[][] = [
          [
            ...FUNNEL.map((s) => `Date entered "${s} (Sales Pipeline)"`),
            `Date entered "Closed Lost (Sales Pipeline)"`,
          ],
        ];
        records.forEach((r, id) => {
          const last = Math.max(...r.entered.filter((x) => !Number.isNaN(x)));
          r.entered.forEach((ms, s) => {
            if (!Number.isNaN(ms)) history.push([id + 1, FUNNEL[s], text(ms)]);
          });
          if (r.lost) history.push([id + 1, "Closed Lost", text(last + DAY)]);
          matrix.push([
            ...r.entered.map((ms) => (Number.isNaN(ms) ? "" : text(ms))),
            r.lost ? text(last + DAY) : "",
          ]);
        });
        let s = seed;
        const body = history.slice(1);
        for (let i = body.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [body[i], body[j]] = [at(body, j), at(body, i)];
        }
        const shuffled = [at(history, 0), ...body];
        // Means sum in another order: equal to the last bits, not bit for bit.
        const same = (f: (data: unknown[][]) => unknown[][]) => {
          const a = f(shuffled).flat();
          const b = f(matrix).flat();
          expect(a.length).toBe(b.length);
          a.forEach((v, i) => {
            if (typeof v === "number") expect(v).toBeCloseTo(b[i] as number, 9);
            else expect(v).toEqual(b[i]);
          });
        };
        same((d) => call("STAGE_CONVERSION", d, MAP));
        same((d) => call("STAGE_CONVERSION", d, MAP, "", "exclude"));
        same((d) => call("STAGE_CONVERSION", d, MAP, "strict"));
        same((d) => call("STAGE_DAYS", d, "mean", MAP));
        same((d) => call("COHORT_CONVERSION", d, "week", 30, MAP));
        compared++;
      }),
      { numRuns: 150 },
    );
    expect(compared).toBe(150);
  });

  it('"exclude" never lowers a rate', () => {
    let compared = 0;
    const statuses = ["open", "won", "lost", "Open", "TRUE", "FALSE", ""];
    fc.assert(
      fc.property(
        // Two rows at least: one row of a stage and an empty cell is a log laid out across.
        fc.array(fc.tuple(fc.nat(FUNNEL.length - 2), fc.constantFrom(...statuses)), {
          minLength: 2,
          maxLength: 50,
        }),
        (rows) => {
          const data = rows.map(([s, status]) => [FUNNEL[s], status]);
          const all = call("STAGE_CONVERSION", data, MAP).flat();
          const closed = call("STAGE_CONVERSION", data, MAP, "", "exclude").flat();
          all.forEach((v, i) => {
            if (v === "") return;
            const c = closed[i];
            // With every record at a stage open, that stage has no rate yet.
            if (c !== "") expect(c as number).toBeGreaterThanOrEqual((v as number) - 1e-15);
            compared++;
          });
        },
      ),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  it("CRM date-time texts read as the same instants as date cells", () => {
    let compared = 0;
    const pad = (n: number) => String(n).padStart(2, "0");
    /** The wall-clock reading `ms` written as a CRM writes it, in `form`. */
    function written(ms: number, form: number): string {
      const d = new Date(ms);
      const [y, mo, da, h, mi] = [
        d.getUTCFullYear(),
        d.getUTCMonth() + 1,
        d.getUTCDate(),
        d.getUTCHours(),
        d.getUTCMinutes(),
      ];
      switch (form) {
        case 0:
          return `${y}-${pad(mo)}-${pad(da)} ${pad(h)}:${pad(mi)}`;
        case 1:
          return `${mo}/${da}/${y} ${((h + 11) % 12) + 1}:${pad(mi)} ${h < 12 ? "AM" : "PM"}`;
        case 2:
          return `${pad(da)}.${pad(mo)}.${y} ${pad(h)}:${pad(mi)}`;
        default: {
          // An instant with its zone: the wall clock of New York, as UTC text with a Z.
          const local = new Date(ms);
          const instant = new Date(
            `${local.toISOString().slice(0, 16)}:00${offsetOf(ms)}`,
          ).toISOString();
          return instant;
        }
      }
    }
    /** New York's offset at a wall-clock time (as "−05:00"), from Intl, not from src/. */
    function offsetOf(wallMs: number): string {
      for (const offset of ["-05:00", "-04:00"]) {
        const instant = new Date(`${new Date(wallMs).toISOString().slice(0, 16)}:00${offset}`);
        const shown = instant.toLocaleString("sv-SE", { timeZone: ZONE }).slice(0, 16);
        if (shown === new Date(wallMs).toISOString().slice(0, 16).replace("T", " ")) return offset;
      }
      return ""; // the hour skipped when clocks go forward: no instant shows it
    }
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 700 * 24 * 4 }),
            fc.integer({ min: 1, max: 60 * 24 * 4 }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        fc.constantFrom(0, 1, 2, 3),
        (pairs, form) => {
          const base = Date.UTC(2025, 6, 1);
          const walls = pairs.map(([a, b]): [number, number] => [
            base + a * 900_000,
            base + (a + b) * 900_000,
          ]);
          // A day with a clock change has an hour that doesn't exist in New York: skip those.
          const real = walls.filter(([a, b]) => offsetOf(a) !== "" && offsetOf(b) !== "");
          // Every pair in a skipped hour leaves no record: nothing to compare (not a run).
          fc.pre(real.length > 0);
          const asText = real.map(([a, b]) => [written(a, form), written(b, form)]);
          const asSerial = real.map(([a, b]) => [a / DAY + 25_569, b / DAY + 25_569]);
          const got = call("STAGE_DAYS", asText, "mean").flat();
          const want = call("STAGE_DAYS", asSerial, "mean").flat();
          expect(got[0] as number).toBeCloseTo(want[0] as number, 9);
          compared++;
        },
      ),
      { numRuns: 200 },
    );
    expect(compared).toBe(200);
  });
});
