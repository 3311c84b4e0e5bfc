/**
 * The sheet-backed stage store: lists, loads, saves and creates funnels as stage tables (SPEC §4,
 * §5, §9). The sheet is the truth; every read goes back to it. Saving is type-checked, validated,
 * locked, conflict-checked against the table's fingerprint, checked against Sheets' limits before
 * anything is written, and all-or-nothing (tableWrite.ts). Failures come back in words.
 */
import {
  DEFAULT_FUNNEL_KEY,
  TABLE_HEADER,
  WON_HEADER,
  deriveKey,
  namedRangeNames,
  uniqueKey,
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
} from "../wire/stageApi";
import type { LockPort, SheetPort, SpreadsheetPort } from "./sheetsPort";
import { checkCreateRequest, checkKey, checkSaveRequest } from "./stageRequests";
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
import { asText, isFormula, readContents, type CellContent } from "./cellContents";
import type { UiMessages } from "../i18n/ui";
import { en as englishUi } from "../i18n/ui/en";
import { plansOfFunnel } from "./templates/planRecord";
import { MAX_SHEET_NAME_LENGTH } from "./stageRequests";
import { liveRange, messageOf, setFunnelRanges, writeTable, WriteFailed } from "./tableWrite";

export interface StageStoreDeps {
  spreadsheet: SpreadsheetPort;
  documentLock: () => LockPort;
  /** Pushes pending writes before the lock is released (SpreadsheetApp.flush). */
  flush: () => void;
  now: () => Date;
  /** A checkbox validation rule (SpreadsheetApp.newDataValidation().requireCheckbox().build()). */
  checkboxRule: () => unknown;
  /** SpreadsheetApp.Dimension.ROWS, for making room under a growing table. */
  rowsDimension: GoogleAppsScript.Spreadsheet.Dimension;
  /**
   * The messages the sidebar shows, in the user's language (read on first use: a pack may have to
   * be loaded). English when not given.
   */
  text?: () => StoreText;
}

type StoreText = UiMessages["store"];

const LOCK_WAIT_MS = 10_000;
/** Sheets refuses more characters in one cell. */
const MAX_CELL_CHARACTERS = 50_000;

interface FunnelSheet {
  key: string;
  sheet: SheetPort;
}

function describeFailure(what: string, e: unknown): string {
  if (e instanceof WriteFailed) {
    const state = e.restored
      ? "The table and its named ranges are as they were before; nothing was lost. Try again."
      : "Some of it could not be put back: check the table and press Reload.";
    return `${what} could not be saved: Sheets stopped while ${e.step} (${e.reason}). ${state}`;
  }
  return `${what} could not be saved: ${messageOf(e)}`;
}

/** A table cell as written: text stays text (SPEC §9: written back as it was read). */
function contentOf(v: string | number | boolean): CellContent {
  return typeof v === "string" ? asText(v) : v;
}

export class StageStore {
  constructor(private readonly deps: StageStoreDeps) {}

  private get text(): StoreText {
    return this.deps.text?.() ?? englishUi().store;
  }

  /** Every sheet whose A1 row is the stage-table header is a funnel. */
  listFunnels(): FunnelSummary[] {
    return this.funnelSheets().map(({ key, sheet }) => ({
      key,
      name: sheet.getName(),
      stageCount: countDataRows(this.readTable(sheet)),
    }));
  }

  loadFunnel(key: unknown): LoadedFunnel {
    const wanted = checkKey(key);
    const found = this.find(wanted);
    if (!found) throw new Error(this.text.noSuchFunnel(String(wanted)));
    return this.load(found);
  }

  saveFunnel(request: SaveRequest | unknown): SaveResult {
    const checked = checkSaveRequest(request);
    if (!checked.ok) {
      return checked.issues
        ? { ok: false, reason: "invalid", message: checked.message, issues: checked.issues }
        : { ok: false, reason: "refused", message: checked.message };
    }
    const { funnel, fingerprint: loadedPrint } = checked.value;
    return this.locked<SaveResult>(
      () => ({ ok: false, reason: "busy", message: this.text.busy }),
      () => this.saveLocked(funnel, loadedPrint),
    );
  }

  private saveLocked(funnel: Funnel, loadedPrint: string): SaveResult {
    try {
      return this.trySave(funnel, loadedPrint);
    } catch (e) {
      // Reading the sheet failed before anything was written: say so in words.
      return { ok: false, reason: "failed", message: describeFailure("The stages", e) };
    }
  }

