/**
 * CRM exports as exported (SPEC §3, "Stage names and the stage map", "Layouts"), through
 * dist/Code.js: stage maps, header rows, record logs with status, stage histories, CRM-named
 * matrix columns, open records, and unknown names listed together.
 */
import { thrownMessage } from "../../fakes/bundle";
import { loadZonedBundle } from "../harness/zonedBundle";
import { at } from "../harness/at";

const bundle = loadZonedBundle("America/New_York");
const SC = (...args: unknown[]) => bundle.call("STAGE_CONVERSION", ...args);
const SD = (...args: unknown[]) => bundle.call("STAGE_DAYS", ...args);
const CC = (...args: unknown[]) => bundle.call("COHORT_CONVERSION", ...args);
const err = (name: string, ...args: unknown[]) => thrownMessage(() => bundle.call(name, ...args));
const column = (xs: unknown[]) => xs.map((x) => [x]);

/** A funnel of four stages; the deal pipeline's CRM names map onto its last three. */
const MAP = [
  ["", "Lead"],
  ["Appointment scheduled", "SQL"],
  ["Qualified to buy", "SQL"],
  ["Presentation scheduled", "Opportunity"],
  ["Contract sent", "Opportunity"],
  ["Closed won", "Customer"],
  ["Closed lost", ""],
  ["", ""],
];

describe("stage_order: a list or a map, told apart by shape", () => {
  it("a map's funnel stages are its second column in order of first appearance, each known by its own name", () => {
    // Lead 1, SQL 2, Opportunity 1, Customer 1 → reached 5, 4, 2, 1.
    const log = column(["Lead", "appointment scheduled ", "SQL", "Contract sent", "Customer"]);
    expect(SC(log, MAP)).toEqual([[0.8], [0.5], [0.5], [""]]);
  });

  it("a name mapped to no funnel stage is known: its record, whose stopping stage the name doesn't tell, is left out", () => {
    const log = column(["Appointment scheduled", "Closed lost", "Closed won", "Closed Lost"]);
    // Only the SQL and the Customer count: reached 2, 2, 1, 1.
    expect(SC(log, MAP)).toEqual([[1], [0.5], [1], [""]]);
  });

  it("one row of two names is a list, two rows of two a map", () => {
    expect(SC([["Lead", "MQL", "MQL"]], [["Lead", "MQL"]])).toEqual([[2 / 3, ""]]);
    expect(
      SC(column(["New", "Working", "Working"]), [
        ["New", "Lead"],
        ["Working", "MQL"],
      ]),
    ).toEqual([[2 / 3], [""]]);
  });

  it.each([
    [
      [
        ["Demo", "SQL"],
        ["demo ", "Opportunity"],
      ],
      'stage_order: row 2 maps "demo" to "Opportunity", but row 1 maps it to "SQL" — each name stands for one stage (case and spaces don\'t count)',
    ],
    [
      [
        ["SQL", "Opportunity"],
        ["Meeting", "SQL"],
      ],
      'stage_order: row 2 maps "SQL" to "SQL", but row 1 maps it to "Opportunity" — each name stands for one stage (case and spaces don\'t count)',
    ],
    [
      [
        ["Closed lost", ""],
        ["Lost", ""],
      ],
      "stage_order: names no funnel stage — a stage map has the CRM's name in its first column and the funnel stage it counts as in its second, e.g. Funnel_Map",
    ],
    [
      [
        [true, "Lead"],
        ["x", "MQL"],
      ],
      "stage_order: row 1, column 1 is TRUE — enter each name as text",
    ],
  ])("map errors: %j", (map, message) => {
    expect(err("STAGE_CONVERSION", column(["Lead"]), map)).toBe(`STAGE_CONVERSION: ${message}`);
  });
});

