/**
 * Guards the header rule of docs/crm-data.md ("a log's first cell [is a header] when it names no
 * stage while the cells below do") for exports whose stages are numeric stage IDs, read through
 * dist/Code.js as Sheets hands them to a custom function. Pipedrive's API gives a deal's stage as
 * `stage_id`, an integer ("id | int | The ID of the stage", Pipedrive API, Stage); a sheet synced
 * from the API holds them as numbers, and a stage map's "cells are text; a number is read as
 * its text". A log of them (with or without its status column) reads the same with its header row
 * as without it, as the stage history of the same IDs does.
 */
import { loadZonedBundle } from "../harness/zonedBundle";

const bundle = loadZonedBundle("America/New_York", "en_US");
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args);

/** Stage IDs 1 and 2 are SQL, 3 is Opportunity; won makes a customer, lost ends the deal. */
const MAP = [
  ["Lead", "Lead"],
  ["MQL", "MQL"],
  ["SQL", "SQL"],
  ["1", "SQL"],
  ["2", "SQL"],
  ["Opportunity", "Opportunity"],
  ["3", "Opportunity"],
  ["Customer", "Customer"],
  ["won", "Customer"],
  ["lost", ""],
];

describe("a record log of numeric stage IDs with its header row", () => {
  const log = [[1], [3], [3], [2]];

  it("reads the same as without the header (the header names no stage, the cells below do)", () => {
    const without = call("STAGE_CONVERSION", log, MAP);
    expect(without).toEqual([[1], [1], [0.5], [0], [""]]);
    expect(call("STAGE_CONVERSION", [["Stage ID"], ...log], MAP)).toEqual(without);
  });

  it("with its status column too (Pipedrive's stage_id and status)", () => {
    const rows = [
      [1, "open"],
      [3, "lost"],
      [3, "won"],
      [2, "open"],
    ];
    const without = call("STAGE_CONVERSION", rows, MAP, "", "exclude");
    // SQL: 4 reached, the 2 still open there left out; Opportunity: 1 won of 2.
    expect(without).toEqual([[1], [1], [1], [0.5], [""]]);
    expect(call("STAGE_CONVERSION", [["Stage ID", "Status"], ...rows], MAP, "", "exclude")).toEqual(
      without,
    );
  });

  it("as the stage history of the same IDs already does", () => {
    const history = [
      [11, 1, "2026-01-05 10:00:00"],
      [11, 3, "2026-01-15 10:00:00"],
      [11, "won", "2026-02-01 10:00:00"],
      [12, 2, "2026-01-07 10:00:00"],
      [12, "lost", "2026-01-20 10:00:00"],
    ];
    expect(
      call("STAGE_CONVERSION", [["Deal ID", "New value", "Update time"], ...history], MAP),
    ).toEqual(call("STAGE_CONVERSION", history, MAP));
  });
});
