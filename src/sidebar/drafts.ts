/**
 * What the editor holds while a user types: stages as text fields (rates in percent). Converting to
 * a Funnel is where typed text becomes numbers; the shared schema then checks the rules.
 */
import { ambiguityText, isAmbiguous, isBlank, parseNumberText } from "../core/cellValue";
import {
  validateFunnel,
  issueKey,
  type Funnel,
  type RuleMessages,
  type Stage,
} from "../core/funnel";
import { en as englishUi } from "../i18n/ui/en";

export interface StageDraft {
  name: string;
  owner: string;
  /** Percent as typed: "30", "12.5%". */
  rate: string;
  days: string;
  entryCriteria: string;
  exitCriteria: string;
  /** Marked as the won stage (only when it is not the last: the last is won by default). */
  won: boolean;
}

export function toDraft(stage: Stage, won = false): StageDraft {
  const rate = stage.conversionToNext;
  return {
    name: stage.name,
    owner: stage.owner,
    rate: rate === null ? "" : String(Math.round(rate * 1e8) / 1e6),
    days: stage.daysInStage === null ? "" : String(stage.daysInStage),
    entryCriteria: stage.entryCriteria,
    exitCriteria: stage.exitCriteria,
    won,
  };
}

/** A funnel's stages as drafts, its won stage marked. */
export function toDrafts(funnel: { stages: Stage[]; wonStageIndex?: number }): StageDraft[] {
  return funnel.stages.map((s, i) => toDraft(s, i === funnel.wonStageIndex));
}

export function emptyDraft(): StageDraft {
  return {
    name: "",
    owner: "",
    rate: "",
    days: "",
    entryCriteria: "",
    exitCriteria: "",
    won: false,
  };
}

/**
 * Typed text as a number by the shared parser (SPEC §2.3): null when empty; undefined when not a
 * number; an ambiguous "1,000" comes back as the words that explain it. Rates are typed in
 * percent points ("30" and "30%" are both 30 %).
 */
function parse(text: string, percent: boolean): number | null | undefined | string {
  if (isBlank(text)) return null;
  if (!percent && text.trimEnd().endsWith("%")) return undefined;
  const read = parseNumberText(text, { percentPoints: percent });
  if (read !== undefined && isAmbiguous(read)) return `"${text.trim()}" ${ambiguityText(read)}.`;
  return read;
}

/** A rate as typed in a percent field, as a fraction: "0.3" is 0.3 % (0.003); "" is null. */
export function parsePercent(text: string): number | null | undefined {
  const read = parse(text, true);
  return typeof read === "string" ? undefined : read;
}

/** What a percent field understood, shown beside it before saving: "0.3 %", "12.5 %". */
export function describePercent(text: string): string {
  const fraction = parsePercent(text);
  if (fraction === null || fraction === undefined) return "";
  return `${Number((fraction * 100).toPrecision(12))} %`;
}

/** The funnel the drafts describe, and every problem keyed "stages.2.name" → message. */
export function checkDrafts(
  key: string,
  name: string,
  drafts: StageDraft[],
  messages: RuleMessages = englishUi().validation,
): { funnel: Funnel; issues: Map<string, string> } {
  const issues = new Map<string, string>();
  const stages: Stage[] = drafts.map((d, i) => {
    const rate = parse(d.rate, true);
    const days = parse(d.days, false);
    if (typeof rate === "string") issues.set(`stages.${i}.conversionToNext`, rate);
    else if (rate === undefined)
      issues.set(`stages.${i}.conversionToNext`, messages.notAPercentTyped(d.rate));
    if (typeof days === "string") issues.set(`stages.${i}.daysInStage`, days);
    else if (days === undefined) issues.set(`stages.${i}.daysInStage`, messages.notDays(d.days));
    return {
      name: d.name.trim(),
      owner: d.owner.trim(),
      conversionToNext: typeof rate === "number" ? rate : null,
      daysInStage: typeof days === "number" ? days : null,
      entryCriteria: d.entryCriteria.trim(),
      exitCriteria: d.exitCriteria.trim(),
    };
  });
  const funnel: Funnel = { key, name, stages };
  const won = drafts.findIndex((d) => d.won);
  if (won >= 0 && won < drafts.length - 1) funnel.wonStageIndex = won;
  const result = validateFunnel(funnel, messages);
  if (!result.ok)
    for (const issue of result.issues) {
      const k = issueKey(issue.path);
      if (!issues.has(k)) issues.set(k, issue.message);
    }
  return { funnel, issues };
}
