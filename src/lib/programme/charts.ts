/**
 * Geometry of the build-time bar charts (components/BarChart.astro): d3-scale maps
 * counts to lengths and picks round axis ticks; the SVG itself is static markup.
 */
import { scaleLinear } from "d3-scale";

export interface Bar {
  label: string;
  value: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Where the bars start (the axis), in SVG units. */
  x0: number;
  rows: Array<{ label: string; value: number; y: number; length: number; labelY: number }>;
  /** Whole-number ticks along the axis. */
  ticks: Array<{ value: number; x: number }>;
  /** x of the target line, when a target is given. */
  targetX?: number | undefined;
}

/** Labels sit above their bars so long Chinese names never squeeze the bars on a phone. */
const CHART = { width: 360, rowHeight: 46, labelGap: 20, barHeight: 16, top: 8, axis: 24 } as const;

export function barLayout(bars: readonly Bar[], target?: number): BarLayout {
  const x0 = 4;
  const right = CHART.width - 36;
  const max = Math.max(1, target ?? 0, ...bars.map((b) => b.value));
  const scale = scaleLinear().domain([0, max]).nice().range([x0, right]);
  const rows = bars.map((bar, i) => {
    const top = CHART.top + i * CHART.rowHeight;
    return {
      label: bar.label,
      value: bar.value,
      labelY: top + 14,
      y: top + CHART.labelGap,
      length: scale(bar.value) - x0,
    };
  });
  const ticks = scale
    .ticks(Math.min(5, scale.domain()[1] ?? 1))
    .filter(Number.isInteger)
    .map((value) => ({ value, x: scale(value) }));
  return {
    width: CHART.width,
    height: CHART.top + bars.length * CHART.rowHeight + CHART.axis,
    x0,
    rows,
    ticks,
    targetX: target === undefined ? undefined : scale(target),
  };
}
