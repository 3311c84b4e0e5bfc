/**
 * What the editor holds while a user types: stages as text fields. Converting to a Funnel is where
 * typed text becomes numbers, in the user's locale (rates by the one rate convention, SPEC §5);
 * the shared schema then checks the rules. Pure: no DOM, so it is unit-tested in Node.
 */
import {
  validateFunnel,
  issueKey,
  type Funnel,
  type RuleMessages,
  type Stage,
} from "../core/funnel";
import {
  readTypedNumber,
  readTypedRate,
  type DecimalSeparator,
  type Typed,
} from "../core/typedNumber";

export interface StageDraft {
  /**
   * The stage's ID as loaded (SPEC §9): sent back with the save so the stage keeps it — and what
   * plans hold beside it — through renames, moves and inserts. Absent for a new stage.
   */
  id?: string;
  name: string;
  owner: string;
  /** The rate as typed or shown: "30 %", "0,3", "30". */
  rate: string;
  days: string;
  entryCriteria: string;
  exitCriteria: string;
  /** The CRM's names for this stage, one per line. */
  crmNames: string;
  /** Marked as the won stage (only when it is not the last: the last is won by default). */
  won: boolean;
  /**
   * The rate and days as the sheet holds them. The fields show them rounded to six decimals, so
   * a field still showing that text stands for this exact number and saves it (SPEC §9: a value
   * the user did not change is written back as it was read — a measured 5/13 stays 5/13).
   */
  read?: { rate: number | null; days: number | null };
  /**
   * The stage's index in the funnel a save under way sent: when the reply comes after the user
   * typed on, the draft stays as typed and takes that saved stage's ID (SPEC §5: nothing typed is
   * lost).
   */
  sentAs?: number;
}

/** How drafts write numbers: the locale's formats (src/i18n/format.ts). */
export interface DraftFormats {
  readonly decimalSeparator: DecimalSeparator;
  number(value: number): string;
  percent(fraction: number): string;
}

/** Lines of a text field as a list of names: trimmed, blank lines dropped. */
export function nameLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** A rate shown in the locale's percent format ("30 %", "0,25 %"): read back as written. */
export function rateText(rate: number | null, formats: DraftFormats): string {
  return rate === null ? "" : formats.percent(rate);
}

/** Days shown in the locale's number format ("7,552083"). */
export function daysText(days: number | null, formats: DraftFormats): string {
  return days === null ? "" : formats.number(days);
}

/**
 * The rate and days a draft stands for: the numbers read from the sheet while their fields still
 * show them as loaded, else what the fields say (a typed value is what the field showed).
 */
function draftNumbers(d: StageDraft, formats: DraftFormats): { rate: Typed; days: Typed } {
  const read = d.read;
  const rate =
    read && d.rate === rateText(read.rate, formats)
      ? read.rate
      : readTypedRate(d.rate, formats.decimalSeparator);
  // Only the rate takes a percent sign: "14 %" days would be a typo.
  const days =
    read && d.days === daysText(read.days, formats)
      ? read.days
      : d.days.trimEnd().endsWith("%")
        ? undefined
        : readTypedNumber(d.days, formats.decimalSeparator);
  return { rate, days };
}

export function toDraft(stage: Stage, formats: DraftFormats, won = false): StageDraft {
  return {
    ...(stage.id === undefined ? {} : { id: stage.id }),
    name: stage.name,
    owner: stage.owner,
    rate: rateText(stage.conversionToNext, formats),
    days: daysText(stage.daysInStage, formats),
    entryCriteria: stage.entryCriteria,
    exitCriteria: stage.exitCriteria,
    crmNames: (stage.crmNames ?? []).join("\n"),
    won,
    read: { rate: stage.conversionToNext, days: stage.daysInStage },
  };
}

/** A funnel's stages as drafts, its won stage marked. */
export function toDrafts(
  funnel: { stages: Stage[]; wonStageIndex?: number },
  formats: DraftFormats,
): StageDraft[] {
  return funnel.stages.map((s, i) => toDraft(s, formats, i === funnel.wonStageIndex));
}

export function emptyDraft(): StageDraft {
  return {
    name: "",
    owner: "",
    rate: "",
    days: "",
    entryCriteria: "",
    exitCriteria: "",
    crmNames: "",
    won: false,
  };
}

/**
 * What a rate field understood, in the locale's format ("0,3" → "30 %", "0,3 %" → "0,3 %"); empty
 * when the field is empty or holds no number.
 */
export function understoodRate(typed: string, formats: DraftFormats): string {
  const fraction = readTypedRate(typed, formats.decimalSeparator);
  return typeof fraction === "number" ? formats.percent(fraction) : "";
}

/** The funnel being edited: its identity, the stage drafts and the names that end a record. */
export interface FunnelDraft {
  key: string;
  name: string;
  drafts: readonly StageDraft[];
  /** One per line. */
  endNames: string;
  /**
   * The CRM-name fields are offered (the store keeps them): every stage's list and the end names
   * are sent, empty ones too, so clearing a field clears the table. Otherwise none is sent.
   */
  crmFields: boolean;
}

/** The funnel the drafts describe, and every problem keyed "stages.2.name" → message. */
export function checkDrafts(
  draft: FunnelDraft,
  formats: DraftFormats,
  messages: RuleMessages,
): { funnel: Funnel; issues: Map<string, string> } {
  const issues = new Map<string, string>();
  const stages: Stage[] = draft.drafts.map((d, i) => {
    const { rate, days } = draftNumbers(d, formats);
    if (rate === undefined)
      issues.set(`stages.${i}.conversionToNext`, messages.notAPercentTyped(d.rate.trim()));
    if (days === undefined) issues.set(`stages.${i}.daysInStage`, messages.notDays(d.days.trim()));
    const stage: Stage = {
      ...(d.id === undefined ? {} : { id: d.id }),
      name: d.name.trim(),
      owner: d.owner.trim(),
      conversionToNext: rate ?? null,
      daysInStage: days ?? null,
      entryCriteria: d.entryCriteria.trim(),
      exitCriteria: d.exitCriteria.trim(),
    };
    const crmNames = nameLines(d.crmNames);
    if (draft.crmFields || crmNames.length > 0) stage.crmNames = crmNames;
    return stage;
  });
  const funnel: Funnel = { key: draft.key, name: draft.name, stages };
  const won = draft.drafts.findIndex((d) => d.won);
  if (won >= 0 && won < draft.drafts.length - 1) funnel.wonStageIndex = won;
  const endNames = nameLines(draft.endNames);
  if (draft.crmFields || endNames.length > 0) funnel.endNames = endNames;
  const result = validateFunnel(funnel, messages);
  if (!result.ok)
    for (const issue of result.issues) {
      // Every problem with one end name belongs to the one field that lists them all.
      const k = issue.path[0] === "endNames" ? "endNames" : issueKey(issue.path);
      if (!issues.has(k)) issues.set(k, issue.message);
    }
  return { funnel, issues };
}
