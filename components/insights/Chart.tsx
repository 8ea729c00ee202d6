// A chart.js chart on a <canvas>, created in an effect and destroyed on
// unmount / before redraw. Only the controllers and elements the options page
// uses are registered (keeps the bundle small). Every chart carries a text
// summary (aria-describedby) and a table of the same numbers, so nothing is
// visual-only.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);
Chart.defaults.font.family = '"Amazon Ember", Arial, "PingFang SC", "Microsoft YaHei", sans-serif';
Chart.defaults.color = '#565959';

export interface ChartCanvasProps {
  /** What to draw (chart.js configuration; rebuilt when it changes). */
  config: ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;
  /** Accessible name of the chart. */
  label: string;
  /** One-line text summary, shown under the chart and read with it. */
  summary: string;
  /** The numbers as a table (shown on demand). */
  table?: ComponentChildren;
  tableLabel?: string;
  height?: number;
  id: string;
}

export function ChartCanvas({ config, label, summary, table, tableLabel, height = 260, id }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    // No 2D context (a DOM without canvas support): the summary and table still tell it all.
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = el.getContext('2d');
    } catch {
      ctx = null;
    }
    if (!ctx) return;
    const full = { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } };
    const chart = new Chart(ctx, full as ChartConfiguration);
    return () => chart.destroy();
  }, [config]);
  const summaryId = `${id}-summary`;
  return (
    <figure class="rgo-chart" data-chart={id}>
      <div class="rgo-chart__canvas" style={{ height: `${height}px` }}>
        <canvas ref={canvas} role="img" aria-label={label} aria-describedby={summaryId} />
      </div>
      <figcaption id={summaryId} class="rgo-chart__summary">
        {summary}
      </figcaption>
      {table ? (
        <details class="rgo-chart__table">
          <summary>{tableLabel}</summary>
          {table}
        </details>
      ) : null}
    </figure>
  );
}
