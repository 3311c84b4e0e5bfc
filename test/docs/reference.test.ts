import { CATALOG } from "../../src/functions/catalog";
import { REFERENCE } from "../../src/functions/reference";
import { at } from "../harness/at";

describe("the function reference (declarations and their docs)", () => {
  it("lists every catalog function once, in catalog order", () => {
    expect(REFERENCE.map((r) => r.spec)).toEqual([...CATALOG]);
  });

  it.each(REFERENCE.map((r) => [r.spec.name, r] as const))(
    "%s's docs cover exactly its parameters, with a default for each optional one",
    (_name, { spec, docs }) => {
      expect(Object.keys(docs.params).sort()).toEqual(spec.params.map((p) => p.name).sort());
      for (const p of spec.params) {
        const doc = at(docs.params, p.name);
        expect(doc.description.trim()).not.toBe("");
        expect(doc.example.trim()).not.toBe("");
        if (p.optional) expect(doc.default?.trim()).toBeTruthy();
        else expect(doc.default).toBeUndefined();
      }
      expect(docs.returns.trim()).not.toBe("");
      expect(docs.examples.length).toBeGreaterThan(0);
      for (const e of docs.examples) expect(e.formula.startsWith(`=${spec.name}(`)).toBe(true);
      expect(docs.errors.length).toBeGreaterThan(0);
      for (const m of docs.errors) expect(m.startsWith(`${spec.name}: `)).toBe(true);
    },
  );
});