  private trySave(funnel: Funnel, loadedPrint: string): SaveResult {
    const found = this.find(funnel.key);
    if (!found) {
      return {
        ok: false,
        reason: "missing",
        message: this.text.sheetGone(funnel.key),
      };
    }
    const current = this.readTable(found.sheet);
    if (fingerprint(current) !== loadedPrint) {
      return {
        ok: false,
        reason: "conflict",
        message: this.text.conflict(found.sheet.getName()),
      };
    }
    const oldColumns = current[0]?.length ?? TABLE_COLUMNS;
    // The "Won stage" column appears once a stage other than the last is won, and then stays.
    const withWon = wonIndex(funnel) < funnel.stages.length - 1 || oldColumns >= WON_COLUMN;
    const narrow = this.columnProblem(found.sheet, withWon ? WON_COLUMN : TABLE_COLUMNS);
    if (narrow) return { ok: false, reason: "refused", message: narrow };
    if (withWon && oldColumns < WON_COLUMN) {
      const inTheWay = this.wonColumnProblem(
        found.sheet,
        Math.max(current.length, funnel.stages.length + 1),
      );
      if (inTheWay) return { ok: false, reason: "refused", message: inTheWay };
    }
    const cells = this.cellsToWrite(found, funnel, current, withWon);
    const tooLong = this.cellLengthProblem(cells);
    if (tooLong) return { ok: false, reason: "refused", message: tooLong };
    try {
      writeTable(this.deps, {
        sheet: found.sheet,
        key: found.key,
        cells,
        oldRows: current.length,
        oldColumns,
        acquisitionRows: wonIndex(funnel) + 1,
      });
    } catch (e) {
      return { ok: false, reason: "failed", message: describeFailure("The stages", e) };
    }
    return { ok: true, loaded: this.load(found), funnels: this.listFunnels() };
  }

  createFunnel(request: CreateRequest | unknown): CreateResult {
    const checked = checkCreateRequest(request);
    if (!checked.ok)
      return checked.issues
        ? { ok: false, message: checked.message, issues: checked.issues }
        : { ok: false, message: checked.message };
    const { name, stages, wonStageIndex } = checked.value;
    return this.locked<CreateResult>(
      () => ({ ok: false, message: this.text.busy }),
      () => {
        const ss = this.deps.spreadsheet;
        const clash = ss.getSheets().find((s) => s.getName().toLowerCase() === name.toLowerCase());
        if (clash) {
          return {
            ok: false,
            message: this.text.sheetExists(clash.getName()),
          };
        }
        const key = this.freeKey(name);
        const funnel: Funnel = { key, name, stages };
        if (wonStageIndex !== undefined) funnel.wonStageIndex = wonStageIndex;
        const withWon = wonIndex(funnel) < stages.length - 1;
        const cells = tableRows(funnel, withWon).map((row) => row.map(contentOf));
        const tooLong = this.cellLengthProblem(cells);
        if (tooLong) return { ok: false, message: tooLong };
        let sheet: SheetPort;
        try {
          sheet = ss.insertSheet(name);
        } catch (e) {
          return {
            ok: false,
            message: `Sheets refused to add the "${name}" sheet: ${messageOf(e)}`,
          };
        }
        try {
          sheet.setFrozenRows(1);
          writeTable(this.deps, {
            sheet,
            key,
            cells,
            oldRows: 0,
            oldColumns: 0,
            acquisitionRows: wonIndex(funnel) + 1,
          });
        } catch (e) {
          try {
            ss.deleteSheet(sheet);
          } catch {
            // The message below says the new sheet may need removing by hand.
          }
          return { ok: false, message: describeFailure(`The new funnel "${name}"`, e) };
        }
        return { ok: true, loaded: this.load({ key, sheet }), funnels: this.listFunnels() };
      },
    );
  }

  /**
   * Renames a funnel's sheet. The key, and so every named range and formula, stays; plan sheets
   * built on it name the funnel anew at the top ("Funnel: <name> · …").
   */
  renameFunnel(request: RenameRequest): RenameResult {
    const name = String(request?.name ?? "").trim();
    if (name === "") return { ok: false, message: this.text.renameRequired };
    if (name.length > MAX_SHEET_NAME_LENGTH)
      return {
        ok: false,
        message: `A sheet name can have at most ${MAX_SHEET_NAME_LENGTH} characters.`,
      };
    return this.locked<RenameResult>(
      () => ({ ok: false, message: this.text.busy }),
      () => {
        const found = this.find(String(request.key));
        if (!found) return { ok: false, message: this.text.noSuchFunnel(String(request.key)) };
        const current = found.sheet.getName();
        const clash = this.deps.spreadsheet
          .getSheets()
          .find((s) => s !== found.sheet && s.getName().toLowerCase() === name.toLowerCase());
        if (clash)
          return {
            ok: false,
            message: this.text.sheetExists(clash.getName()),
          };
        if (name !== current) {
          // A table typed by hand has no named ranges yet: its key comes from the sheet name, so
          // it gets them first and keeps its key (and formulas using it) through the rename.
          const names = namedRangeNames(found.key);
          if (!this.deps.spreadsheet.getNamedRanges().some((r) => r.getName() === names.stages)) {
            const table = this.readTable(found.sheet);
            const won = wonIndex(parseTable(table, found.key, current).funnel);
            setFunnelRanges(
              this.deps.spreadsheet,
              found.sheet,
              found.key,
              won + 1,
              countDataRows(table),
              [],
            );
          }
          found.sheet.setName(name);
          for (const plan of this.plansOf(found.key)) {
            const cell = plan.getRange(2, 1, 1, 1);
            const text = String(cell.getValues()[0][0]);
            // "Funnel: EMEA · …", "Tratt ”EMEA” · …": in every language the funnel's name comes
            // before the first " · "; only that name is replaced, whatever the plan's language.
            const head = text.split(" · ", 1)[0];
            const at = head.lastIndexOf(current);
            if (at >= 0)
              cell.setValues([
                [asText(`${text.slice(0, at)}${name}${text.slice(at + current.length)}`)],
              ]);
          }
        }
        return { ok: true, funnels: this.listFunnels() };
      },
    );
  }