describe("header rows are recognised and skipped", () => {
  it("a log's first cell, when it names no stage, is its column title", () => {
    expect(SC(column(["Deal Stage", "Lead", "SQL"]), MAP)).toEqual([[0.5], [0], [""], [""]]);
  });

  it("a stage-date matrix's first row of titles is no record (with or without stage names)", () => {
    const d = new Date(2026, 0, 5);
    const rows = [
      ["Lead date", "MQL date", "SQL date"],
      [d, "", d],
      [d, d, ""],
      [d, "", ""],
    ];
    expect(SC(rows)).toEqual([[2 / 3, 0.5, ""]]);
    expect(
      SD([
        ["Entered lead", "Entered MQL"],
        ["2026-01-01", "2026-01-11"],
      ]),
    ).toEqual([[10, ""]]);
  });
});

describe("unknown names: every one found, up to ten, and where to add them", () => {
  it("lists each distinct unknown name once, with the row it first appears in", () => {
    const log = column(["Appointment scheduled", "Demo", "Won", "demo", "Lost", "Won"]);
    expect(err("STAGE_CONVERSION", log, MAP)).toBe(
      'STAGE_CONVERSION: data: 3 names are not in stage_order: "Demo" (row 2), "Won" (row 3), "Lost" (row 5) — add each to the stage table\'s CRM names (the stage map\'s first column) with the funnel stage it counts as, or with none for a name that ends a record (Closed Lost)',
    );
  });

  it("names ten and counts the rest", () => {
    const names = Array.from({ length: 13 }, (_, i) => `Stage ${i + 1}`);
    const message = err("STAGE_CONVERSION", column(names), column(["Lead", "Won"]));
    expect(message).toMatch(
      /^STAGE_CONVERSION: data: 13 names are not in stage_order: "Stage 1" \(row 1\), /,
    );
    expect(message).toContain(
      '"Stage 10" (row 10) and 3 more — add them to stage_order, or give a stage map',
    );
    expect(message).not.toContain("Stage 11");
  });
});

describe("record log with a status column", () => {
  // Pipedrive keeps a won deal in the stage where it was won; its status says won.
  const PIPELINE = [
    ["Qualified", "Lead"],
    ["Contact Made", "SQL"],
    ["Proposal Made", "Opportunity"],
    ["", "Customer"],
  ];
  const deals = [
    ["Deal - Stage", "Deal - Status"],
    ["Qualified", "Open"],
    ["Qualified", "Lost"],
    ["Contact Made", "Open"],
    ["Contact Made", "Lost"],
    ["Proposal Made", "Won"],
    ["Contact Made", "Won"],
    ["Proposal Made", "Open"],
    ["Qualified", "Deleted"],
  ];

  it("won counts at the last stage; deleted is left out; the result is a column", () => {
    // Furthest: Lead 2, SQL 2, Opportunity 1, Customer 2 → reached 7, 5, 3, 2.
    expect(SC(deals, PIPELINE)).toEqual([[5 / 7], [3 / 5], [2 / 3], [""]]);
  });

  it('"exclude" leaves each open record out of the rate of the stage it sits at', () => {
    // Open at Lead 1, SQL 1, Opportunity 1: 5/(7−1), 3/(5−1), 2/(3−1).
    expect(SC(deals, PIPELINE, "", "exclude")).toEqual([[5 / 6], [3 / 4], [1], [""]]);
    expect(SC(deals, PIPELINE, "", " EXCLUDE ")).toEqual([[5 / 6], [3 / 4], [1], [""]]);
  });

  it("reads Salesforce's IsClosed: TRUE/FALSE as closed/open", () => {
    const opps = [
      ["Stage", "Closed"],
      ["Prospecting", false],
      ["Closed Won", true],
      ["Negotiation/Review", false],
      ["Closed Lost", true],
      ["Prospecting", true],
    ];
    const map = [
      ["Prospecting", "SQL"],
      ["Negotiation/Review", "Opportunity"],
      ["Closed Won", "Customer"],
      ["Closed Lost", ""],
    ];
    // Furthest SQL 2, Opportunity 1, Customer 1 (Closed Lost left out) → reached 4, 2, 1.
    expect(SC(opps, map)).toEqual([[0.5], [0.5], [""]]);
    // Open: SQL 1, Opportunity 1 → 2/3, 1/1.
    expect(SC(opps, map, "", "exclude")).toEqual([[2 / 3], [1], [""]]);
  });

  it("a status word it doesn't read is an error naming it", () => {
    expect(
      err(
        "STAGE_CONVERSION",
        [
          ["Qualified", "Pending"],
          ["Qualified", "Open"],
        ],
        PIPELINE,
      ),
    ).toBe(
      'STAGE_CONVERSION: data: row 1, column 2 is "Pending", which is no status this reads — use open, won, lost or deleted (also TRUE/FALSE as Salesforce\'s IsClosed)',
    );
  });
});

