import { chartsOf } from "../../preview/chartView";
import { newPlan, withInboundFunnel } from "../templates/templateHarness";
import { at } from "../harness/at";

describe("charts in the preview", () => {
  it("the SLA chart plots committed and delivered against month labels", () => {
    const plan = newPlan(withInboundFunnel(), "newSlaTracker");
    const chart = at(chartsOf(plan), 0);
    expect(chart.series.map((s) => s.name)).toEqual(["MQL — committed", "MQL — delivered"]);
    expect(chart.categories).toHaveLength(12);
    for (const label of chart.categories) expect(label).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    expect(
      at(chart.series, 1)
        .values.slice(0, 10)
        .every((v) => v > 0),
    ).toBe(true);
  });

  it("the annual plan's chart shows one bar per stage, none for the room left for growth", () => {
    const plan = newPlan(withInboundFunnel(), "newAnnualPlan");
    const chart = at(chartsOf(plan), 0);
    expect(chart.categories).toEqual(["Visit", "Lead", "MQL", "SQL", "Customer"]);
    expect(at(chart.series, 0).values).toEqual([16700, 334, 100, 40, 10]); // "stage" rounding: 334 ÷ 2 %
  });
});
