/**
 * The sheet-backed stage store: lists, loads, saves and creates funnels as stage tables (SPEC §4,
 * §5). The sheet is the truth; every read goes back to it. Saving is validated, locked,
 * conflict-checked against the table's fingerprint, and confined to the table's own cells.
 */
import {
  DEFAULT_FUNNEL_KEY,
  deriveKey,
  namedRangeNames,
  uniqueKey,
  validateFunnel,
  wonIndex,
  type Funnel,
} from "../core/funnel";
import type {
  CreateRequest,
  CreateResult,
  DeleteResult,
  FunnelSummary,
  FunnelUsage,
  RenameRequest,
  RenameResult,
  LoadedFunnel,
  SaveRequest,
  SaveResult,
} from "./stageApi";
import type { LockPort, SheetPort, SpreadsheetPort } from "./sheetsPort";
import {
  countDataRows,
  fingerprint,
  hasWonColumn,
  isStageHeader,
  parseTable,
  tableRows,
  TABLE_COLUMNS,
  WON_COLUMN,
} from "./stageTable";
import { parseRecord } from "./templates/planRecord";

export interface StageStoreDeps {
  spreadsheet: SpreadsheetPort;
  documentLock: () => LockPort;
  /** Pushes pending writes before the lock is released (SpreadsheetApp.flush). */
  flush: () => void;
  now: () => Date;
  /** A checkbox validation rule (SpreadsheetApp.newDataValidation().requireCheckbox().build()). */
  checkboxRule: () => unknown;
}

const LOCK_WAIT_MS = 10_000;
/** Sheets' own limit on sheet names. */
const MAX_SHEET_NAME = 100;
const BUSY = "Someone else is saving this spreadsheet. Try again in a moment.";
const RATE_FORMAT = "0.0%";
/** Column of each named range: Stage (A), Conversion to next (C), Days in stage (D). */
const NAMED_COLUMNS = { stages: 1, rates: 3, days: 4, postStages: 1, postRates: 3 } as const;

interface FunnelSheet {
  key: string;
  sheet: SheetPort;
}

export class StageStore {
  constructor(private readonly deps: StageStoreDeps) {}

  /** Every sheet whose A1 row is the stage-table header is a funnel. */
  listFunnels(): FunnelSummary[] {
    return this.funnelSheets().map(({ key, sheet }) => ({
      key,
      name: sheet.getName(),
      stageCount: countDataRows(this.readTable(sheet)),
    }));
  }

  loadFunnel(key: string): LoadedFunnel {
    const found = this.find(key);
    if (!found) throw new Error(`There is no funnel "${key}" in this spreadsheet any more.`);
    return this.load(found);
  }

  saveFunnel(request: SaveRequest): SaveResult {
    const validation = validateFunnel(request?.funnel);
    if (!validation.ok) {
      return {
        ok: false,
        reason: "invalid",
        message: "Some stages need fixing before they can be saved.",
        issues: validation.issues,
      };
    }
    const funnel = validation.funnel;
    return this.locked<SaveResult>(
      () => ({
        ok: false,
        reason: "busy",
        message: "Someone else is saving this spreadsheet. Try again in a moment.",
      }),
      () => {
        const found = this.find(funnel.key);
        if (!found) {
          return {
            ok: false,
            reason: "missing",
            message: `The funnel's sheet is gone: there is no funnel "${funnel.key}" any more.`,
          };
        }
        const current = this.readTable(found.sheet);
        if (fingerprint(current) !== request.fingerprint) {
          return {
            ok: false,
            reason: "conflict",
            message: `The "${found.sheet.getName()}" table changed in the sheet since you opened it. Reload to see the new version (your unsaved edits will be lost).`,
          };
        }
        this.writeTable(found, funnel, countDataRows(current));
        return { ok: true, loaded: this.load(found) };
      },
    );
  }

  createFunnel(request: CreateRequest): CreateResult {
    const name = String(request?.name ?? "").trim();
    if (name === "") return { ok: false, message: "Give the new funnel a name, e.g. EMEA." };
    // The stages come from the browser: the shared schema checks them like any save.
    const checked = validateFunnel({
      key: DEFAULT_FUNNEL_KEY,
      name,
      stages: request?.stages,
      wonStageIndex: request?.wonStageIndex ?? undefined,
    });
    if (!checked.ok) {
      return {
        ok: false,
        message: "The new funnel's stages need fixing: choose a preset and try again.",
        issues: checked.issues,
      };
    }
    const firstStages = checked.funnel.stages;
    return this.locked<CreateResult>(
      () => ({
        ok: false,
        message: "Someone else is saving this spreadsheet. Try again in a moment.",
      }),
      () => {
        const ss = this.deps.spreadsheet;
        if (ss.getSheetByName(name)) {
          return {
            ok: false,
            message: `A sheet called "${name}" already exists: choose another name.`,
          };
        }
        const keys = new Set(this.funnelSheets().map((f) => f.key.toLowerCase()));
        const rangeNames = new Set(ss.getNamedRanges().map((r) => r.getName().toLowerCase()));
        const key = uniqueKey(deriveKey(name), (candidate) => {
          const names = Object.values(namedRangeNames(candidate));
          return (
            keys.has(candidate.toLowerCase()) || names.some((n) => rangeNames.has(n.toLowerCase()))
          );
        });
        const funnel: Funnel = { key, name, stages: firstStages };
        if (checked.funnel.wonStageIndex !== undefined)
          funnel.wonStageIndex = checked.funnel.wonStageIndex;
        const sheet = ss.insertSheet(name);
        sheet.setFrozenRows(1);
        this.writeTable({ key, sheet }, funnel, 0);
        return { ok: true, loaded: this.load({ key, sheet }) };
      },
    );
  }

