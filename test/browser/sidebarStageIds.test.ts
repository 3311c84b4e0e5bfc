/**
 * Stage IDs through the real sidebar (SPEC §9: inputs belong to stages, not rows). The page gets
 * each stage's ID with the funnel and sends it back with the save, so a stage renamed, moved or
 * joined by a new one keeps its ID — the key plans file typed inputs under. And the CRM-name fields
 * the store offers are sent even when emptied, so clearing them clears the table and `<key>_Map`.
 */
import type { Page } from "playwright-core";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { Stage } from "../../src/core/funnel";
import { inboundPreset } from "../../src/i18n/presets/inbound";
import type { CreateResult, LoadedFunnel, SaveRequest } from "../../src/wire/stageApi";
import { addonFor, useBrowser, openServedPage, type PageSession } from "../harness/sidebarPage";

jest.setTimeout(30_000);

const browser = useBrowser();

const sessions: PageSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    expect(s.pageErrors).toEqual([]);
    await s.page.close();
  }
});

/** A funnel made by the store (its IDs in the table), open in the sidebar; saves are recorded. */
async function open(): Promise<PageSession & { saved: SaveRequest[] }> {
  const book = new FakeWorkbook({ Notes: [] });
  const addon = addonFor(book);
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Funnel",
    stages: inboundPreset("en").stages,
  });
  if (!created.ok) throw new Error(created.message);
  book.getSheetByName("Funnel")!.activate();
  addon.bundle.call("showStageEditor");
  const saved: SaveRequest[] = [];
  const session = await openServedPage(
    browser(),
    addon,
    book.ui.sidebars.at(-1)!.getContent(),
    undefined,
    (name, args, next) => {
      if (name === "saveFunnel") saved.push(args[0] as SaveRequest);
      return next();
    },
  );
  sessions.push(session);
  await session.page.locator("details.stage").first().waitFor();
  return { ...session, saved };
}

const card = (page: Page, index: number) => page.locator(`details.stage[data-index="${index}"]`);

async function openCard(page: Page, index: number) {
  const c = card(page, index);
  if (!(await c.evaluate((d) => (d as HTMLDetailsElement).open)))
    await c.locator("summary").click();
  return c;
}

async function save(page: Page) {
  await page.locator("#save").click();
  await page.locator("#status.ok, #status.error").waitFor();
  expect(await page.locator("#status").getAttribute("class")).toContain("ok");
}

function stagesNow(s: PageSession): Stage[] {
  return s.addon.run<LoadedFunnel>("loadFunnel", "Funnel").funnel.stages;
}

describe("stage IDs through the stage editor", () => {
  it("a stage renamed, moved and joined by a new one keeps its ID", async () => {
    const s = await open();
    const { page } = s;
    const before = stagesNow(s);
    const idOf = (name: string) => before.find((st) => st.name === name)?.id;
    expect(before.map((st) => st.id).every((id) => typeof id === "string")).toBe(true);

    // Rename MQL (no name left to match it by), move SQL above it, add a stage.
    const mql = await openCard(page, 2);
    await mql.getByLabel("Stage name").fill("Marketing qualified");
    const sql = await openCard(page, 3);
    await sql.getByRole("button", { name: "Move SQL up" }).click();
    await page.locator("#add-stage").click();
    const added = card(page, before.length - 1);
    await added.getByLabel("Stage name").fill("Opportunity");
    await added.getByLabel("Conversion to next (%)").fill("40");
    await added.getByLabel("Days in stage").fill("20");
    await save(page);

    // The page sent the IDs it was given, and none for the new stage.
    const sent = s.saved[0]!.funnel.stages;
    expect(sent.find((st) => st.name === "Marketing qualified")?.id).toBe(idOf("MQL"));
    expect(sent.find((st) => st.name === "Opportunity")?.id).toBeUndefined();

    const after = stagesNow(s);
    const names = before.map((st) => st.name);
    expect(after.map((st) => st.name)).toEqual([
      names[0],
      names[1],
      "SQL",
      "Marketing qualified",
      ...names.slice(4, -1),
      "Opportunity",
      names.at(-1),
    ]);
    const idAfter = (name: string) => after.find((st) => st.name === name)?.id;
    expect(idAfter("Marketing qualified")).toBe(idOf("MQL"));
    expect(idAfter("SQL")).toBe(idOf("SQL"));
    for (const name of names.filter((n) => n !== "MQL")) expect(idAfter(name)).toBe(idOf(name));
    const fresh = idAfter("Opportunity");
    expect(fresh).toEqual(expect.any(String));
    expect(before.map((st) => st.id)).not.toContain(fresh);
  });

  it("clearing a stage's CRM names and the end names clears the table and the map", async () => {
    const s = await open();
    const { page } = s;
    const mql = await openCard(page, 2);
    await mql.getByLabel("CRM names").fill("Marketing qualified lead");
    await page.getByLabel("Names that end a record").fill("Closed Lost");
    await save(page);
    const map = () => s.addon.book.getRangeByName("Funnel_Map")!.getValues();
    expect(map()).toContainEqual(["Marketing qualified lead", "MQL"]);
    expect(map()).toContainEqual(["Closed Lost", ""]);

    await (await openCard(page, 2)).getByLabel("CRM names").fill("");
    await page.getByLabel("Names that end a record").fill("");
    await save(page);
    const after = s.addon.run<LoadedFunnel>("loadFunnel", "Funnel").funnel;
    expect(after.stages.flatMap((st) => st.crmNames ?? [])).toEqual([]);
    expect(after.endNames).toEqual([]);
    // The map the functions read keeps only each stage's own name (stage, stage).
    expect(map().flat()).not.toContain("Marketing qualified lead");
    expect(map().flat()).not.toContain("Closed Lost");
    expect(map().every(([crm, stage]) => crm === stage)).toBe(true);
  });
});
