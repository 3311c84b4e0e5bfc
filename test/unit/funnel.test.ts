import { deriveKey, uniqueKey, validateFunnel, type Funnel } from "../../src/core/funnel";
import { listOrder } from "../../src/core/funnelKey";
import { presets } from "../../src/i18n/presets";
import {
  CORE_LAYOUT,
  fingerprint,
  headerRow,
  parseTable as parseCells,
  tableRows as cellsOf,
} from "../../src/addon/stageTable";
import { stageTableMessages } from "../../src/i18n/stageTable";
import { uiMessages } from "../../src/i18n/ui";
import { at } from "../harness/at";
import { stage } from "../harness/stages";

/** The table of SPEC §4's six columns, in English. */
const tableRows = (f: Funnel) =>
  cellsOf(f, CORE_LAYOUT, headerRow(CORE_LAYOUT, stageTableMessages("en")));
const parseTable = (values: unknown[][], key: string, name: string) =>
  parseCells(values, CORE_LAYOUT, { key, name }, uiMessages("en").validation);

const funnel = (...stages: ReturnType<typeof stage>[]): Funnel => ({
  key: "Funnel",
  name: "Funnel",
  stages,
});
const paths = (f: unknown) => {
  const v = validateFunnel(f);
  return v.ok ? [] : v.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the funnel model", () => {
  it("accepts every preset", () => {
    for (const p of presets("en"))
      expect(
        paths({ key: "K", name: p.name, stages: p.stages, wonStageIndex: p.wonStageIndex }),
      ).toEqual([]);
  });

  it("explains each rule at its field", () => {
    expect(paths(funnel(stage("Lead", 0.3)))).toEqual([
      "stages: A funnel needs at least two stages: where records enter and where they end up.",
    ]);
    expect(
      paths(funnel(stage(" ", 0.5), stage("MQL", 0), stage("mql", 0.2, -1), stage("Won", 0.1, 3))),
    ).toEqual([
      "stages.0.name: Give this stage a name.",
      "stages.1.conversionToNext: 0% is not possible: enter a conversion above 0% and at most 100%.",
      'stages.2.name: Stage 2 is already called "MQL" — each stage needs its own name.',
      "stages.2.daysInStage: Days in stage can't be negative.",
      "stages.3.conversionToNext: The last stage is where the funnel ends: leave its conversion empty.",
      "stages.3.daysInStage: The last stage has no days in stage: leave it empty.",
    ]);
    expect(paths(funnel(stage("Lead", null), stage("Won", null)))[0]).toContain("e.g. 30%");
    expect(
      paths({
        key: "Funnel",
        name: "Funnel",
        stages: [{ ...stage("A", 0.1), name: 3 }, stage("B", null)],
      }),
    ).toEqual(["stages.0.name: The stage name must be text."]);
  });

  it("derives valid, unique named-range keys", () => {
    expect(deriveKey("EMEA")).toBe("EMEA");
    expect(deriveKey("North America")).toBe("North_America");
    expect(deriveKey("2025 plan")).toBe("_2025_plan");
    expect(deriveKey("Région Sud")).toBe("Région_Sud");
    expect(deriveKey("Воронка")).toBe("Воронка");
    expect(deriveKey("Q1")).toBe("Q1_");
    expect(deriveKey("!!!")).toBe("Funnel");
    expect(uniqueKey("EMEA", (k) => ["EMEA", "EMEA_2"].includes(k))).toBe("EMEA_3");
  });
});

describe("the stage table", () => {
  it("round-trips a funnel through its cells", () => {
    const f = { key: "Funnel", name: "Funnel", stages: at(presets("en"), 1).stages };
    const parsed = parseTable(tableRows(f), "Funnel", "Funnel");
    expect(parsed.problems).toEqual([]);
    expect(parsed.funnel).toEqual(f);
  });

  it("reads percent text and stops at the first empty row", () => {
    const rows = tableRows(funnel(stage("Lead", 0.1), stage("Won", null)));
    at(rows, 1)[2] = "25%";
    const parsed = parseTable(
      [...rows, ["", "", "", "", "", ""], ["Notes", "", "", "", "", ""]],
      "F",
      "F",
    );
    expect(parsed.funnel.stages.map((s) => s.conversionToNext)).toEqual([0.25, null]);
  });

  it("keeps stage text as typed (the store marks it as text when it writes)", () => {
    const rows = tableRows(funnel(stage("=1+1", 0.1), stage("2024 cohort", null)));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["=1+1", "2024 cohort"]);
  });

  it("fingerprints values, not identity", () => {
    const rows = tableRows(funnel(stage("Lead", 0.1), stage("Won", null)));
    expect(fingerprint(rows, [], [])).toBe(fingerprint(structuredClone(rows), [], []));
    at(rows, 1)[1] = "SDR";
    expect(fingerprint(rows, [], [])).not.toBe(
      fingerprint(tableRows(funnel(stage("Lead", 0.1), stage("Won", null))), [], []),
    );
  });

  it("fingerprints formulas by their text and the stage IDs", () => {
    const rows = tableRows(funnel(stage("Lead", 0.1), stage("Won", null)));
    const formulas = rows.map((row) => row.map(() => ""));
    formulas[1]![2] = "=Notes!B1/100";
    const computed = structuredClone(rows);
    computed[1]![2] = 0.2; // what the formula shows now: its result does not count
    expect(fingerprint(rows, formulas, ["a", "b"])).toBe(
      fingerprint(computed, formulas, ["a", "b"]),
    );
    expect(fingerprint(rows, formulas, ["a", "b"])).not.toBe(fingerprint(rows, [], ["a", "b"]));
    expect(fingerprint(rows, [], ["a", "b"])).not.toBe(fingerprint(rows, [], ["a", "c"]));
  });
});

describe("the funnel list's order", () => {
  it("puts the default funnel first, then names in one collation whatever the runtime's locale", () => {
    const list = [
      { key: "Zeta", name: "Zeta" },
      { key: "Arende", name: "Ärende" },
      { key: "Funnel", name: "Tratt" },
      { key: "alpha", name: "alpha" },
    ];
    // A Swedish collation would put Ä after Z; the server and the sidebar must agree, so neither
    // uses its own locale.
    expect([...list].sort(listOrder).map((f) => f.name)).toEqual([
      "Tratt",
      "alpha",
      "Ärende",
      "Zeta",
    ]);
  });
});