  /** The funnel and the plan sheets that record it. */
  funnelUsage(key: string): FunnelUsage {
    const found = this.find(String(key));
    if (!found) throw new Error(this.text.noSuchFunnel(String(key)));
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
      () => ({ ok: false, message: this.text.busy }),
      () => {
        const found = this.find(String(key));
        if (!found) return { ok: false, message: this.text.noSuchFunnel(String(key)) };
        const ss = this.deps.spreadsheet;
        if (ss.getSheets().length === 1)
          return {
            ok: false,
            message: "A spreadsheet needs one sheet: add another before deleting this one.",
          };
        const names = new Set(Object.values(namedRangeNames(found.key)));
        for (const named of ss.getNamedRanges()) if (names.has(named.getName())) named.remove();
        ss.deleteSheet(found.sheet);
        // The reply carries the funnel the sidebar shows next: the default, else the first.
        const funnels = this.listFunnels();
        const next = funnels.find((f) => f.key === DEFAULT_FUNNEL_KEY) ?? funnels[0];
        return next
          ? { ok: true, funnels, loaded: this.loadFunnel(next.key) }
          : { ok: true, funnels };
      },
    );
  }

  /** Sheets whose plan record names this funnel's key (one metadata query, templates/planRecord). */
  private plansOf(key: string): SheetPort[] {
    return plansOfFunnel(this.deps.spreadsheet, key) as unknown as SheetPort[];
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
    const { funnel, problems } = parseTable(this.asShown(sheet, table), key, sheet.getName());
    return {
      funnel,
      fingerprint: fingerprint(table),
      problems,
      loadedAt: this.deps.now().toISOString(),
    };
  }

  /**
   * The table's cells as they will be written: a cell whose value the sidebar did not change is
   * written back exactly as it is (its formula, its date or number), any other as typed input.
   */
  private cellsToWrite(
    found: FunnelSheet,
    funnel: Funnel,
    current: unknown[][],
    withWon: boolean,
  ): CellContent[][] {
    const next = tableRows(funnel, withWon);
    const shown = this.asShown(found.sheet, current);
    const was = tableRows(parseTable(shown, found.key, found.sheet.getName()).funnel, withWon);
    const width = current[0]?.length ?? TABLE_COLUMNS;
    const kept = readContents({
      getValues: () => current,
      getFormulas: () => found.sheet.getRange(1, 1, current.length, width).getFormulas(),
    });
    return next.map((row, r) =>
      row.map((value, c) =>
        r < was.length && c < width && was[r]?.[c] === value
          ? (kept[r]?.[c] ?? contentOf(value))
          : contentOf(value),
      ),
    );
  }

  /** A sheet narrower than the table (a user deleted columns): no range may reach past its grid. */
  private columnProblem(sheet: SheetPort, needed: number): string | undefined {
    const columns = sheet.getMaxColumns();
    if (columns >= needed) return undefined;
    return `The "${sheet.getName()}" sheet has only ${columns} columns but the stage table needs ${needed}: add columns to the sheet, then save again.`;
  }

  /**
   * Marking a won stage adds the "Won stage" column beside the table: refused while a cell there
   * holds something of the user's, which the table would otherwise write over.
   */
  private wonColumnProblem(sheet: SheetPort, rows: number): string | undefined {
    const range = sheet.getRange(1, WON_COLUMN, rows, 1);
    const values = range.getValues();
    const formulas = range.getFormulas();
    for (let r = 0; r < rows; r++) {
      if (values[r][0] !== "" || formulas[r][0] !== "") {
        return `Marking a won stage adds a "${WON_HEADER}" column beside the table, but cell G${r + 1} holds something: move it, then save again.`;
      }
    }
    return undefined;
  }

  private cellLengthProblem(cells: CellContent[][]): string | undefined {
    for (let r = 0; r < cells.length; r++) {
      for (let c = 0; c < cells[r].length; c++) {
        const v = cells[r][c];
        const text = isFormula(v) ? v.formula : typeof v === "string" ? v.replace(/^'/, "") : "";
        const length = text.length;
        if (length > MAX_CELL_CHARACTERS) {
          return `Row ${r + 1}, ${TABLE_HEADER[c] ?? `column ${c + 1}`}: ${length} characters, but a cell in Sheets holds at most 50 000 characters. Shorten it and save again.`;
        }
      }
    }
    return undefined;
  }

  /**
   * The header row and the data rows; nothing below the first empty row. A sheet narrower than
   * the table is read as far as its grid goes (no range outside the grid).
   */
  private readTable(sheet: SheetPort): unknown[][] {
    const lastRow = Math.max(1, sheet.getLastRow());
    const width = Math.min(WON_COLUMN, sheet.getMaxColumns());
    const values = sheet.getRange(1, 1, lastRow, width).getValues();
    const columns = hasWonColumn(values[0]) ? WON_COLUMN : TABLE_COLUMNS;
    const fitted = values.map((row) =>
      row.length < columns
        ? [...row, ...Array(columns - row.length).fill("")]
        : row.slice(0, columns),
    );
    return fitted.slice(0, 1 + countDataRows(fitted));
  }

  /**
   * The table with each date cell replaced by the text the sheet shows for it: Sheets formats it in
   * the spreadsheet's time zone, where the Date itself is an instant (a UTC date would be a day off
   * east of UTC).
   */
  private asShown(sheet: SheetPort, table: unknown[][]): unknown[][] {
    const isDate = (v: unknown) => Object.prototype.toString.call(v) === "[object Date]";
    if (!table.some((row) => row.some(isDate))) return table;
    const width = Math.min(table[0]?.length ?? TABLE_COLUMNS, sheet.getMaxColumns());
    const shown = sheet.getRange(1, 1, table.length, width).getDisplayValues();
    return table.map((row, r) => row.map((v, c) => (isDate(v) ? (shown[r][c] ?? "") : v)));
  }

  private find(key: string): FunnelSheet | undefined {
    return this.funnelSheets().find((f) => f.key === key);
  }

  /** A key for a new funnel: not another funnel's, and no live named range uses its names. */
  private freeKey(name: string): string {
    const keys = new Set(this.funnelSheets().map((f) => f.key.toLowerCase()));
    const liveNames = new Set(
      this.deps.spreadsheet
        .getNamedRanges()
        .filter((n) => liveRange(n) !== undefined)
        .map((n) => n.getName().toLowerCase()),
    );
    return uniqueKey(deriveKey(name), (candidate) => {
      const names = Object.values(namedRangeNames(candidate));
      return keys.has(candidate.toLowerCase()) || names.some((n) => liveNames.has(n.toLowerCase()));
    });
  }

  /**
   * Funnel sheets with their keys. A key comes from the `<key>_Stages` named range on the sheet's
   * column A; a table typed in by hand (no named ranges yet) gets one derived from its sheet name.
   * Broken named ranges (their sheet was deleted) name no funnel and block no key.
   */
  private funnelSheets(): FunnelSheet[] {
    const ss = this.deps.spreadsheet;
    const keyBySheet = new Map<string, string>();
    const liveNames = new Set<string>();
    for (const named of ss.getNamedRanges()) {
      const range = liveRange(named);
      if (!range) continue;
      const name = named.getName();
      liveNames.add(name.toLowerCase());
      if (!name.endsWith("_Stages")) continue;
      const sheetName = range.getSheet().getName();
      if (range.getColumn() === 1 && !keyBySheet.has(sheetName)) {
        keyBySheet.set(sheetName, name.slice(0, -"_Stages".length));
      }
    }
    const used = new Set([...keyBySheet.values()].map((k) => k.toLowerCase()));
    const out: FunnelSheet[] = [];
    for (const sheet of ss.getSheets()) {
      const width = Math.min(TABLE_COLUMNS, sheet.getMaxColumns());
      if (!isStageHeader(sheet.getRange(1, 1, 1, width).getValues()[0])) continue;
      let key = keyBySheet.get(sheet.getName());
      if (!key) {
        key = uniqueKey(deriveKey(sheet.getName()), (k) => {
          const names = Object.values(namedRangeNames(k)).map((n) => n.toLowerCase());
          return used.has(k.toLowerCase()) || names.some((n) => liveNames.has(n));
        });
        used.add(key.toLowerCase());
      }
      out.push({ key, sheet });
    }
    return out;
  }
}
