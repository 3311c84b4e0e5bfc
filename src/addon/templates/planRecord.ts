/**
 * A plan records which template built it and on which funnel (SPEC §6) as developer metadata on
 * its sheet: invisible, unaffected by rows and columns the user inserts, gone with the sheet, and
 * found for the whole spreadsheet with one query (the plans of a funnel, without reading every
 * sheet: SPEC §8).
 */
export interface PlanRecord {
  /** The New plan command that built it. */
  template: string;
  /** The funnel's key (named-range prefix); "" for a template without a funnel. */
  funnel: string;
  /** The layout the plan was built with: Refresh rebuilds only plans of the current one. */
  layout: number;
  /** The funnel's name when the plan was last built or refreshed, to name it if it is deleted. */
  funnelName?: string;
}

export const RECORD_KEY = "funnelMath.plan";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export function recordText(record: PlanRecord): string {
  return JSON.stringify(record);
}

export function parseRecord(text: string | null): PlanRecord | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const { template, funnel, layout, funnelName } = value as Record<string, unknown>;
    if (typeof template !== "string" || typeof funnel !== "string" || typeof layout !== "number")
      return undefined;
    return typeof funnelName === "string"
      ? { template, funnel, layout, funnelName }
      : { template, funnel, layout };
  } catch {
    return undefined;
  }
}

/** Marks a new plan sheet as a plan (one call). */
export function writeRecord(sheet: Sheet, record: PlanRecord): void {
  sheet.addDeveloperMetadata(RECORD_KEY, recordText(record));
}

/** What reading a sheet's record needs of it (pages pass the sheet in view). */
export type RecordedSheet = Pick<Sheet, "getDeveloperMetadata">;

/** The record of a plan sheet and the metadata holding it; undefined for any other sheet. */
export function readRecord(
  sheet: RecordedSheet,
): { record: PlanRecord; metadata: Metadata } | undefined {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() !== RECORD_KEY) continue;
    const record = parseRecord(metadata.getValue());
    if (record) return { record, metadata };
  }
  return undefined;
}

/** What finding plans needs of a spreadsheet (the stage store passes its own port). */
type MetadataSource = Pick<Spreadsheet, "createDeveloperMetadataFinder">;

/** Every plan's record metadata in the spreadsheet, in one query (not yet read or located). */
export function planRecords(spreadsheet: MetadataSource): Metadata[] {
  return spreadsheet.createDeveloperMetadataFinder().withKey(RECORD_KEY).find();
}

/**
 * The plan sheets of the spreadsheet with their records, in one query; with `wanted`, only the
 * plans whose record it accepts (the others are not located: two calls each saved).
 */
export function planSheets(
  spreadsheet: MetadataSource,
  wanted: (record: PlanRecord) => boolean = () => true,
): { sheet: Sheet; record: PlanRecord }[] {
  const out: { sheet: Sheet; record: PlanRecord }[] = [];
  for (const metadata of planRecords(spreadsheet)) {
    const record = parseRecord(metadata.getValue());
    if (!record || !wanted(record)) continue;
    const sheet = metadata.getLocation().getSheet();
    if (sheet) out.push({ sheet, record });
  }
  return out;
}

/**
 * Whether a plan still uses the funnel key `key` — a deleted funnel's plans keep their record and
 * their formulas over `<key>_Stages`, `<key>_Rates`… — so that a new funnel must not take it: its
 * named ranges would bind those formulas at once, its stages beside the inputs typed for the old
 * ones (SPEC §9). One search of the workbook's formulas (three calls, however many sheets); only
 * when a formula names the key are the plans' records read, so a formula of the user's own that
 * names a funnel not made yet (as the docs' examples do) binds to it as intended.
 */
export function planKeyInUse(
  spreadsheet: MetadataSource & Pick<Spreadsheet, "createTextFinder">,
  key: string,
): boolean {
  // A partial match, ignoring case as Sheets compares names: the records decide.
  const named = spreadsheet.createTextFinder(`${key}_`).matchFormulaText(true).findAll();
  if (named.length === 0) return false;
  const wanted = key.toLowerCase();
  return planRecords(spreadsheet).some(
    (metadata) => parseRecord(metadata.getValue())?.funnel.toLowerCase() === wanted,
  );
}
