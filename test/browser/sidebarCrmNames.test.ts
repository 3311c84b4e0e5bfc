/**
 * CRM names in the stage editor (SPEC §4): several names per stage as the CRM writes them, and the
 * names that end a record (lost, disqualified, churned). The sidebar offers these fields only when
 * the loaded funnel carries them (the store's sign that it keeps them, src/wire/stageApi.ts; ours
 * always does), sends them with the save, and checks them by the shared rules first. The test
 * records each save request and answers with the funnel as sent.
 */
import { HAND_TYPED_FUNNEL } from "../../fakes/addon";
import { FakeWorkbook } from "../../fakes/spreadsheet";
import type { Funnel } from "../../src/core/funnel";
import { pageDataElement, type StageEditorData } from "../../src/wire/pages";
import type { SaveRequest, SaveResult } from "../../src/wire/stageApi";
import { servedPageData } from "../../fakes/pageData";
import {
  addonFor,
  useBrowser,
  openServedPage,
  openSidebar,
  type PageSession,
} from "../harness/sidebarPage";

jest.setTimeout(30_000);

const browser = useBrowser();

const sessions: PageSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    expect(s.pageErrors).toEqual([]);
    await s.page.close();
  }
});

/** The funnel as a store keeping CRM names sends it: every stage's names and the end names. */
function withCrmNames(funnel: Funnel, kept: Funnel | undefined): Funnel {
  return {
    ...funnel,
    stages: funnel.stages.map((s, i) => ({ ...s, crmNames: kept?.stages[i]?.crmNames ?? [] })),
    endNames: kept?.endNames ?? [],
  };
}

async function open() {
  const book = new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL });
  const addon = addonFor(book);
  addon.bundle.call("showStageEditor");
  const served = book.ui.sidebars.at(-1)!.getContent();
  const data = servedPageData<StageEditorData>(served);
  data.loaded!.funnel = withCrmNames(data.loaded!.funnel, undefined);
  const html = served.replace(
    /<script type="application\/json"[\s\S]*?<\/script>/,
    pageDataElement(data),
  );
  const saved: SaveRequest[] = [];
  const session = await openServedPage(browser(), addon, html, undefined, (name, args, next) => {
    const reply = next();
    if (name !== "saveFunnel") return reply;
    const request = args[0] as SaveRequest;
    saved.push(request);
    const result = reply as SaveResult;
    if (result.ok) result.loaded.funnel = withCrmNames(result.loaded.funnel, request.funnel);
    return result;
  });
  sessions.push(session);
  await session.page.locator("details.stage").first().waitFor();
  return { ...session, saved };
}

describe("CRM names in the sidebar", () => {
  it("are sent with the save, one name per line, and shown again from the reply", async () => {
    const s = await open();
    const { page } = s;
    const mql = page.locator('details.stage[data-index="1"]');
    await mql.locator("summary").click();
    await mql.getByLabel("CRM names").fill("Marketing qualified lead\n\n  MQL - inbound  \n");
    await page.getByLabel("Names that end a record").fill("Closed Lost\nDisqualified");
    await page.locator("#save").click();
    await page.locator("#status.ok").waitFor();
    expect(s.saved).toHaveLength(1);
    expect(s.saved[0]!.funnel.stages[1]!.crmNames).toEqual([
      "Marketing qualified lead",
      "MQL - inbound",
    ]);
    // A field left empty is sent empty: clearing a stage's names clears them in the table.
    expect(s.saved[0]!.funnel.stages[0]!.crmNames).toEqual([]);
    expect(s.saved[0]!.funnel.endNames).toEqual(["Closed Lost", "Disqualified"]);
    // The reply's funnel is shown: the names are there after the save, the card still open.
    expect(await mql.getByLabel("CRM names").inputValue()).toBe(
      "Marketing qualified lead\nMQL - inbound",
    );
    expect(await page.getByLabel("Names that end a record").inputValue()).toBe(
      "Closed Lost\nDisqualified",
    );
  });

  it("refuses a CRM name that is another stage's, and an end name that is a stage's", async () => {
    const s = await open();
    const { page } = s;
    const lead = page.locator('details.stage[data-index="0"]');
    await lead.locator("summary").click();
    await lead.getByLabel("CRM names").fill("Website visit\n mql ");
    expect(await lead.locator('[data-issue="stages.0.crmNames"]').textContent()).toBe(
      '"mql" already belongs to stage 2 (MQL): a CRM name can point to one stage only.',
    );
    await lead.getByLabel("CRM names").fill("Website visit");
    await page.getByLabel("Names that end a record").fill("Closed lost\nCUSTOMER");
    expect(await page.locator('[data-issue="endNames"]').textContent()).toBe(
      '"CUSTOMER" is a name of stage 4 (Customer): a name that ends a record can\'t be a stage too.',
    );
    await page.locator("#save").click();
    expect(await page.locator("#status").textContent()).toBe(
      "Not saved: fix the highlighted field first.",
    );
    expect(s.saved).toEqual([]);
  });

  it("are offered by the store for a table that has no CRM names column yet", async () => {
    const s = await openSidebar(browser(), new FakeWorkbook({ Funnel: HAND_TYPED_FUNNEL }));
    sessions.push(s);
    const first = s.page.locator('details.stage[data-index="0"]');
    await first.locator("summary").click();
    expect(await first.getByLabel("CRM names").isVisible()).toBe(true);
    expect(await s.page.getByLabel("Names that end a record").isVisible()).toBe(true);
  });
});
