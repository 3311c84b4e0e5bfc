/**
 * New plan asks once (SPEC §6): a dialog with the plan's own figures — revenue target, average
 * deal size, first month and currency — prefilled from the funnel's existing plan (the one in view,
 * else its latest), else the example figures in the spreadsheet's currency (SPEC §11). The plans
 * built use what the team confirms; the dialog is the built page dist/newPlan.html (src/newPlan/).
 */
import { ZoneClock } from "../../core/localDates";
import { menuMessages } from "../../i18n/menu";
import { uiMessages } from "../../i18n/ui";
import type { NewPlanData, NewPlanFunnel, PlanInputs } from "../../wire/pages";
import type { FunnelSummary } from "../../wire/stageApi";
import { pageBasics, servePage } from "../pages";
import { currentTemplateOf, type PlanFigures, type TemplateDef } from "./catalog";
import {
  CURRENCY_CHOICES,
  currencyCodeOfFormat,
  currencyCodeOfLocale,
  moneyFormatForCurrency,
} from "./currency";
import { DEAL_SIZE, YEAR_TARGET } from "./examplePlan";
import { locate } from "./planRead";
import { parseRecord, planRecords, type PlanRecord } from "./planRecord";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type TemplateCommand = keyof ReturnType<typeof menuMessages>["items"];

