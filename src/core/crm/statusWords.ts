/**
 * A record log's status column (SPEC §3, "Layouts"): the words CRMs export, shared by
 * STAGE_CONVERSION (./recordStatus.ts) and FUNNEL_SQL's query (core/sql/furthest.ts), so both
 * read the same column the same way. Kept apart so the SQL export dialog bundles only this.
 */

/**
 * A record's status, from the CRM's status column. Won means the record became a customer: it
 * counts at the funnel's last stage whatever stage it was in (Pipedrive keeps a won deal in the
 * stage where it was won). Lost and closed leave it where it stopped, closed.
 */
export type RecordStatus = "open" | "won" | "lost" | "closed" | "deleted";

/**
 * Status words as CRMs export them: Pipedrive's open / won / lost / deleted (in English, in the
 * languages of this product, and in German), Salesforce's IsClosed (TRUE/FALSE, 1/0, "true").
 * FUNNEL_SQL's record log with status matches the same words (core/sql/furthest.ts).
 */
export function statusWordList(): readonly (readonly [RecordStatus, readonly string[]])[] {
  return [
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
}

/** The status words read, for messages. */
export const STATUS_HELP = "open, won, lost or deleted (also TRUE/FALSE as Salesforce's IsClosed)";