describe("stage history: record id, stage, date — rows in any order", () => {
  const HISTORY = [
    ["Opportunity ID", "Stage Name", "Created Date"],
    ["A", "Contract sent", "2026-01-20"],
    ["A", "Appointment scheduled", "2026-01-05"],
    ["B", "Appointment scheduled", "2026-01-10"],
    ["B", "Closed lost", "2026-02-01"],
    ["C", "Appointment scheduled", "2026-02-03"],
    ["C", "Presentation scheduled", "2026-02-13"],
    ["C", "Closed won", "2026-03-15"],
    ["A", "Qualified to buy", "2026-01-12"],
    ["D", "Presentation scheduled", "2026-02-20"],
    ["D", "Closed lost", "2026-03-01"],
    ["D", "Contract sent", "2026-03-10"],
    ["", "Closed won", "2026-03-01"],
  ];

  it("each record counts at the furthest funnel stage it ever entered", () => {
    // A Opportunity (open), B SQL (lost), C Customer, D Opportunity (reopened after a loss).
    // Reached: Lead 4, SQL 4, Opportunity 3, Customer 1.
    expect(SC(HISTORY, MAP)).toEqual([[1], [3 / 4], [1 / 3], [""]]);
    // Open: A and D at Opportunity → Opportunity 1/(3−2).
    expect(SC(HISTORY, MAP, "", "exclude")).toEqual([[1], [3 / 4], [1], [""]]);
    // Strict: D never entered SQL or Lead (by name), so it reaches nothing in order; A, B, C
    // have no Lead either: the first stage has no CRM name, so nobody has it.
    expect(SC(HISTORY, MAP, "strict")).toEqual([[""], [""], [""], [""]]);
  });

  it("STAGE_DAYS: days between first entering each stage and the next", () => {
    // SQL→Opportunity: A 15 (5 Jan → 20 Jan), C 10 → median 12.5; Opportunity→Customer: C 30.
    expect(SD(HISTORY, "median", MAP)).toEqual([["", 12.5, 30, ""]]);
    expect(SD(HISTORY, "mean", MAP)).toEqual([["", 12.5, 30, ""]]);
  });

  it("COHORT_CONVERSION: cohorts by the earliest date a record has", () => {
    // A (Jan, Opp), B (Jan, SQL), C (Feb, Customer), D (Feb, Opp) — the first stage has no
    // dates, so the cohort date is each record's earliest.
    expect(CC(HISTORY, "month", "", MAP)).toEqual([
      ["2026-01", 2, 1, 0.5, 0],
      ["2026-02", 2, 1, 1, 0.5],
    ]);
  });

  it("a history needs stage names; its dates must be dates", () => {
    expect(
      err(
        "STAGE_DAYS",
        [
          ["A", "Appointment scheduled", "soon"],
          ["A", "Closed won", "2026-01-01"],
        ],
        "",
        MAP,
      ),
    ).toBe(
      'STAGE_DAYS: stage_dates: row 1, column 3 is "soon", which is not a date — enter the date the record reached that stage (a date, a date serial or "2026-01-15"), or leave it empty',
    );
  });
});