  /**
   * Renames a funnel's sheet. The key, and so every named range and formula, stays; plan sheets
   * built on it name the funnel anew at the top ("Funnel: <name> · …").
   */
  renameFunnel(request: RenameRequest): RenameResult {
    const name = String(request?.name ?? "").trim();
    if (name === "") return { ok: false, message: "Give the funnel a name." };
    if (name.length > MAX_SHEET_NAME)
      return { ok: false, message: `A sheet name can have at most ${MAX_SHEET_NAME} characters.` };
    return this.locked<RenameResult>(
      () => ({ ok: false, message: BUSY }),
      () => {
        const found = this.find(String(request.key));
        if (!found) return { ok: false, message: `There is no funnel "${request.key}" any more.` };
        const current = found.sheet.getName();
        const clash = this.deps.spreadsheet
          .getSheets()
          .find((s) => s !== found.sheet && s.getName().toLowerCase() === name.toLowerCase());
        if (clash)
          return {
            ok: false,
            message: `A sheet called "${clash.getName()}" already exists: choose another name.`,
          };
        if (name !== current) {
          // A table typed by hand has no named ranges yet: its key comes from the sheet name, so
          // it gets them first and keeps its key (and formulas using it) through the rename.
          const names = namedRangeNames(found.key);
          if (!this.deps.spreadsheet.getNamedRanges().some((r) => r.getName() === names.stages)) {
            const table = this.readTable(found.sheet);
            const won = wonIndex(parseTable(table, found.key, current).funnel);
            this.setNamedRanges(found.key, found.sheet, won + 1, countDataRows(table) - won - 1);
          }
          found.sheet.setName(name);
          for (const plan of this.plansOf(found.key)) {
            const cell = plan.getRange(2, 1, 1, 1);
            const text = String(cell.getValues()[0][0]);
            const prefix = `Funnel: ${current} · `;
            if (text.startsWith(prefix))
              cell.setValues([[`Funnel: ${name} · ${text.slice(prefix.length)}`]]);
          }
        }
        return { ok: true, funnels: this.listFunnels() };
      },
    );
  }

  /** The funnel and the plan sheets that record it. */
  funnelUsage(key: string): FunnelUsage {
    const found = this.find(String(key));
    if (!found) throw new Error(`There is no funnel "${key}" in this spreadsheet any more.`);
    return {
      key: found.key,
      name: found.sheet.getName(),
      plans: this.plansOf(found.key).map((s) => s.getName()),
    };
  }

  /**
   * Deletes a funnel: its named ranges, then its sheet. Plan sheets stay (the user may keep their
   * numbers); the sidebar names them before asking.
   */
  deleteFunnel(key: string): DeleteResult {
    return this.locked<DeleteResult>(
      () => ({ ok: false, message: BUSY }),
      () => {
        const found = this.find(String(key));
        if (!found) return { ok: false, message: `There is no funnel "${key}" any more.` };
        const ss = this.deps.spreadsheet;
        if (ss.getSheets().length === 1)
          return {
            ok: false,
            message: "A spreadsheet needs one sheet: add another before deleting this one.",
          };
        const names = new Set(Object.values(namedRangeNames(found.key)));
        for (const named of ss.getNamedRanges()) if (names.has(named.getName())) named.remove();
        ss.deleteSheet(found.sheet);
        return { ok: true, funnels: this.listFunnels() };
      },
    );
  }

  /** Sheets whose plan record (note on A2) names this funnel's key. */
  private plansOf(key: string): SheetPort[] {
    return this.deps.spreadsheet
      .getSheets()
      .filter((sheet) => parseRecord(sheet.getRange(2, 1, 1, 1).getNote())?.funnel === key);
  }

  private locked<T>(busy: () => T, work: () => T): T {
    const lock = this.deps.documentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
    try {
      const result = work();
      this.deps.flush();
      return result;
    } finally {
      lock.releaseLock();
    }
  }

  private load({ key, sheet }: FunnelSheet): LoadedFunnel {
    const table = this.readTable(sheet);
    const { funnel, problems } = parseTable(table, key, sheet.getName());
    return {
      funnel,
      fingerprint: fingerprint(table),
      problems,
      loadedAt: this.deps.now().toISOString(),
    };
  }

