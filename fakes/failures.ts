/**
 * Failure injection: make the Nth mutating call of a kind (or of any kind) throw before it changes
 * anything, as a Sheets service error would, so a test can fail a save at each of its steps.
 */
export type OperationKind =
  | "values"
  | "formulas"
  | "clearContent"
  | "clear"
  | "numberFormat"
  | "note"
  | "fontWeight"
  | "background"
  | "fontColor"
  | "fontStyle"
  | "fontSize"
  | "border"
  | "wrap"
  | "insertSheet"
  | "deleteSheet"
  | "renameSheet"
  | "frozenRows"
  | "frozenColumns"
  | "columnWidth"
  | "chart"
  | "conditionalFormat"
  | "dataValidation"
  | "insertCells"
  | "deleteCells"
  | "insertRows"
  | "deleteRows"
  | "insertColumns"
  | "deleteColumns"
  | "namedRange"
  | "metadata"
  | "hidden";

interface Planned {
  kind: OperationKind | "any";
  remaining: number;
  message: string;
}

export const SERVICE_ERROR =
  "Service Spreadsheets failed while accessing document with id fake-spreadsheet.";

export class FailureInjector {
  private planned: Planned[] = [];
  /** Mutating calls seen so far (whether or not one failed). */
  count = 0;
  /** The kinds of the calls seen, in order (to list a command's steps). */
  readonly seen: OperationKind[] = [];

  /** The `nth` call of `kind` from now on throws `message`; "any" counts every mutating call. */
  failOn(kind: OperationKind | "any", nth = 1, message = SERVICE_ERROR): this {
    if (!(Number.isInteger(nth) && nth >= 1))
      throw new Error(`failOn: nth must be ≥ 1, got ${nth}`);
    this.planned.push({ kind, remaining: nth, message });
    return this;
  }

  private quiet = 0;

  /**
   * Runs `apply` as the parts of one service call (a RangeList setter writes each of its ranges):
   * the call was checked once, so its parts are not checked or counted again.
   */
  asOneCall<T>(apply: () => T): T {
    this.quiet++;
    try {
      return apply();
    } finally {
      this.quiet--;
    }
  }

  /** Called by the fake before each mutation; throws when a planned failure is due. */
  check(kind: OperationKind): void {
    if (this.quiet > 0) return;
    this.count++;
    this.seen.push(kind);
    for (const plan of this.planned) {
      if (plan.kind !== "any" && plan.kind !== kind) continue;
      plan.remaining--;
      if (plan.remaining === 0) {
        this.planned = this.planned.filter((p) => p !== plan);
        throw new Error(plan.message);
      }
    }
  }
}
