/**
 * The names a CRM export may use for a funnel's stages (SPEC §3, "Stage names and the stage
 * map"). A plain stage list names each stage once; a stage map adds the CRM's own names (several
 * per stage: "Appointment scheduled" → SQL) and names that are known but are no funnel stage
 * ("Closed Lost", "Disqualified"): a record there has stopped, and where it stopped is not in that
 * name. Matching ignores case and surrounding white space (core/stageName).
 */
import { normaliseStageName } from "./stageName";

/** The index a name known to be no funnel stage (Closed Lost) resolves to. */
export const NOT_A_STAGE = -1;

export interface StageNames {
  /** The funnel's stages, top first, as written (trimmed). */
  stages: string[];
  /** Normalised name → stage index, or {@link NOT_A_STAGE}. */
  index: Map<string, number>;
  /** Some name is known as no funnel stage, so the data can show records closing as lost. */
  hasLost: boolean;
  /** Given as a two-column map (CRM name, funnel stage) rather than a list of stages. */
  isMap: boolean;
}

/** The stage a name stands for: an index, {@link NOT_A_STAGE}, or undefined (unknown). */
export function stageOfName(names: StageNames, text: string): number | undefined {
  return names.index.get(normaliseStageName(text));
}

/** Opening quotes a column header may put around a stage name, and the quote that closes each. */
const QUOTES: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  "\u201c": "\u201d",
  "\u2018": "\u2019",
  "\u00ab": "\u00bb",
  "\u201e": "\u201c",
};

/** `name (pipeline)` without its last parenthesised part, or undefined when there is none. */
function withoutPipeline(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith(")")) return undefined;
  const open = trimmed.lastIndexOf(" (");
  return open > 0 ? trimmed.slice(0, open) : undefined;
}

function lookUp(names: StageNames, text: string): { stage: number; key: string } | undefined {
  const key = normaliseStageName(text);
  const stage = names.index.get(key);
  return stage === undefined ? undefined : { stage, key };
}

/**
 * The stage a column header names, as CRMs title stage-date columns: the name itself
 * ("Qualified to buy"), or a quoted name with or without its pipeline — HubSpot's
 * `Date entered "Appointment Scheduled (Sales Pipeline)"` and `Date entered 'Lead (Lifecycle Stage
 * Pipeline)'`. Returns the stage (or {@link NOT_A_STAGE}) and the name's key, so two columns of
 * the same name can be told apart from two names of one stage; undefined when no name matches.
 */
export function stageOfHeader(
  names: StageNames,
  header: string,
): { stage: number; key: string } | undefined {
  const whole = lookUp(names, header);
  if (whole !== undefined) return whole;
  const bare = withoutPipeline(header);
  if (bare !== undefined) {
    const found = lookUp(names, bare);
    if (found !== undefined) return found;
  }
  for (let i = 0; i < header.length; i++) {
    const close = QUOTES[header.charAt(i)];
    if (close === undefined) continue;
    const end = header.lastIndexOf(close);
    if (end <= i) return undefined;
    const inner = header.slice(i + 1, end);
    const found = lookUp(names, inner);
    if (found !== undefined) return found;
    const innerBare = withoutPipeline(inner);
    return innerBare === undefined ? undefined : lookUp(names, innerBare);
  }
  return undefined;
}
