/**
 * Sheet.getRangeList(a1Notations): "A collection of one or more Range instances in the same
 * sheet" (Apps Script, Class RangeList). Each setter is one service call that applies to every
 * range of the list, so failure injection counts it once.
 */
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import type { OperationKind } from "./failures";

export class FakeRangeList {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly ranges: FakeRange[],
  ) {
    if (ranges.length === 0) throw new Error("A range list needs at least one range.");
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    ...colorStyle: unknown[]
  ): this {
    return this.each("border", (r) =>
      r.setBorder(top, left, bottom, right, vertical, horizontal, ...colorStyle),
    );
  }
  setBackground(color: string | null): this {
    return this.each("background", (r) => r.setBackground(color));
  }
  setFontWeight(weight: string | null): this {
    return this.each("fontWeight", (r) => r.setFontWeight(weight));
  }
  setFontColor(color: string | null): this {
    return this.each("fontColor", (r) => r.setFontColor(color));
  }
  setNumberFormat(format: string): this {
    return this.each("numberFormat", (r) => r.setNumberFormat(format));
  }
  setNote(note: string | null): this {
    return this.each("note", (r) => r.setNote(note));
  }
  setWrap(wrap: boolean): this {
    return this.each("wrap", (r) => r.setWrap(wrap));
  }
  insertCheckboxes(): this {
    return this.each("dataValidation", (r) => r.insertCheckboxes());
  }
  clearContent(): this {
    return this.each("clearContent", (r) => r.clearContent());
  }

  private each(kind: OperationKind, apply: (range: FakeRange) => unknown): this {
    const failures = this.sheet.book.failures;
    failures.check(kind);
    failures.asOneCall(() => this.ranges.forEach(apply));
    return this;
  }
}
