/** Sheet.newChart() and SpreadsheetApp.newConditionalFormatRule(): builders recorded as plain data. */
import type { FakeRange } from "./range";

/** An embedded chart as inserted: its kind, title, data ranges (A1 on its sheet) and anchor. */
export interface FakeChart {
  kind: "bar" | "column" | "line" | "pie";
  title: string;
  ranges: string[];
  row: number;
  column: number;
  options: Record<string, unknown>;
}

/** Sheet.newChart(): the builder calls the add-on makes, recorded into a FakeChart. */
export class FakeChartBuilder {
  private readonly chart: FakeChart = {
    kind: "column",
    title: "",
    ranges: [],
    row: 1,
    column: 1,
    options: {},
  };
  asBarChart(): this {
    this.chart.kind = "bar";
    return this;
  }
  asColumnChart(): this {
    this.chart.kind = "column";
    return this;
  }
  asLineChart(): this {
    this.chart.kind = "line";
    return this;
  }
  asPieChart(): this {
    this.chart.kind = "pie";
    return this;
  }
  addRange(range: FakeRange): this {
    this.chart.ranges.push(range.getA1Notation());
    return this;
  }
  setTitle(title: string): this {
    this.chart.title = title;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.chart.options[option] = value;
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, _offsetX: number, _offsetY: number): this {
    this.chart.row = anchorRow;
    this.chart.column = anchorColumn;
    return this;
  }
  build(): FakeChart {
    return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } };
  }
}

/** A conditional format rule: a custom formula and the background it applies to its ranges. */
export interface FakeConditionalRule {
  formula: string;
  background: string;
  ranges: string[];
}

export class FakeConditionalRuleBuilder {
  private rule: FakeConditionalRule = { formula: "", background: "", ranges: [] };
  whenFormulaSatisfied(formula: string): this {
    this.rule.formula = formula;
    return this;
  }
  setBackground(color: string): this {
    this.rule.background = color;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.rule.ranges = ranges.map((r) => r.getA1Notation());
    return this;
  }
  build(): FakeConditionalRule {
    return { ...this.rule, ranges: [...this.rule.ranges] };
  }
}
