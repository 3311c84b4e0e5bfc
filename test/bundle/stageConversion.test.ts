import { loadCustomFunctions, thrownMessage } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const SC = (...args: unknown[]) => bundle.call("STAGE_CONVERSION", ...args);
const err = (...args: unknown[]) => thrownMessage(() => SC(...args));
const STAGES = [["Lead"], ["MQL"], ["SQL"], ["Customer"]];
const day = new Date(2026, 0, 5);

describe("STAGE_CONVERSION through dist/Code.js", () => {
  describe("counts", () => {
    it("SPEC example: 1000, 300, 120 → 0.3, 0.4, empty", () => {
      expect(SC([[1000], [300], [120]])).toEqual([[0.3], [0.4], [""]]);
    });
    it("a row gives a row; one cell counts as a column", () => {
      expect(SC([[1000, 300, 120]])).toEqual([[0.3, 0.4, ""]]);
      expect(SC(1000)).toEqual([[""]]);
    });
    it("trailing blanks are ignored, text numbers and percents accepted", () => {
      expect(SC([[1000], ["300"], [" 120 "], [""], [""]])).toEqual([[0.3], [0.4], [""]]);
      expect(SC([["50%"], ["25%"]])).toEqual([[0.5], [""]]);
    });
    it("counts may rise; a zero count gives an empty rate", () => {
      expect(SC([[100], [150], [0], [10]])).toEqual([[1.5], [0], [""], [""]]);
    });
  });

  describe("record log", () => {
    const log = [["Lead"], ["mql"], [" SQL "], ["Customer"], ["Lead"], [""], ["MQL"], ["Lead"]];
    it("counts each record at every stage up to its furthest (high-water mark)", () => {
      // reached: Lead 7, MQL 4, SQL 2, Customer 1
      expect(SC(log, STAGES)).toEqual([[4 / 7], [0.5], [0.5], [""]]);
    });
    it("the result follows stage_order's orientation; a row log works too", () => {
      expect(SC(log, [["Lead", "MQL", "SQL", "Customer"]])).toEqual([[4 / 7, 0.5, 0.5, ""]]);
      expect(SC([["Lead", "MQL", "Lead", ""]], STAGES)).toEqual([[1 / 3], [0], [""], [""]]);
    });
    it("trailing blanks of stage_order are ignored; numbers match as names", () => {
      expect(SC(log, [...STAGES, [""]])).toEqual([[4 / 7], [0.5], [0.5], [""]]);
      expect(SC([[1], [2], ["2"], [""]], [[1], [2]])).toEqual([[2 / 3], [""]]);
    });
    it("a log of empty cells reaches nothing: every rate is empty", () => {
      expect(SC([[""], [""]], STAGES)).toEqual([[""], [""], [""], [""]]);
    });
  });

  describe("stage-date matrix", () => {
    const matrix = [
      [day, "", day],
      [day, day, ""],
      [day, "", ""],
      ["", "", ""],
    ];
    it('"reached" (default) counts skipped stages; the result is a row', () => {
      expect(SC(matrix)).toEqual([[2 / 3, 0.5, ""]]);
      expect(SC(matrix, "", " REACHED ")).toEqual([[2 / 3, 0.5, ""]]);
    });
    it('"strict" counts a stage only with every earlier one', () => {
      expect(SC(matrix, "", "strict")).toEqual([[1 / 3, 0, ""]]);
    });
    it("TRUE, 1 and text mean reached; FALSE, 0 and spaces mean not reached", () => {
      expect(
        SC([
          [true, 1, "yes"],
          [true, false, "  "],
          [1, 0, ""],
        ]),
      ).toEqual([[1 / 3, 1, ""]]);
    });
    it("takes a stage_order of one name per column, which only labels the columns", () => {
      expect(SC(matrix, STAGES.slice(0, 3))).toEqual([[2 / 3, 0.5, ""]]);
      expect(SC(matrix)).toEqual([[2 / 3, 0.5, ""]]);
    });
  });

  describe("errors", () => {
    it.each([
      [
        [""],
        "STAGE_CONVERSION: data: is empty — enter the count at each stage (top first), a record log with stage_order, or a stage-date matrix",
      ],
      [
        [[[100], [-5]]],
        "STAGE_CONVERSION: data: item 2 is -5 — can't be negative; enter a count of 0 or more, such as 1000",
      ],
      [
        [[[100], [""], [5]]],
        "STAGE_CONVERSION: data: item 2 is empty — enter a count such as 1000",
      ],
      [
        [[[100], [true]]],
        "STAGE_CONVERSION: data: item 2 is TRUE, not a number — enter a count such as 1000",
      ],
      [
        [[["Lead"], ["MQL"]]],
        "STAGE_CONVERSION: stage_order: is missing — data holds stage names (a record log), so give the stage names top first, e.g. Funnel_Stages",
      ],
      [
        [[["Lead"], ["Lost"]], STAGES],
        'STAGE_CONVERSION: data: row 2 is "Lost", which is not in stage_order — add it to stage_order, or give a stage map (CRM name, funnel stage), such as Funnel_Map, that names it',
      ],
      [
        [[["Lead", "Won"]], STAGES],
        'STAGE_CONVERSION: data: item 2 is "Won", which is not in stage_order — add it to stage_order, or give a stage map (CRM name, funnel stage), such as Funnel_Map, that names it',
      ],
      [
        [[[1000], [300]], STAGES],
        "STAGE_CONVERSION: data: row 1 is 1000, which is not in stage_order (for counts per stage, leave stage_order out)",
      ],
      [
        [[["Lead"], [day]], STAGES],
        "STAGE_CONVERSION: data: row 2 is a date — a record log holds each record's stage name as text",
      ],
      [
        [[["Lead"]], [["Lead"], [" lead"]]],
        'STAGE_CONVERSION: stage_order: item 2 "lead" repeats item 1 — stage names must be unique (case and spaces don\'t count)',
      ],
      [
        [[["Lead"]], [["Lead"], [""], ["MQL"]]],
        "STAGE_CONVERSION: stage_order: item 2 is empty — give every stage a name",
      ],
      [
        [[["Lead"]], [["Lead"], [true]]],
        "STAGE_CONVERSION: stage_order: item 2 is TRUE — enter each stage's name as text",
      ],
      [
        [
          [["Lead"]],
          [
            ["Lead", "MQL", "SQL"],
            ["Won", "", ""],
          ],
        ],
        "STAGE_CONVERSION: stage_order: is a block of 2 rows × 3 columns — select a single row or column of stage names, or a stage map of two columns (CRM name, funnel stage)",
      ],
      [
        [
          [
            [1, 2],
            [3, 4],
          ],
          "",
          "fast",
        ],
        'STAGE_CONVERSION: method: "fast" is not an option — use one of "reached", "strict"',
      ],
      [
        [[[1], [2, 3]]],
        "STAGE_CONVERSION: data: row 2 has 2 cells but row 1 has 1 — select a rectangular range",
      ],
      [
        // other_columns is the fifth argument; a sixth is one too many.
        [[[1]], "", "", "", "", 5],
        "STAGE_CONVERSION: arguments: takes at most 5 arguments but got 6 — see the function's help",
      ],
    ])("%j", (args, message) => {
      expect(err(...(args as unknown[]))).toBe(message);
    });
  });
});