  /**
   * The header row and the data rows, columns A–F (and G when it is the "Won stage" column);
   * nothing below the first empty row.
   */
  private readTable(sheet: SheetPort): unknown[][] {
    const lastRow = Math.max(1, sheet.getLastRow());
    const width = Math.min(WON_COLUMN, sheet.getMaxColumns());
    const values = sheet.getRange(1, 1, lastRow, width).getValues();
    const columns = hasWonColumn(values[0]) ? WON_COLUMN : TABLE_COLUMNS;
    return values.slice(0, 1 + countDataRows(values)).map((row) => row.slice(0, columns));
  }

  /** One setValues for the whole table; clears only the old rows below it; resizes its named ranges. */
  private writeTable({ key, sheet }: FunnelSheet, funnel: Funnel, oldDataRows: number): void {
    const won = wonIndex(funnel);
    // The "Won stage" column appears once a stage other than the last is won, and then stays.
    const withWon =
      won < funnel.stages.length - 1 ||
      hasWonColumn(
        sheet.getRange(1, 1, 1, Math.min(WON_COLUMN, sheet.getMaxColumns())).getValues()[0],
      );
    const rows = tableRows(funnel, withWon);
    const dataRows = rows.length - 1;
    const columns = rows[0].length;
    sheet.getRange(1, 1, rows.length, columns).setValues(rows);
    sheet.getRange(2, 3, dataRows, 1).setNumberFormat(RATE_FORMAT);
    if (oldDataRows > dataRows) {
      sheet.getRange(dataRows + 2, 1, oldDataRows - dataRows, columns).clearContent();
      if (withWon)
        sheet.getRange(dataRows + 2, WON_COLUMN, oldDataRows - dataRows, 1).clearDataValidations();
    }
    // The won marker shows as a checkbox on every stage row.
    if (withWon)
      sheet.getRange(2, WON_COLUMN, dataRows, 1).setDataValidation(this.deps.checkboxRule());
    this.setNamedRanges(key, sheet, won + 1, dataRows - won - 1);
  }

  /**
   * `<key>_Stages/_Rates/_Days` over the acquisition rows (down to the won stage);
   * `<key>_PostStages/_PostRates` over the post-sale rows below it, removed when there are none.
   */
  private setNamedRanges(key: string, sheet: SheetPort, acquisition: number, postSale: number) {
    const ss = this.deps.spreadsheet;
    const existing = ss.getNamedRanges();
    const names = namedRangeNames(key);
    const parts = [
      ["stages", 2, acquisition],
      ["rates", 2, acquisition],
      ["days", 2, acquisition],
      ["postStages", 2 + acquisition, postSale],
      ["postRates", 2 + acquisition, postSale],
    ] as const;
    for (const [part, row, numRows] of parts) {
      const named = existing.find((r) => r.getName() === names[part]);
      if (numRows <= 0) {
        named?.remove();
        continue;
      }
      const range = sheet.getRange(row, NAMED_COLUMNS[part], numRows, 1);
      if (named) named.setRange(range);
      else ss.setNamedRange(names[part], range);
    }
  }

  private find(key: string): FunnelSheet | undefined {
    return this.funnelSheets().find((f) => f.key === key);
  }

  /**
   * Funnel sheets with their keys. A key comes from the `<key>_Stages` named range on the sheet's
   * column A; a table typed in by hand (no named ranges yet) gets one derived from its sheet name.
   */
  private funnelSheets(): FunnelSheet[] {
    const ss = this.deps.spreadsheet;
    const keyBySheet = new Map<string, string>();
    const rangeNames = new Set<string>();
    for (const named of ss.getNamedRanges()) {
      const name = named.getName();
      rangeNames.add(name.toLowerCase());
      const m = /^(.+)_Stages$/.exec(name);
      if (!m) continue;
      const range = named.getRange();
      const sheetName = range.getSheet().getName();
      if (range.getColumn() === 1 && !keyBySheet.has(sheetName)) keyBySheet.set(sheetName, m[1]);
    }
    const used = new Set([...keyBySheet.values()].map((k) => k.toLowerCase()));
    const out: FunnelSheet[] = [];
    for (const sheet of ss.getSheets()) {
      if (!isStageHeader(sheet.getRange(1, 1, 1, TABLE_COLUMNS).getValues()[0])) continue;
      let key = keyBySheet.get(sheet.getName());
      if (!key) {
        key = uniqueKey(deriveKey(sheet.getName()), (k) => {
          const names = Object.values(namedRangeNames(k)).map((n) => n.toLowerCase());
          return used.has(k.toLowerCase()) || names.some((n) => rangeNames.has(n));
        });
        used.add(key.toLowerCase());
      }
      out.push({ key, sheet });
    }
    return out;
  }
}
