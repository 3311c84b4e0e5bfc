/**
 * The preview session keeps working after the sidebar asks for something Sheets refuses: a funnel
 * "funnel" beside "Funnel" used to add a second sheet differing only in case, which the formula
 * engine could not load — every page load answered HTTP 500 until a restart.
 */
import { inboundPreset } from "../../src/i18n/presets/inbound";
import { PreviewSession } from "../../preview/session";

describe("preview session", () => {
  const session = new PreviewSession();

  it('refuses "funnel" beside "Funnel" in words and still renders every sheet', () => {
    const reply = session.runServerFunction("createFunnel", [
      { name: "funnel", stages: inboundPreset("en").stages },
    ]);
    expect(reply).toEqual({
      ok: true,
      value: { ok: false, message: expect.stringMatching(/already exists/) },
    });
    const view = session.view();
    expect(view.sheets.map((s) => s.name)).toContain("Funnel");
    expect(view.sheets.map((s) => s.name)).not.toContain("funnel");
    expect(session.runServerFunction("getFunnels", [])).toMatchObject({ ok: true });
  });

  it("refuses a Date argument as google.script.run does", () => {
    const reply = session.runServerFunction("loadFunnel", [new Date()]);
    expect(reply).toEqual({ ok: false, message: expect.stringMatching(/Date/) });
  });
});