describe("stage-date matrix with CRM-named columns (HubSpot)", () => {
  const header = [
    'Date entered "Appointment scheduled (Sales Pipeline)"',
    'Date entered "Qualified to buy (Sales Pipeline)"',
    'Date entered "Contract sent (Sales Pipeline)"',
    'Date entered "Closed won (Sales Pipeline)"',
    'Date entered "Closed lost (Sales Pipeline)"',
  ];
  const rows = [
    header,
    ["2026-01-05 09:00", "2026-01-08 10:00", "2026-01-20 10:00", "2026-02-01 12:00", ""],
    ["2026-01-06 09:00", "", "", "", "2026-01-16 09:00"],
    ["2026-02-02 09:00", "2026-02-12 09:00", "", "", ""],
    ["", "2026-02-05 09:00", "2026-02-25 09:00", "", ""],
  ];

  it("columns match by the quoted stage name; a lost column counts at no stage", () => {
    // Furthest: SQL 2, Opportunity 1, Customer 1 → reached Lead 4, SQL 4, Opportunity 2, Customer 1.
    expect(SC(rows, MAP)).toEqual([[1, 0.5, 0.5, ""]]);
    // Open: the SQL of row 3 and the Opportunity of row 4 (row 2 lost, row 1 won).
    expect(SC(rows, MAP, "", "exclude")).toEqual([[1, 2 / 3, 1, ""]]);
  });

  it("several CRM stages make one funnel stage: it was entered on the earliest", () => {
    // SQL entered 5 Jan / 6 Jan / 2 Feb / 5 Feb; Opportunity 20 Jan and 25 Feb; Customer 1 Feb.
    // SQL→Opp: 15 days 1 h, 20 days; Opp→Customer: 12 days 2 h.
    const days = SD(rows, "mean", MAP) as number[][];
    expect(at(days, 0)[0]).toBe("");
    expect(at(days, 0)[1]).toBeCloseTo((15 + 1 / 24 + 20) / 2, 12);
    expect(at(days, 0)[2]).toBeCloseTo(12 + 2 / 24, 12);
    expect(at(days, 0)[3]).toBe("");
  });

  it("a column the map doesn't know is an error naming it; so are two columns of one name", () => {
    const unknown = [
      [...header, "Deal owner"],
      ["", "", "", "", "", "Ann"],
    ];
    expect(err("STAGE_CONVERSION", unknown, MAP)).toBe(
      "STAGE_CONVERSION: data: the header of column 6 is \"Deal owner\", which is not in stage_order — add it to the stage table's CRM names (the stage map's first column) with the funnel stage it counts as, or with none for a name that ends a record (Closed Lost)",
    );
    const twice = [
      [header[0], 'Date exited "Appointment scheduled (Sales Pipeline)"'],
      ["", ""],
    ];
    expect(err("STAGE_CONVERSION", twice, MAP)).toBe(
      'STAGE_CONVERSION: data: columns 1 and 2 name the same stage — select one date column per stage (for HubSpot, the "Date entered" columns)',
    );
  });

  it("without a header, a map's matrix needs one column per funnel stage", () => {
    expect(
      err(
        "STAGE_CONVERSION",
        [
          [1, 1],
          [1, ""],
        ],
        MAP,
      ),
    ).toBe(
      "STAGE_CONVERSION: data: has 2 columns but the stage map has 4 funnel stages — add a header row naming each column's stage as the CRM exports it, or select one column per funnel stage in order",
    );
    expect(
      SC(
        [
          [1, 1, "", ""],
          [1, "", "", ""],
        ],
        MAP,
      ),
    ).toEqual([[0.5, 0, "", ""]]);
  });
});

describe("open_records", () => {
  it('"include" is the default and leaves every earlier call as it was', () => {
    expect(SC([[1000], [300], [120]], "", "", "include")).toEqual([[0.3], [0.4], [""]]);
  });

  it('"exclude" needs data that shows which records are closed', () => {
    const cannot =
      "give a status column (open, won, lost) beside the stages, or a stage map whose lost names (Closed Lost) appear in the data";
    expect(err("STAGE_CONVERSION", [[1000], [300]], "", "", "exclude")).toBe(
      `STAGE_CONVERSION: open_records: "exclude" needs to know which records are still open, but counts per stage don't say which records are open — ${cannot}`,
    );
    expect(err("STAGE_CONVERSION", column(["Lead", "SQL"]), MAP.slice(0, 3), "", "exclude")).toBe(
      `STAGE_CONVERSION: open_records: "exclude" needs to know which records are still open, but these records show no status and no lost stage — ${cannot}`,
    );
    expect(err("STAGE_CONVERSION", [[1], [2]], "", "", "all")).toBe(
      'STAGE_CONVERSION: open_records: "all" is not an option — use one of "include", "exclude"',
    );
  });
});

