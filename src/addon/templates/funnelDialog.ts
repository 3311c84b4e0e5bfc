/**
 * The small dialog New plan shows when more than one funnel could be meant (SPEC §6): one button
 * per funnel; the choice calls newPlanForFunnel. Funnel names are user text: they travel as JSON
 * and become button text through textContent, never HTML.
 */
import type { FunnelSummary } from "../../wire/stageApi";
import type { Language } from "../../i18n/languages";
import type { UiMessages } from "../../i18n/ui";
import type { TemplateDef } from "./catalog";

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function funnelDialogHtml(
  template: TemplateDef,
  funnels: FunnelSummary[],
  text: UiMessages["plans"],
  language: Language,
): string {
  const data = scriptJson({
    command: template.command,
    building: text.buildingPlan,
    funnels: funnels.map((f) => ({
      key: f.key,
      label: `${f.name} (${text.funnelStages(String(f.stageCount))})`,
    })),
  });
  return `<!DOCTYPE html><html lang="${language}"><head><base target="_top"><style>
body{font:14px Roboto,Arial,sans-serif;margin:12px}button{display:block;width:100%;margin:6px 0;padding:8px;text-align:left;font:inherit;cursor:pointer}
#status{color:#5f6368}</style></head><body>
<p id="prompt"></p><div id="list"></div><p id="status" role="status"></p>
<script>
var data = ${data};
var list = document.getElementById("list");
document.getElementById("prompt").textContent = ${scriptJson(text.chooseFunnelPrompt)};
data.funnels.forEach(function (f) {
  var b = document.createElement("button");
  b.type = "button";
  b.textContent = f.label;
  b.addEventListener("click", function () {
    document.getElementById("status").textContent = data.building;
    google.script.run
      .withSuccessHandler(function () { google.script.host.close(); })
      .withFailureHandler(function (e) { document.getElementById("status").textContent = String(e && e.message || e); })
      .newPlanForFunnel(data.command, f.key);
  });
  list.appendChild(b);
});
</script></body></html>`;
}
