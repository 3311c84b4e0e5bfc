import { shiftFormula } from "../../preview/conditionalFormats";
import { sheetView } from "../../preview/workbookView";
import { anchor, newPlan, withInboundFunnel } from "../templates/templateHarness";

describe("shiftFormula", () => {
  it("moves relative rows and columns, keeps absolute ones", () => {
    expect(shiftFormula('=AND($E6<>"", $E6=MIN($E$6:$E$9))', 2, 0)).toBe(
      '=AND($E8<>"", $E8=MIN($E$6:$E$9))',
    );
    expect(shiftFormula("=A1+B$2+$C3+$D$4", 1, 1)).toBe("=B2+C$2+$C4+$D$4");
  });

  it("leaves text, function names and named ranges alone", () => {
    expect(shiftFormula('=IF(D26="No", LOG10(A1), Q1_Rates)', 1, 0)).toBe(
      '=IF(D27="No", LOG10(A2), Q1_Rates)',
    );
    expect(shiftFormula('=A1="A1"', 3, 0)).toBe('=A4="A1"');
  });
});

function highlighted(view: ReturnType<typeof sheetView>, background: string): string[] {
  return view.cells.filter((c) => c.style.background === background).map((c) => c.a1);
}

describe("conditional formats in the preview", () => {
  it("highlights the stickiest stage's row on Funnel health", () => {
    const addon = withInboundFunnel();
    const plan = newPlan(addon, "newFunnelHealth");
    const body = anchor(plan, "conversion.body");
    const stickiest = anchor(plan, "stickiest").cell(0, 1);
    const row = highlighted(sheetView(plan), "#fce8e6").filter(
      (a1) => /^[A-F]\d+$/.test(a1) && a1 !== stickiest,
    );
    // The stage whose shortfall costs the most won deals (the table's last column) is highlighted.
    const lost = plan
      .getRange(body.range(0, 5, 4, 1))
      .getValues()
      .map((r) => r[0] as number);
    const worst = body.row + lost.indexOf(Math.max(...lost));
    expect(row).toEqual(["A", "B", "C", "D", "E", "F"].map((c) => `${c}${worst}`));
  });

  it("marks months below commitment on the SLA tracker", () => {
    const plan = newPlan(withInboundFunnel(), "newSlaTracker");
    const table = anchor(plan, "commitment");
    const cells = highlighted(sheetView(plan), "#fce8e6");
    const months = plan.getRange(table.range(1, 1, 12, 2)).getValues();
    const below = months.flatMap(([committed, delivered], i) =>
      delivered !== "" && (delivered as number) < (committed as number) ? [table.row + 1 + i] : [],
    );
    expect(below.length).toBeGreaterThan(0);
    const rows = [...new Set(cells.map((a1) => Number(/\d+/.exec(a1)![0])))].sort((a, b) => a - b);
    expect(rows).toEqual(below);
  });
});
