/**
 * New plan's dialog (SPEC §6): the plan's own figures asked once — funnel (when more than one
 * could be meant), revenue target, average deal size, first month and currency — prefilled from the
 * funnel's existing plan, else the example figures (and then it says so). Amounts are read as the
 * user types them in their locale ("2 400 000", "2,400,000"). Funnel and sheet names are user text:
 * they arrive as JSON data and become text through textContent, never HTML.
 */
import { messageOf } from "../core/messageOf";
import { readTypedNumber } from "../core/typedNumber";
import { formatsFor } from "../i18n/format";
import { newPlanMessages } from "../i18n/newPlan";
import { button, el, field, select, showIssues } from "../pages/dom";
import { readPageData } from "../pages/pageData";
import { serverClient } from "../pages/server";
import type { NewPlanApi } from "../wire/newPlanApi";
import type { NewPlanData, PlanInputs } from "../wire/pages";

const page = readPageData<NewPlanData>();
const t = newPlanMessages(page.language);
const formats = formatsFor(page.locale, page.language);
const server = serverClient<NewPlanApi>();

const funnelSelect = select(
  page.funnels.map((f) => ({
    value: f.key,
    label: f.stageCount === undefined ? f.name : `${f.name} · ${t.funnelStages(f.stageCount)}`,
  })),
  page.funnels[0]?.key ?? "",
  { id: "funnel" },
);
const target = el("input", {
  id: "target",
  type: "text",
  inputmode: "decimal",
  autocomplete: "off",
});
const dealSize = el("input", {
  id: "dealSize",
  type: "text",
  inputmode: "decimal",
  autocomplete: "off",
});
const firstMonth = el("input", { id: "firstMonth", type: "month" });
const currency = select(
  [
    ...page.currencies.map((c) => ({ value: c.code, label: `${c.code} (${c.symbol})` })),
    { value: "", label: t.noCurrency },
  ],
  page.currencies[0]?.code ?? "",
  { id: "currency" },
);
const source = el("p", { id: "source", role: "note" });
const status = el("p", { id: "status", role: "status", "aria-live": "polite" });

/** The figures the dialog starts from for the chosen funnel. */
function fill(): void {
  const funnel = page.funnels.find((f) => f.key === funnelSelect.value);
  const inputs = funnel?.inputs ?? page.inputs;
  target.value = formats.number(inputs.target);
  dealSize.value = formats.number(inputs.dealSize);
  firstMonth.value = inputs.firstMonth;
  currency.value = inputs.currency;
  source.textContent = funnel?.from ? t.fromPlan(funnel.from) : t.fromExample;
  source.className = funnel?.from ? "" : "example";
  showIssues(form, new Map());
}

function amount(input: HTMLInputElement): number | undefined {
  const value = readTypedNumber(input.value, formats.decimalSeparator);
  return typeof value === "number" && value > 0 && Number.isFinite(value) ? value : undefined;
}

/** The figures as typed, or undefined after showing what is wrong beside each field. */
function read(): PlanInputs | undefined {
  const issues = new Map<string, string>();
  const targetValue = amount(target);
  const dealValue = amount(dealSize);
  if (targetValue === undefined) issues.set("target", t.amountNeeded(formats.number(2400000)));
  if (dealValue === undefined) issues.set("dealSize", t.amountNeeded(formats.number(24000)));
  if (page.hasMonths && !/^\d{4}-\d{2}$/.test(firstMonth.value))
    issues.set("firstMonth", t.monthNeeded);
  showIssues(form, issues);
  if (targetValue === undefined || dealValue === undefined || issues.size > 0) {
    form.querySelector<HTMLElement>("[aria-invalid]")?.focus();
    return undefined;
  }
  return {
    target: targetValue,
    dealSize: dealValue,
    firstMonth: page.hasMonths ? firstMonth.value : "",
    currency: currency.value,
  };
}

const buildButton = button(t.build, { id: "build", class: "primary" }, () => void build());
const cancel = button(t.cancel, { id: "cancel" }, () => google.script.host.close());

async function build(): Promise<void> {
  const inputs = read();
  if (!inputs) return;
  const controls = [buildButton, cancel, funnelSelect, target, dealSize, firstMonth, currency];
  for (const c of controls) c.disabled = true;
  status.className = "";
  status.textContent = t.building;
  try {
    await server.buildPlan(page.command, funnelSelect.value, inputs);
    google.script.host.close();
  } catch (e) {
    status.className = "error";
    status.textContent = t.couldNotBuild(messageOf(e));
    for (const c of controls) c.disabled = false;
  }
}

const form = el(
  "form",
  { id: "inputs", novalidate: true },
  page.funnels.length > 1 && field(t.funnel, funnelSelect, "funnel"),
  field(t.target, target, "target"),
  field(t.dealSize, dealSize, "dealSize"),
  page.hasMonths && field(t.firstMonth, firstMonth, "firstMonth"),
  field(t.currency, currency, "currency"),
);
form.addEventListener("submit", (e) => {
  e.preventDefault();
  void build();
});
// Another funnel brings its own plan's figures, unless the user has typed figures already.
let typed = false;
for (const control of [target, dealSize, firstMonth, currency])
  control.addEventListener("input", () => (typed = true));
funnelSelect.addEventListener("change", () => {
  if (!typed) fill();
});

document.body.append(
  el("h1", { id: "title", text: page.planTitle }),
  el("p", { id: "intro", text: t.intro }),
  form,
  source,
  status,
  el("div", { class: "actions" }, cancel, buildButton),
);
fill();
target.focus();
target.select();
