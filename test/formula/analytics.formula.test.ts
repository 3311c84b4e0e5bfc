import {
  callCounts,
  cellValue,
  createEngine,
  rangeValues,
  resetCallCounts,
  rounded,
} from "../harness/formula";

// The engine hands dates over as instants of the runtime's zone's midnight (test/harness), so
// these formulas run on the runtime's zone; time zones are covered in test/bundle/stageDates.

const round = (rows: unknown[][], digits = 4) => rounded(rows, digits);

describe("analytics functions in a real formula engine", () => {
  it("STAGE_SENSITIVITY: the SPEC example from a stage table, one call", () => {
    resetCallCounts();
    const hf = createEngine({
      S: [
        ["Stage", "Rate", "Cost", "Change"],
        ["Lead", "10%", 20, "=STAGE_SENSITIVITY(B2:B5, C2:C5)"],
        ["MQL", 0.3, 50],
        ["SQL", 0.5, 400],
        ["Customer", null, null],
      ],
    });
    expect(round(rangeValues(hf, "S", "D2:D5"))).toEqual([[-0.0491], [-0.0614], [-0.0909], [""]]);
    expect(callCounts.get("STAGE_SENSITIVITY")).toBe(1);
  });

  it("STAGE_DAYS: the SPEC example over DATE() cells, and p90", () => {
    const hf = createEngine({
      S: [
        ["=DATE(2026,1,1)", "=DATE(2026,1,11)", "=DATE(2026,2,10)"],
        ["=DATE(2026,1,5)", "=DATE(2026,1,25)", null],
        ["=DATE(2026,1,10)", null, null],
        ["=STAGE_DAYS(A1:C3)"],
        ['=STAGE_DAYS(A1:C3, "p90")'],
      ],
    });
    expect(rangeValues(hf, "S", "A4:C4")).toEqual([[15, 30, ""]]);
    expect(round(rangeValues(hf, "S", "A5:C5"))).toEqual([[19, 30, ""]]);
  });

  it("COHORT_CONVERSION: the SPEC example, with and without within_days", () => {
    const hf = createEngine({
      S: [
        [
          "=DATE(2026,1,3)",
          "=DATE(2026,1,20)",
          "=DATE(2026,3,1)",
          null,
          "=COHORT_CONVERSION(A1:C4)",
        ],
        ["=DATE(2026,1,15)", null, null],
        ["=DATE(2026,2,2)", "=DATE(2026,2,10)", null],
        ["=DATE(2026,2,20)", "=DATE(2026,4,1)", "=DATE(2026,4,15)"],
      ],
      W: [['=COHORT_CONVERSION(S!A1:C4, "month", 30)']],
    });
    expect(rangeValues(hf, "S", "E1:H2")).toEqual([
      ["2026-01", 2, 0.5, 0.5],
      ["2026-02", 2, 1, 0.5],
    ]);
    expect(rangeValues(hf, "W", "A1:D2")).toEqual([
      ["2026-01", 2, 0.5, 0],
      ["2026-02", 2, 0.5, 0],
    ]);
    // The spill is declared for the most periods there can be; the rows past the result are empty.
    expect(rangeValues(hf, "W", "A3:D3")).toEqual([[null, null, null, null]]);
  });

  it("shows the error text in the cell", () => {
    const hf = createEngine({ S: [["=DATE(2026,1,1)", true, "=STAGE_DAYS(A1:B1)"]] });
    expect(cellValue(hf, "S", "C1")).toMatch(
      /^#ERROR! STAGE_DAYS: stage_dates: row 1, column 2 is TRUE/,
    );
  });
});
