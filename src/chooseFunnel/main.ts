/**
 * New plan's choose-funnel dialog (SPEC §6): when more than one funnel could be meant, one button
 * per funnel ("EMEA · 7 stages"); the choice builds the plan and closes the dialog. Funnel names are
 * user text: they arrive as JSON data and become button text through textContent, never HTML.
 */
import { messageOf } from "../core/messageOf";
import { chooseFunnelMessages } from "../i18n/chooseFunnel";
import { button, el } from "../pages/dom";
import { readPageData } from "../pages/pageData";
import { serverClient } from "../pages/server";
import type { ChooseFunnelApi } from "../wire/chooseFunnelApi";
import type { ChooseFunnelData } from "../wire/pages";

const page = readPageData<ChooseFunnelData>();
const t = chooseFunnelMessages(page.language);
const server = serverClient<ChooseFunnelApi>();

const status = el("p", { id: "status", role: "status", "aria-live": "polite" });
const choices = page.funnels.map((f) => {
  const stages = t.funnelStages(f.stageCount);
  return button(
    "",
    { class: "choice", "data-key": f.key, "aria-label": t.choiceLabel(f.name, stages) },
    () => void choose(f.key),
    el("span", { class: "name", text: f.name }),
    el("span", { class: "count", text: stages }),
  );
});
const cancel = button(t.cancel, { id: "cancel" }, () => google.script.host.close());

async function choose(key: string): Promise<void> {
  for (const b of [...choices, cancel]) b.disabled = true;
  status.className = "";
  status.textContent = t.building;
  try {
    await server.newPlanForFunnel(page.command, key);
    google.script.host.close();
  } catch (e) {
    status.className = "error";
    status.textContent = t.couldNotBuild(messageOf(e));
    for (const b of [...choices, cancel]) b.disabled = false;
  }
}

document.body.append(
  el("p", { id: "prompt", text: t.prompt }),
  el("div", { id: "list", role: "group", "aria-labelledby": "prompt" }, ...choices),
  status,
  el("div", { class: "actions" }, cancel),
);
choices[0]?.focus();
