/**
 * New plan's choose-funnel dialog (SPEC §6), opened when more than one funnel could be meant and
 * none is in view: the built page dist/chooseFunnel.html (src/chooseFunnel/) with the template and
 * the funnels handed in as data. The choice comes back through newPlanForFunnel.
 */
import { menuMessages } from "../../i18n/menu";
import { uiMessages } from "../../i18n/ui";
import type { ChooseFunnelData } from "../../wire/pages";
import type { FunnelSummary } from "../../wire/stageApi";
import { pageBasics, servePage } from "../pages";
import type { TemplateDef } from "./catalog";

type TemplateCommand = keyof ReturnType<typeof menuMessages>["items"];

export function showFunnelDialog(template: TemplateDef, funnels: FunnelSummary[]): void {
  const basics = pageBasics();
  const data: ChooseFunnelData = { ...basics, command: template.command, funnels };
  const html = servePage("chooseFunnel", data)
    .setWidth(360)
    .setHeight(150 + 44 * funnels.length);
  const label = menuMessages(basics.language).items[template.command as TemplateCommand];
  SpreadsheetApp.getUi().showModalDialog(
    html,
    uiMessages(basics.language).plans.chooseFunnelFor(label),
  );
}