describe("text dates whose day order is ambiguous", () => {
  const rows = [
    ["03/04/2026", "03/14/2026"],
    ["01/02/2026", "01/12/2026"],
  ];

  it("read as the data's other dates show (3/14/2026 is month first), whatever the locale", () => {
    const german = loadZonedBundle("Europe/Berlin", "de_DE");
    expect(german.call("STAGE_DAYS", rows)).toEqual([[10, ""]]);
  });

  it("and, when no date shows it, as the spreadsheet's locale writes dates — read only then", () => {
    const ambiguous = [["03/04/2026", "05/04/2026"]];
    const us = loadZonedBundle("America/New_York", "en_US");
    const uk = loadZonedBundle("Europe/London", "en_GB");
    expect(us.call("STAGE_DAYS", ambiguous)).toEqual([[61, ""]]); // 4 Mar → 4 May
    expect(uk.call("STAGE_DAYS", ambiguous)).toEqual([[2, ""]]); // 3 Apr → 5 Apr
    expect(us.localeReads()).toBe(1);
    const plain = loadZonedBundle("America/New_York", "en_US");
    plain.call("STAGE_DAYS", [["2026-03-04", "15.03.2026"]]);
    plain.call("STAGE_DAYS", rows);
    expect(plain.localeReads()).toBe(0);
  });

  it("a column written both ways is an error naming both", () => {
    expect(
      err("STAGE_DAYS", [
        ["15/03/2026", "03/04/2026"],
        ["3/16/2026", ""],
      ]),
    ).toBe(
      'STAGE_DAYS: stage_dates: mixes two date formats: row 1 has "15/03/2026" (day first) and row 2 "3/16/2026" (month first) — give the column one format, or write dates as 2026-03-15',
    );
  });
});

describe("FUNNEL_SQL with stage maps: the calls docs/crm-data.md shows", () => {
  const SQL = (...args: unknown[]) => bundle.call("FUNNEL_SQL", ...args) as string;
  const HUBSPOT = [
    ["Lead", "Lead"],
    ["SQL", "SQL"],
    ["Appointment Scheduled", "SQL"],
    ["Qualified To Buy", "SQL"],
    ["Opportunity", "Opportunity"],
    ["Contract Sent", "Opportunity"],
    ["Customer", "Customer"],
    ["Closed Won", "Customer"],
    ["Closed Lost", ""],
  ];

  it("a history of three columns (the date is not needed for conversion)", () => {
    const sql = SQL(
      HUBSPOT,
      "crm.opportunity_history",
      [["opportunity_id", "stage_name", "created_date"]],
      "history",
    );
    expect(sql).toContain("WHEN 'qualified to buy' THEN 1");
    expect(sql).toContain("WHEN 'closed lost' THEN NULL");
    expect(sql).toContain("GROUP BY d.record_id");
  });

  it("a matrix as pairs of (column, stage): a lost column is left out", () => {
    const sql = SQL(
      HUBSPOT,
      "crm.deals",
      [
        ["date_entered_appt", "Appointment Scheduled"],
        ["date_entered_qtb", "Qualified To Buy"],
        ["date_entered_closed_lost", "Closed Lost"],
      ],
      "matrix",
    );
    expect(sql).toMatch(/END THEN 1\n[\s\S]*END THEN 1\n/);
    expect(sql).not.toMatch(/cell_2 IS NULL/);
  });

  it.each([
    [
      [
        HUBSPOT,
        "t",
        [
          ["a", "Appointment Scheduled"],
          ["b", "Closed Won"],
        ],
        "history",
      ],
      "FUNNEL_SQL: columns: pairs of (column, stage) are for the matrix layout — give the column names as one row or column",
    ],
    [
      [HUBSPOT, "t", [["a", "b", "c", "d"]], "history"],
      "FUNNEL_SQL: columns: has 4 names but the history layout needs 2 or 3: the record id, the stage and (optionally) the date column",
    ],
    [
      [
        HUBSPOT,
        "t",
        [
          ["a", "Appointment Scheduled"],
          ["b", "Demo"],
        ],
        "matrix",
      ],
      'FUNNEL_SQL: columns: "Demo" names no stage of stage_order — name each date column after its CRM stage as the map has it, or give two columns: the table\'s column and the stage it holds',
    ],
  ])("%j", (args, message) => {
    expect(err("FUNNEL_SQL", ...(args as unknown[]))).toBe(message);
  });
});

