/** A chart the add-on inserted, drawn as a simple SVG bar, column or line chart of its data. */
import type { ChartView } from "../viewTypes";
import { pageText } from "./pageText";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 360;
const HEIGHT = 240;
const COLORS = ["#4285f4", "#ea4335", "#fbbc04", "#34a853", "#ff6d01", "#46bdc6"];
/** The series colours, cycling as Sheets does. */
const colorOf = (series: number): string => COLORS[series % COLORS.length] ?? "#4285f4";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function compact(n: number): string {
  return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(
    n,
  );
}

export function renderChart(chart: ChartView): SVGSVGElement {
  const root = svg("svg", {
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "img",
    "aria-label": chart.title || pageText().chartLabel,
  });
  root.appendChild(svg("rect", { width: WIDTH, height: HEIGHT, fill: "#fff" }));
  root.appendChild(svg("text", { x: 16, y: 24, class: "chart-title" }, chart.title));
  const values = chart.series.flatMap((s) => s.values.filter((v) => Number.isFinite(v)));
  const max = Math.max(0, ...values);
  if (chart.categories.length === 0 || max <= 0) {
    root.appendChild(
      svg(
        "text",
        { x: WIDTH / 2, y: HEIGHT / 2, "text-anchor": "middle", class: "chart-empty" },
        "No data to chart",
      ),
    );
    return root;
  }
  const plot = { left: 96, top: 40, right: WIDTH - 52, bottom: HEIGHT - 36 };
  const n = chart.categories.length;
  const seriesCount = Math.max(1, chart.series.length);
  const horizontal = chart.kind === "bar";

  // Column charts label every category only while the labels fit side by side (≈6.5 px a
  // character at the label's size); otherwise every second, third… one, as Sheets thins them.
  const longest = Math.min(14, Math.max(1, ...chart.categories.map((c) => c.length)));
  const labelStep = Math.max(1, Math.ceil((longest * 6.5 + 6) / ((plot.right - plot.left) / n)));
  chart.categories.forEach((category, i) => {
    chart.series.forEach((series, s) => {
      const value = Math.max(0, series.values[i] ?? 0);
      const color = colorOf(s);
      if (horizontal) {
        const band = (plot.bottom - plot.top) / n;
        const barHeight = (band * 0.7) / seriesCount;
        const y = plot.top + i * band + band * 0.15 + s * barHeight;
        const width = ((plot.right - plot.left) * value) / max;
        root.appendChild(svg("rect", { x: plot.left, y, width, height: barHeight, fill: color }));
        root.appendChild(
          svg(
            "text",
            { x: plot.left + width + 4, y: y + barHeight / 2 + 4, class: "chart-value" },
            compact(value),
          ),
        );
      } else {
        const band = (plot.right - plot.left) / n;
        const barWidth = (band * 0.7) / seriesCount;
        const x = plot.left + i * band + band * 0.15 + s * barWidth;
        const height = ((plot.bottom - plot.top) * value) / max;
        root.appendChild(
          svg("rect", { x, y: plot.bottom - height, width: barWidth, height, fill: color }),
        );
      }
    });
    const label = category.length > 14 ? `${category.slice(0, 13)}…` : category;
    if (horizontal) {
      const band = (plot.bottom - plot.top) / n;
      root.appendChild(
        svg(
          "text",
          {
            x: plot.left - 6,
            y: plot.top + i * band + band / 2 + 4,
            "text-anchor": "end",
            class: "chart-label",
          },
          label,
        ),
      );
    } else if (i % labelStep === 0) {
      const band = (plot.right - plot.left) / n;
      root.appendChild(
        svg(
          "text",
          {
            x: plot.left + i * band + band / 2,
            y: plot.bottom + 16,
            "text-anchor": "middle",
            class: "chart-label",
          },
          label,
        ),
      );
    }
  });
  root.appendChild(
    svg("line", {
      x1: plot.left,
      y1: plot.bottom,
      x2: plot.right,
      y2: plot.bottom,
      stroke: "#9aa0a6",
    }),
  );
  if (chart.series.length > 1) {
    chart.series.forEach((series, s) => {
      const x = 16 + s * 130;
      root.appendChild(svg("rect", { x, y: HEIGHT - 16, width: 10, height: 10, fill: colorOf(s) }));
      root.appendChild(
        svg("text", { x: x + 14, y: HEIGHT - 7, class: "chart-label" }, series.name),
      );
    });
  }
  return root;
}
