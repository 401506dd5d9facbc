/**
 * Line chart as SVG markup: one or more series over ordered periods (months or
 * quarters), with an optional target line and labelled markers for breaks in the
 * series (a boundary change, a category change). Pure: data in, markup out.
 */
import { scaleLinear, scalePoint } from 'd3';
import { line } from 'd3';
import { esc, r, SERIES_STYLES, svgOpen } from './svg';

export interface LinePoint {
  /** Period key, e.g. `2012-04` or `2012/13 Q1`; series share the x keys given in `x`. */
  x: string;
  /** Value, or null where there is no figure (the line breaks there). */
  y: number | null;
}

export interface LineSeries {
  id: string;
  label: string;
  points: LinePoint[];
}

export interface LineChartOptions {
  id: string;
  title: string;
  desc: string;
  /** Every period on the x axis, in order. */
  x: string[];
  /** How a period key is written on the axis. */
  xLabel?: (x: string) => string;
  /** Show every nth label on the x axis (keeps long monthly series readable). */
  xTickEvery?: number;
  yLabel: string;
  width?: number;
  height?: number;
  /** A horizontal reference line, e.g. a target level. */
  target?: { y: number; label: string };
  /** Vertical markers at a period, e.g. `{ x: '2022-05', label: 'New ward boundaries' }`. */
  markers?: Array<{ x: string; label: string }>;
  /** Start the y axis at zero (default true: counts should be compared from zero). */
  zero?: boolean;
}

/** Renders the chart. Series styles follow SERIES_STYLES by position. */
export function lineChart(series: LineSeries[], o: LineChartOptions): string {
  const width = o.width ?? 720;
  const height = o.height ?? 320;
  const m = { top: 24, right: 24, bottom: 48, left: 76 };
  const values = series.flatMap((s) => s.points.map((p) => p.y)).filter((v): v is number => v !== null);
  if (o.target) values.push(o.target.y);
  const max = Math.max(1, ...values);
  const min = o.zero === false ? Math.min(...values) : 0;
  const x = scalePoint<string>().domain(o.x).range([m.left, width - m.right]).padding(0.3);
  const y = scaleLinear().domain([min, max]).nice(5).range([height - m.bottom, m.top]);
  const xLabel = o.xLabel ?? ((v: string) => v);
  const every = o.xTickEvery ?? Math.max(1, Math.ceil(o.x.length / 8));

  const parts: string[] = [svgOpen(o.id, width, height, o.title, o.desc)];
  parts.push('<g class="axis y-axis">');
  for (const t of y.ticks(5)) {
    parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${r(y(t))}" y2="${r(y(t))}" stroke="#d9dee3"/>`);
    parts.push(`<text x="${m.left - 8}" y="${r(y(t))}" dy="0.32em" text-anchor="end" font-size="12" fill="#4a5562">${esc(t.toLocaleString('en-GB'))}</text>`);
  }
  parts.push(`<text transform="translate(12 ${r((height - m.bottom + m.top) / 2)}) rotate(-90)" text-anchor="middle" font-size="12" fill="#4a5562">${esc(o.yLabel)}</text>`);
  parts.push('</g><g class="axis x-axis">');
  parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${height - m.bottom}" y2="${height - m.bottom}" stroke="#4a5562"/>`);
  const lastTick = o.x.length - 1 - ((o.x.length - 1) % every);
  o.x.forEach((key, i) => {
    // The final period is labelled too, unless it would collide with the last regular tick.
    const isLast = i === o.x.length - 1 && i - lastTick >= Math.max(2, every / 2);
    if (i % every !== 0 && !isLast) return;
    parts.push(`<text x="${r(x(key) ?? 0)}" y="${height - m.bottom + 18}" text-anchor="middle" font-size="12" fill="#4a5562">${esc(xLabel(key))}</text>`);
  });
  parts.push('</g>');

  for (const mk of o.markers ?? []) {
    const mx = x(mk.x);
    if (mx === undefined) continue;
    // Labels of markers in the right half sit to the left of the line so they are not cut off.
    const right = mx > width / 2;
    parts.push(`<g class="marker"><line x1="${r(mx)}" x2="${r(mx)}" y1="${m.top - 8}" y2="${height - m.bottom}" stroke="#1b1f24" stroke-dasharray="3 3"/><text x="${r(right ? mx - 4 : mx + 4)}" y="${m.top - 10}" font-size="12" fill="#1b1f24"${right ? ' text-anchor="end"' : ''}>${esc(mk.label)}</text></g>`);
  }
  if (o.target) {
    const ty = y(o.target.y);
    parts.push(`<g class="target"><line x1="${m.left}" x2="${width - m.right}" y1="${r(ty)}" y2="${r(ty)}" stroke="#1b1f24" stroke-width="2" stroke-dasharray="8 4"/><text x="${width - m.right}" y="${r(ty - 6)}" text-anchor="end" font-size="12" fill="#1b1f24">${esc(o.target.label)}</text></g>`);
  }

  series.forEach((s, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
    const pts = s.points.filter((p) => x(p.x) !== undefined);
    const path = line<LinePoint>().defined((p) => p.y !== null).x((p) => x(p.x) ?? 0).y((p) => y(p.y ?? 0))(pts) ?? '';
    parts.push(`<g class="series" data-series="${esc(s.id)}"><path d="${path.replace(/(\d+\.\d{2,})/g, (n) => String(r(Number(n))))}" fill="none" stroke="${style.color}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
    // Dense series get small dots; sparse ones (a few published points) stay visible.
    const dot = pts.filter((p) => p.y !== null).length > 40 ? 1.5 : 4;
    for (const p of pts) {
      if (p.y === null) continue;
      parts.push(`<circle cx="${r(x(p.x) ?? 0)}" cy="${r(y(p.y))}" r="${dot}" fill="${style.color}"><title>${esc(`${s.label}, ${xLabel(p.x)}: ${p.y.toLocaleString('en-GB')}`)}</title></circle>`);
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
