/**
 * The language packs' format (src/i18n/packs): a function message becomes a "{0}" template only
 * when it is plain substitution — anything else fails the build, naming the key — and a pack is
 * read back against the English messages, keeping English where the pack is damaged.
 */
import { pluralRu } from "../../src/i18n/plural";
import { rehydrate } from "../../src/i18n/packs/rehydrate";
import { serializeMessages, toTemplate } from "../../src/i18n/packs/serialize";
import { substitute } from "../../src/i18n/packs/template";

describe("toTemplate", () => {
  it("turns a substituting message into its template", () => {
    expect(toTemplate((a: unknown, b: unknown) => `Tratten ”${a}” · ${b}`, "k")).toBe(
      "Tratten ”{0}” · {1}",
    );
  });

  it("refuses a message with plural forms, naming its key", () => {
    const plural = (n: unknown) =>
      `${n} ${pluralRu(Number(n), { one: "этап", few: "этапа", many: "этапов" })}`;
    expect(() => toTemplate(plural, "ru.ui.plans.stages")).toThrow(
      /^ru\.ui\.plans\.stages: not a plain substitution/,
    );
  });

  it("refuses a message that computes with its value", () => {
    expect(() => toTemplate((n: unknown) => `Q${Number(n) + 1}`, "sv.sheet.q")).toThrow(
      /sv\.sheet\.q/,
    );
  });

  it("refuses a message that drops an argument's text", () => {
    expect(() => toTemplate((s: unknown) => `(${String(s).slice(0, 3)})`, "pl.x")).toThrow(/pl\.x/);
  });

  it("names the key of a value that is neither text nor function", () => {
    expect(() => serializeMessages({ a: { b: 3 } }, "zh-CN")).toThrow(/^zh-CN\.a\.b:/);
  });
});

describe("substitute", () => {
  it("inserts values in one pass: a value holding {1} or $& is inserted as it is", () => {
    expect(substitute("{0} and {1}", ["{1}", "$&"])).toBe("{1} and $&");
  });
});

describe("rehydrate", () => {
  const english = { a: "A", f: (x: string) => `F ${x}`, g: { h: "H" } };

  it("gives functions back from templates", () => {
    const { messages, fallbacks } = rehydrate(english, { a: "Å", f: "Ф {0}!", g: { h: "Х" } });
    expect(messages.a).toBe("Å");
    expect(messages.f("x")).toBe("Ф x!");
    expect(messages.g.h).toBe("Х");
    expect(fallbacks).toBe(0);
  });

  it("keeps English for missing or mistyped keys, and counts them", () => {
    const { messages, fallbacks } = rehydrate(english, { a: 3, g: "oops" });
    expect(messages.a).toBe("A");
    expect(messages.f("x")).toBe("F x");
    expect(messages.g.h).toBe("H");
    expect(fallbacks).toBe(3);
  });
});