/** "2027-01" for the month of a runtime-local Date. */
export function monthText(month: Date): string {
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}`;
}

/** The first of the month "2027-01" names, as a runtime-local Date; undefined if it is none. */
export function monthOf(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return new Date(Number(m[1]), month - 1, 1);
}

/**
 * The figures a plan was built with, read from its inputs block (found by its markers, SPEC §9):
 * target and deal size, its first month (a date cell, midnight in the spreadsheet's zone) and the
 * currency of its target's format. Undefined when the sheet does not hold them. One read of
 * values and one of number formats, over the same range (SPEC §8).
 */
function figuresOn(
  sheet: Sheet,
  template: TemplateDef,
  here: DialogContext,
): PlanInputs | undefined {
  if (!template.planInputs) return undefined;
  const range = sheet.getDataRange();
  const values: unknown[][] = range.getValues();
  const located = locate(template.layout(), {
    values,
    formulas: [],
    formats: [],
    backgrounds: [],
    notes: [],
  });
  if (!located.ok) return undefined;
  const inputs = located.layout.anchors.inputs;
  if (!inputs) return undefined;
  const at = (r: number): unknown => values[inputs.row + r - 1]?.[inputs.col];
  const target = at(0);
  const dealSize = at(1);
  if (typeof target !== "number" || typeof dealSize !== "number") return undefined;
  if (!(target > 0) || !(dealSize > 0)) return undefined;
  let firstMonth = "";
  const first = at(3);
  // A Date from another script realm is still a Date: test its tag, not its prototype.
  if (template.planInputs.firstMonth && Object.prototype.toString.call(first) === "[object Date]") {
    const wall = new Date(here.clock.wallMs((first as Date).getTime()));
    firstMonth = `${wall.getUTCFullYear()}-${String(wall.getUTCMonth() + 1).padStart(2, "0")}`;
  }
  const format = range.getNumberFormats()[inputs.row - 1]?.[inputs.col] ?? "";
  return { target, dealSize, firstMonth, currency: currencyCodeOfFormat(format, here.locale) };
}

/** A plan whose figures the dialog can offer: of the current layout, by a template that has them. */
function offersFigures(record: PlanRecord | undefined): TemplateDef | undefined {
  const template = record && currentTemplateOf(record);
  return template?.planInputs ? template : undefined;
}

/**
 * Each funnel's figures from its existing plan: the sheet in view when it is one of its plans,
 * else its plan listed last. The sheet in view needs no search; the others are found with one
 * metadata query for the whole spreadsheet, and only the plan chosen for a funnel is located
 * and read (SPEC §8).
 */
function existingFigures(
  spreadsheet: Spreadsheet,
  keys: readonly string[],
  here: DialogContext,
): Map<string, { inputs: PlanInputs; from: string }> {
  const chosen = new Map<string, { sheet: () => Sheet | null; template: TemplateDef }>();
  const { active, record } = here;
  const viewTemplate = offersFigures(record);
  if (active && record && viewTemplate && keys.includes(record.funnel))
    chosen.set(record.funnel, { sheet: () => active, template: viewTemplate });
  if (keys.some((key) => !chosen.has(key))) {
    const last = new Map<string, { metadata: Metadata; template: TemplateDef }>();
    for (const metadata of planRecords(spreadsheet)) {
      const record = parseRecord(metadata.getValue());
      const template = offersFigures(record);
      if (!record || !template || !keys.includes(record.funnel) || chosen.has(record.funnel))
        continue;
      last.set(record.funnel, { metadata, template });
    }
    for (const [key, { metadata, template }] of last)
      chosen.set(key, { sheet: () => metadata.getLocation().getSheet(), template });
  }
  const out = new Map<string, { inputs: PlanInputs; from: string }>();
  for (const [key, { sheet, template }] of chosen) {
    const plan = sheet();
    const inputs = plan ? figuresOn(plan, template, here) : undefined;
    if (plan && inputs) out.set(key, { inputs, from: plan.getName() });
  }
  return out;
}

/**
 * What the command has read already — the spreadsheet's locale, the sheet in view and its plan
 * record (undefined when it is no plan, or was not read: a funnel's sheet) — and the spreadsheet's
 * clock, whose zone is asked for once, when a date needs it.
 */
export interface DialogContext {
  locale: string;
  active: Sheet | null;
  record?: PlanRecord;
  clock: ZoneClock;
}

/**
 * A funnel the dialog offers. Its stage count labels it in the funnel list, shown only when more
 * than one is offered: the funnel in view alone goes without (counting its stages costs calls).
 */
export type OfferedFunnel = Omit<FunnelSummary, "stageCount"> & { stageCount?: number };

/** The dialog for `template`, on `funnels` (the one in view or the default first). */
export function showNewPlanDialog(
  spreadsheet: Spreadsheet,
  template: TemplateDef,
  funnels: readonly OfferedFunnel[],
  today: () => Date,
  here: DialogContext,
): void {
  const basics = pageBasics();
  const { locale } = here;
  const own = currencyCodeOfLocale(locale);
  const offset = template.planInputs?.firstMonthOffset ?? 0;
  // Today is read only for a plan with months (the spreadsheet's zone costs a call).
  const monthFromToday = () => {
    const day = today();
    return monthText(new Date(day.getFullYear(), day.getMonth() + offset, 1));
  };
  const example: PlanInputs = {
    target: YEAR_TARGET,
    dealSize: DEAL_SIZE,
    firstMonth: template.planInputs?.firstMonth ? monthFromToday() : "",
    currency: own,
  };
  const found = existingFigures(
    spreadsheet,
    funnels.map((f) => f.key),
    here,
  );
  const planFunnels: NewPlanFunnel[] = funnels.map((f) => {
    const existing = found.get(f.key);
    return {
      key: f.key,
      name: f.name,
      ...(f.stageCount === undefined ? {} : { stageCount: f.stageCount }),
      inputs: existing
        ? {
            ...existing.inputs,
            // A template with months starts where the team's plan does, or at its own default.
            firstMonth: template.planInputs?.firstMonth
              ? existing.inputs.firstMonth || example.firstMonth
              : "",
          }
        : example,
      from: existing?.from ?? null,
    };
  });
  const codes = Object.keys(CURRENCY_CHOICES);
  const ordered = own ? [own, ...codes.filter((c) => c !== own)] : codes;
  const label = menuMessages(basics.language).items[template.command as TemplateCommand];
  const data: NewPlanData = {
    ...basics,
    command: template.command,
    planTitle: label,
    funnels: planFunnels,
    hasMonths: template.planInputs?.firstMonth === true,
    currencies: ordered.map((code) => ({ code, symbol: CURRENCY_CHOICES[code]?.[0] ?? code })),
    inputs: example,
  };
  const rows = (funnels.length > 1 ? 1 : 0) + (data.hasMonths ? 4 : 3);
  const html = servePage("newPlan", data)
    .setWidth(380)
    .setHeight(190 + 62 * rows);
  SpreadsheetApp.getUi().showModalDialog(html, uiMessages(basics.language).plans.newPlanFor(label));
}

/**
 * What the team confirmed, as templates take it; undefined (with the field) when it is not usable
 * — the page checks the same, so this guards only against a call from elsewhere.
 */
export function figuresFrom(
  inputs: PlanInputs,
  template: TemplateDef,
  locale: string,
): { figures: PlanFigures; money: string } | { bad: "target" | "dealSize" | "firstMonth" } {
  const amount = (v: unknown) =>
    typeof v === "number" && Number.isFinite(v) && v > 0 ? v : undefined;
  const target = amount(inputs?.target);
  const dealSize = amount(inputs?.dealSize);
  if (target === undefined) return { bad: "target" };
  if (dealSize === undefined) return { bad: "dealSize" };
  const firstMonth = template.planInputs?.firstMonth
    ? monthOf(String(inputs.firstMonth))
    : undefined;
  if (template.planInputs?.firstMonth && !firstMonth) return { bad: "firstMonth" };
  const currency = typeof inputs.currency === "string" ? inputs.currency : "";
  return {
    figures: { target, dealSize, firstMonth },
    money: moneyFormatForCurrency(currency, locale),
  };
}
