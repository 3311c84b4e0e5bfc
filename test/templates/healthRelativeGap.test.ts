/**
 * SPEC §6.4 — "Funnel health — actual volumes per stage → actual conversion (STAGE_CONVERSION),
 * planned conversion (<key>_Rates), gap in percentage points and relative gap". The sheet once
 * showed the gap in points and the won deals lost, but no relative gap (layout 5 added it).
 */
import { sheetMessages } from "../../src/i18n/sheet";
import { anchor, newPlan, values, withInboundFunnel } from "./templateHarness";

it("Funnel health shows each stage's relative gap: (actual − planned) ÷ planned", () => {
  const addon = withInboundFunnel();
  const plan = newPlan(addon, "newFunnelHealth");
  const header = anchor(plan, "conversion.header");
  const heads = values(plan, header.range(0, 0, 1, 12))[0]!;
  const label = sheetMessages("en").health.relativeGap;
  const col = heads.indexOf(label);
  expect({ heads, col: col >= 0 }).toEqual({ heads, col: true });
  const body = anchor(plan, "conversion.body");
  const rows = values(plan, body.range(0, 0, 4, col + 1));
  for (const row of rows) {
    const [actual, planned] = [row[1] as number, row[2] as number];
    expect(row[col]).toBeCloseTo((actual - planned) / planned, 9);
  }
});
