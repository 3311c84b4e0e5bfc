/**
 * The stage table as cells (SPEC §4): recognising it, reading hand-edited rows into a funnel with
 * row-by-row problems, turning a funnel back into cell values, and fingerprinting it. Pure: the
 * cells come in and go out as plain 2-D arrays, as Range.getValues/setValues carry them.
 */
import {
  TABLE_HEADER,
  validateFunnel,
  wonIndex,
  WON_HEADER,
  type Funnel,
  type Stage,
  type StageField,
} from "../core/funnel";
import { ambiguityText, cellNumber, isAmbiguous, isBlank, isDate } from "../core/cellValue";
import type { RowProblem } from "../wire/stageApi";

export const TABLE_COLUMNS = TABLE_HEADER.length;
/** The optional "Won stage" column (G): the table's columns when it is there. */
export const WON_COLUMN = TABLE_COLUMNS + 1;

function cellText(v: unknown): string {
  if (isDate(v)) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (isBlank(v)) return "";
  return String(v).trim();
}

export function isStageHeader(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  const norm = (v: unknown) => cellText(v).replace(/\s+/g, " ").toLowerCase();
  return TABLE_HEADER.every((label, i) => norm(row[i]) === label.toLowerCase());
}

/** Whether the table's header row has the optional "Won stage" column (G). */
export function hasWonColumn(header: readonly unknown[] | undefined): boolean {
  return (
    cellText(header?.[WON_COLUMN - 1])
      .replace(/\s+/g, " ")
      .toLowerCase() === "won stage"
  );
}

/** A ticked checkbox reads TRUE; typed text "TRUE" counts too. */
function isTicked(v: unknown): boolean {
  return v === true || (typeof v === "string" && v.trim().toLowerCase() === "true");
}

/** Data rows of the table: those below the header down to the first row whose six cells are empty. */
export function countDataRows(values: readonly unknown[][]): number {
  let n = 0;
  while (!(values[n + 1]?.slice(0, TABLE_COLUMNS).every(isBlank) ?? true)) n++;
  return n;
}

type Parsed = { value: number | null } | { error: string };

/** A rate or days cell: a number, or text read by the shared parser (SPEC §2.3); blank is null. */
function parseNumber(v: unknown, percent: boolean): Parsed {
  if (isBlank(v)) return { value: null };
  const shown = cellText(v);
  // Only the rate column takes a percent sign; "14%" days would be a typo.
  const read = percent || !shown.endsWith("%") ? cellNumber(v) : undefined;
  if (typeof read === "number") return { value: read };
  if (read !== undefined && isAmbiguous(read))
    return { error: `"${shown}" ${ambiguityText(read)}.` };
  return {
    error: percent
      ? `"${shown}" is not a percentage: enter a conversion such as 30%.`
      : `"${shown}" is not a number of days: enter e.g. 14.`,
  };
}

/**
 * Reads the table (header row first) into a funnel. Cells that cannot be read become empty and
 * are reported; rule violations (from the shared schema) are reported with their sheet row.
 */
export function parseTable(
  values: readonly unknown[][],
  key: string,
  name: string,
): { funnel: Funnel; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const rows = values.slice(1, 1 + countDataRows(values));
  const stages: Stage[] = rows.map((cells, i) => {
    const number = (col: number, field: StageField, percent: boolean) => {
      const parsed = parseNumber(cells[col], percent);
      if ("error" in parsed) {
        problems.push({ row: i + 2, stageIndex: i, field, message: parsed.error });
        return null;
      }
      return parsed.value;
    };
    return {
      name: cellText(cells[0]),
      owner: cellText(cells[1]),
      conversionToNext: number(2, "conversionToNext", true),
      daysInStage: number(3, "daysInStage", false),
      entryCriteria: cellText(cells[4]),
      exitCriteria: cellText(cells[5]),
    };
  });
  const funnel: Funnel = { key, name, stages };
  if (hasWonColumn(values[0])) {
    const ticked = rows.flatMap((cells, i) => (isTicked(cells[WON_COLUMN - 1]) ? [i] : []));
    // No tick: the last stage is won. Two or more: the first counts, the others are reported.
    const [first] = ticked;
    if (first !== undefined && first < stages.length - 1) funnel.wonStageIndex = first;
    for (const i of ticked.slice(1)) {
      problems.push({
        row: i + 2,
        stageIndex: i,
        message: `Only one stage can be the won stage: row ${(first ?? 0) + 2} is ticked too — untick one.`,
      });
    }
  }
  const validation = validateFunnel(funnel);
  if (!validation.ok) {
    for (const issue of validation.issues) {
      const [, index, field] = issue.path;
      if (typeof index === "number") {
        const f = field as StageField;
        if (problems.some((p) => p.stageIndex === index && p.field === f)) continue;
        problems.push({ row: index + 2, stageIndex: index, field: f, message: issue.message });
      } else problems.push({ row: 1, message: issue.message });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { funnel, problems };
}

/**
 * The table as cell values: header row, then one row per stage. With `withWonColumn`, a 7th
 * "Won stage" column holds TRUE on the won stage's row.
 */
export function tableRows(funnel: Funnel, withWonColumn = false): (string | number | boolean)[][] {
  const number = (v: number | null) => (v === null ? "" : v);
  const won = wonIndex(funnel);
  return [
    withWonColumn ? [...TABLE_HEADER, WON_HEADER] : [...TABLE_HEADER],
    ...funnel.stages.map((s, i) => {
      const row: (string | number | boolean)[] = [
        s.name.trim(),
        s.owner.trim(),
        number(s.conversionToNext),
        number(s.daysInStage),
        s.entryCriteria.trim(),
        s.exitCriteria.trim(),
      ];
      if (withWonColumn) row.push(i === won ? true : "");
      return row;
    }),
  ];
}

/** A short hash of the table's cell values (header and data rows), to detect edits since a load. */
export function fingerprint(values: readonly unknown[][]): string {
  const text = JSON.stringify(
    values.map((row) =>
      row.slice(0, WON_COLUMN).map((v) => (isDate(v) ? v.toISOString() : isBlank(v) ? "" : v)),
    ),
  );
  // Two FNV-1a variants → 64 bits: collisions between two versions of one table are negligible.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}
