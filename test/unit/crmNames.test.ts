/**
 * The shared rules for CRM names (SPEC §4), run by the sidebar and the server alike: a CRM name
 * points to one stage (its own stage's name may repeat), a name that ends a record is no stage's;
 * matching ignores case and surrounding white space, as stage names do. Both fields are optional.
 */
import { validateFunnel, type Funnel, type Stage } from "../../src/core/funnel";
import { uiMessages } from "../../src/i18n/ui";

const stage = (name: string, rate: number | null, crmNames?: string[]): Stage => ({
  name,
  owner: "",
  conversionToNext: rate,
  daysInStage: null,
  entryCriteria: "",
  exitCriteria: "",
  ...(crmNames ? { crmNames } : {}),
});

function funnel(crm: (string[] | undefined)[], endNames?: string[]): Funnel {
  const f: Funnel = {
    key: "F",
    name: "F",
    stages: [stage("Lead", 0.3, crm[0]), stage("MQL", 0.5, crm[1]), stage("Won", null, crm[2])],
  };
  if (endNames) f.endNames = endNames;
  return f;
}

const issues = (f: Funnel) => {
  const v = validateFunnel(f);
  return v.ok ? [] : v.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("CRM names", () => {
  it("are optional, and kept as given when valid", () => {
    expect(issues(funnel([]))).toEqual([]);
    const f = funnel([["Website visit", "lead"], ["Marketing qualified"], []], ["Closed Lost"]);
    const v = validateFunnel(f);
    expect(v.ok && v.funnel.stages[0]?.crmNames).toEqual(["Website visit", "lead"]);
    expect(v.ok && v.funnel.endNames).toEqual(["Closed Lost"]);
  });

  it("point to one stage only: another stage's name or CRM name is refused where it is typed", () => {
    expect(issues(funnel([["Demo", " MQL "]]))).toEqual([
      'stages.0.crmNames: "MQL" already belongs to stage 2 (MQL): a CRM name can point to one stage only.',
    ]);
    expect(issues(funnel([["Demo"], ["demo"]]))).toEqual([
      'stages.1.crmNames: "demo" already belongs to stage 1 (Lead): a CRM name can point to one stage only.',
    ]);
  });

  it("end names are no stage's name nor CRM name", () => {
    expect(issues(funnel([["Demo"]], ["Lost", "WON", "demo "]))).toEqual([
      'endNames.1: "WON" is a name of stage 3 (Won): a name that ends a record can\'t be a stage too.',
      'endNames.2: "demo" is a name of stage 1 (Lead): a name that ends a record can\'t be a stage too.',
    ]);
  });

  it("speak the reader's language", () => {
    const v = validateFunnel(funnel([["MQL"]]), uiMessages("sv").validation);
    expect(v.ok ? [] : v.issues.map((i) => i.message)).toEqual([
      "”MQL” hör redan till steg 2 (MQL): ett CRM-namn kan bara peka på ett steg.",
    ]);
  });

  it("must be lists of text when given (the server's check of what the browser sent)", () => {
    const bad = { ...funnel([]), endNames: "Closed Lost" };
    expect(validateFunnel(bad).ok).toBe(false);
  });
});
