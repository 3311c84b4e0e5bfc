import {
  callCounts,
  cellValue,
  createEngine,
  rangeValues,
  resetCallCounts,
  rounded,
} from "../harness/formula";

const round = (rows: unknown[][], digits = 6) => rounded(rows, digits);

describe("the function catalog in a real formula engine", () => {
  it("STAGE_CONVERSION over a column of counts spills a column, last cell empty", () => {
    const hf = createEngine({
      S: [
        [1000, "=STAGE_CONVERSION(A1:A4)"],
        [300],
        [120],
        [null], // a whole stage-table column: trailing blank ignored
      ],
    });
    expect(rangeValues(hf, "S", "B1:B3")).toEqual([[0.3], [0.4], [""]]);
  });

  it("STAGE_CONVERSION over a record log and over a stage-date matrix", () => {
    const hf = createEngine({
      S: [
        ["Lead", "Lead", "=STAGE_CONVERSION(A1:A4, B1:B3)"],
        ["MQL", "MQL"],
        ["sql", "SQL"],
        ["Lead"],
      ],
      M: [
        ["=DATE(2026,1,1)", null, "=DATE(2026,2,1)"],
        ["=DATE(2026,1,1)", "=DATE(2026,1,9)", null],
        [true, false, 0],
        ['=STAGE_CONVERSION(A1:C3, , "strict")'],
        ["=STAGE_CONVERSION(A1:C3)"],
      ],
    });
    expect(round(rangeValues(hf, "S", "C1:C3"))).toEqual([[0.5], [0.5], [""]]);
    expect(round(rangeValues(hf, "M", "A4:C4"))).toEqual([[0.333333, 0, ""]]);
    expect(round(rangeValues(hf, "M", "A5:C5"))).toEqual([[0.666667, 0.5, ""]]);
  });

  it("CAC: scalar, per channel, fully loaded cost lines, and lagged — one call per table", () => {
    resetCallCounts();
    const hf = createEngine({
      S: [
        [5000, 50, "=CAC(A1, B1)", "=CAC(A1:A3, B1:B3)", 1000, 500, "=CAC(E1:F3, B1:B3)"],
        [8000, 40, null, null, 2000, 0],
        [300, 0, null, null, 300, 300],
        ["=CAC(A1:A3, B1:B3, 1)"],
      ],
    });
    expect(cellValue(hf, "S", "C1")).toBe(100);
    expect(rangeValues(hf, "S", "D1:D3")).toEqual([[100], [200], [""]]);
    expect(rangeValues(hf, "S", "G1:G3")).toEqual([[30], [50], [""]]);
    expect(rangeValues(hf, "S", "A4:A6")).toEqual([[""], [125], [""]]);
    expect(callCounts.get("CAC")).toBe(4);
  });

  it("LTV, CAC_PAYBACK and PIPELINE_VELOCITY element-wise over channel columns", () => {
    const hf = createEngine({
      S: [
        [500, "80%", 0.02, 1200, "=LTV(A1:A2, B1:B2, C1:C2)", "=CAC_PAYBACK(D1:D2, A1:A2, B1:B2)"],
        [1000, "50%", 0.05, 1000],
        [80, 0.25, 10000, 40, "=PIPELINE_VELOCITY(A3:A4, B3:B4, C3:C4, D3:D4)"],
        [40, 0.5, 5000, 0],
      ],
    });
    expect(round(rangeValues(hf, "S", "E1:E2"))).toEqual([[20000], [10000]]);
    expect(round(rangeValues(hf, "S", "F1:F2"))).toEqual([[3], [2]]);
    expect(rangeValues(hf, "S", "E3:E4")).toEqual([[5000], [""]]);
  });

  it("LEAD_VELOCITY spills along a row of months", () => {
    const hf = createEngine({ S: [[100, 120, 90], ["=LEAD_VELOCITY(A1:C1)"]] });
    expect(rangeValues(hf, "S", "A2:C2")).toEqual([["", 0.2, -0.25]]);
  });

  it("FUNNEL_TARGETS spills stages × periods from a stage table", () => {
    const hf = createEngine({
      Plan: [
        [0, 0, 100000, 100000],
        ["Stage", "Rate", "Days"],
        ["SQL", 0.5, 45],
        ["Customer", null, null],
        ['=FUNNEL_TARGETS(A1:D1, 10000, B3:B4, C3:C4, 30, "end")'],
      ],
    });
    expect(rangeValues(hf, "Plan", "A5:D6")).toEqual([
      [10, 20, 10, 0],
      [0, 0, 10, 10],
    ]);
  });

  it("shows the error text in the cell", () => {
    const hf = createEngine({ S: [[1, 2, '=FUNNEL_TARGETS(A1:B1, 10, 0.5, 30, 30, "stage")']] });
    expect(cellValue(hf, "S", "C1")).toMatch(
      /^#ERROR! FUNNEL_TARGETS: rounding: "stage" is not offered here/,
    );
  });
});
