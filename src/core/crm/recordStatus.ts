/** The status column of a CRM record log (SPEC §3, "Layouts"): which records are won, lost or open. */
import { isBlank } from "../cellValue";
import { normaliseStageName } from "../stageName";

/**
 * A record's status, from the CRM's status column. Won means the record became a customer: it
 * counts at the funnel's last stage whatever stage it was in (Pipedrive keeps a won deal in the
 * stage where it was won). Lost and closed leave it where it stopped, closed.
 */
export type RecordStatus = "open" | "won" | "lost" | "closed" | "deleted";

let statusWords: Map<string, RecordStatus> | undefined;

/**
 * Status words as CRMs export them: Pipedrive's open / won / lost / deleted (in English, in the
 * languages of this product, and in German), Salesforce's IsClosed (TRUE/FALSE, 1/0, "true").
 * Built on first use, never at load (SPEC §8).
 */
function statusVocabulary(): Map<string, RecordStatus> {
  if (statusWords !== undefined) return statusWords;
  const words: [RecordStatus, string[]][] = [
    [
      "open",
      [
        "open",
        "false",
        "0",
        "öppen",
        "offen",
        "открыта",
        "открытая",
        "otwarta",
        "otwarty",
        "进行中",
      ],
    ],
    [
      "won",
      [
        "won",
        "closed won",
        "vunnen",
        "gewonnen",
        "выиграна",
        "выигранная",
        "wygrana",
        "wygrany",
        "赢单",
      ],
    ],
    [
      "lost",
      [
        "lost",
        "closed lost",
        "förlorad",
        "verloren",
        "проиграна",
        "проигранная",
        "przegrana",
        "przegrany",
        "输单",
      ],
    ],
    ["closed", ["closed", "true", "1"]],
    ["deleted", ["deleted", "borttagen", "gelöscht", "удалена", "usunięta", "已删除"]],
  ];
  const map = new Map<string, RecordStatus>();
  for (const [status, list] of words) for (const w of list) map.set(normaliseStageName(w), status);
  statusWords = map;
  return map;
}

/** A status cell: blank is open (nothing closed it), TRUE/1 closed, FALSE/0 open. */
export function statusOf(v: unknown): RecordStatus | undefined {
  if (isBlank(v)) return "open";
  if (typeof v === "boolean") return v ? "closed" : "open";
  if (typeof v === "number") return v === 1 ? "closed" : v === 0 ? "open" : undefined;
  if (typeof v !== "string") return undefined;
  return statusVocabulary().get(normaliseStageName(v));
}

/** The status words read, for messages. */
export const STATUS_HELP = "open, won, lost or deleted (also TRUE/FALSE as Salesforce's IsClosed)";