describe("a block of two or three columns with stage names: history, status log or matrix", () => {
  const three = [["Lead"], ["MQL"], ["SQL"]];
  it('text for "reached" in a two- or three-column matrix stays a matrix', () => {
    const matrix = [
      ["x", "x", ""],
      ["x", "", "x"],
      ["x", "", ""],
    ];
    expect(SC(matrix, three)).toEqual([[2 / 3, 0.5, ""]]);
    expect(
      SC(
        matrix.map((r) => r.slice(0, 2)),
        [["Lead"], ["MQL"]],
      ),
    ).toEqual([[1 / 3, ""]]);
  });

  it("a history or a log with status whose names are all unknown is read as one, so the names are reported", () => {
    expect(
      err(
        "STAGE_CONVERSION",
        [
          ["A", "Demo", "2026-01-05"],
          ["A", "Won", "2026-01-09"],
        ],
        three,
      ),
    ).toBe(
      'STAGE_CONVERSION: data: 2 names are not in stage_order: "Demo" (row 1), "Won" (row 2) — add them to stage_order, or give a stage map (CRM name, funnel stage), such as Funnel_Map, that names them',
    );
    expect(
      err(
        "STAGE_CONVERSION",
        [
          ["Demo", "open"],
          ["Won", "won"],
        ],
        three,
      ),
    ).toContain('2 names are not in stage_order: "Demo" (row 1), "Won" (row 2)');
  });
});

describe('other_columns "ignore": a whole export as pasted', () => {
  // HubSpot-style titles beside the record's other properties, and empty columns past the export
  // (a paste area wider than the export).
  const EXPORT = [
    [
      "Record ID",
      "Deal Name",
      "Create Date",
      'Date entered "Appointment scheduled (Sales Pipeline)"',
      'Date entered "Contract sent (Sales Pipeline)"',
      'Date entered "Closed won (Sales Pipeline)"',
      'Date entered "Closed lost (Sales Pipeline)"',
      "",
      "",
    ],
    [
      1,
      "Acme",
      "2026-01-02",
      "2026-01-05 09:00",
      "2026-01-15 09:00",
      "2026-02-04 09:00",
      "",
      "",
      "",
    ],
    [2, "Beta", "2026-01-20", "2026-01-20 10:00", "2026-02-09 10:00", "", "2026-02-20", "", ""],
    [3, "Core", "2026-02-03", "2026-02-03 08:00", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
  ];
  const STAGE_COLUMNS = EXPORT.map((row) => row.slice(3, 7));

  it("reads only the columns whose titles name a stage: the same numbers as those columns alone", () => {
    // SQL → Opportunity: 10 and 20 days (median 15); Opportunity → Customer: 20 days.
    expect(SD(EXPORT, "median", MAP, "ignore")).toEqual([["", 15, 20, ""]]);
    expect(SD(EXPORT, "median", MAP, "ignore")).toEqual(SD(STAGE_COLUMNS, "median", MAP));
    expect(CC(EXPORT, "month", "", MAP, "ignore")).toEqual(CC(STAGE_COLUMNS, "month", "", MAP));
    expect(CC(EXPORT, "month", "", MAP, "ignore")).toEqual([
      ["2026-01", 2, 1, 1, 0.5],
      ["2026-02", 1, 1, 0, 0],
    ]);
  });

  it("STAGE_CONVERSION reads the same columns: the rates of those columns alone, open records too", () => {
    // All three reached SQL (Lead has no column: reached below it); 2 reached Opportunity, 1
    // Customer. Core (open at SQL) leaves SQL's rate with "exclude": 2 / (3 − 1); Beta is closed
    // by its Closed lost date, so Opportunity's stays 1 / 2.
    expect(SC(EXPORT, MAP, "", "include", "ignore")).toEqual([[1, 2 / 3, 0.5, ""]]);
    expect(SC(EXPORT, MAP, "", "include", "ignore")).toEqual(SC(STAGE_COLUMNS, MAP));
    expect(SC(EXPORT, MAP, "", "exclude", "ignore")).toEqual([[1, 1, 0.5, ""]]);
    expect(SC(EXPORT, MAP, "", "exclude", "ignore")).toEqual(SC(STAGE_COLUMNS, MAP, "", "exclude"));
    expect(SC(EXPORT, MAP, "strict", "include", "ignore")).toEqual(
      SC(STAGE_COLUMNS, MAP, "strict"),
    );
    expect(err("STAGE_CONVERSION", EXPORT, "", "", "", "ignore")).toBe(
      'STAGE_CONVERSION: other_columns: "ignore" picks the columns by their titles, which needs stage_order — give the stage map, such as Funnel_Map',
    );
    const twice = EXPORT.map((row) => [...row.slice(0, 7), row[3] === undefined ? "" : row[3]]);
    twice[0]![7] = 'Date exited "Appointment scheduled (Sales Pipeline)"';
    expect(err("STAGE_CONVERSION", twice, MAP, "", "", "ignore")).toBe(
      'STAGE_CONVERSION: data: columns 4 and 8 name the same stage — keep one date column per stage (for HubSpot, the "Date entered" columns)',
    );
    // A log or history is read as it is: "ignore" only picks a matrix's columns.
    const log = [["Deal Stage"], ["Appointment scheduled"], ["Closed won"]];
    expect(SC(log, MAP, "", "", "ignore")).toEqual(SC(log, MAP));
  });

  it('the default, "error", still names a column the stage names do not know', () => {
    const exported = EXPORT.map((row) => row.slice(0, 7));
    expect(err("STAGE_DAYS", exported, "median", MAP)).toMatch(
      /^STAGE_DAYS: stage_dates: 3 names are not in stage_order: "Record ID" \(the header of column 1\), "Deal Name" \(the header of column 2\), "Create Date" \(the header of column 3\)/,
    );
    expect(err("STAGE_DAYS", exported, "median", MAP, "error")).toBe(
      err("STAGE_DAYS", exported, "median", MAP),
    );
  });

  it("says what is wrong when it cannot pick the columns", () => {
    expect(err("STAGE_DAYS", EXPORT, "median", "", "ignore")).toBe(
      'STAGE_DAYS: other_columns: "ignore" picks the columns by their titles, which needs stage_order — give the stage map, such as Funnel_Map',
    );
    // Four columns of other properties (three would read as a stage history).
    const untitled = EXPORT.map((row, r) => [...row.slice(0, 3), r === 0 ? "Amount" : 1000 * r]);
    expect(err("COHORT_CONVERSION", untitled, "month", "", MAP, "ignore")).toBe(
      "COHORT_CONVERSION: stage_dates: has no column whose title names a funnel stage — paste the export with its header row, and add the CRM's stage names to the stage table's CRM names (the stage map's first column)",
    );
    const twice = EXPORT.map((row) => [...row.slice(0, 7), row[3] === undefined ? "" : row[3]]);
    twice[0]![7] = 'Date exited "Appointment scheduled (Sales Pipeline)"';
    expect(err("STAGE_DAYS", twice, "median", MAP, "ignore")).toBe(
      'STAGE_DAYS: stage_dates: columns 4 and 8 name the same stage — keep one date column per stage (for HubSpot, the "Date entered" columns)',
    );
    expect(err("STAGE_DAYS", EXPORT, "median", MAP, "some")).toMatch(
      /^STAGE_DAYS: other_columns: "some" is not an option — use one of "error", "ignore"/,
    );
  });

  it("a bad date in a stage column is reported in the export's own column", () => {
    const bad = EXPORT.map((row) => [...row]);
    bad[2]![4] = "soon";
    expect(err("STAGE_DAYS", bad, "median", MAP, "ignore")).toMatch(
      /^STAGE_DAYS: stage_dates: row 3, column 5 is "soon"/,
    );
  });
});
