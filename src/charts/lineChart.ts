/**
 * Line chart as SVG markup: one or more series over ordered periods (months or
 * quarters), with an optional target line and labelled markers for breaks in the
 * series (a boundary change, a category change). Pure: data in, markup out.
 */
import { scaleLinear, scalePoint } from 'd3';
import { line } from 'd3';
import { CHART_FONT, esc, PHONE_WIDTH, r, SERIES_STYLES, svgOpen, textWidth, withPhone } from './svg';

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
  /** Set false to draw no phone layout (e.g. a panel that is placed inside another chart). */
  phone?: boolean;
  /**
   * Set false to draw the lines without a dot and hover label at each point: for panels of
   * small multiples, where dozens of dots per panel add weight but no reading the table
   * beside the chart does not already give.
   */
  dots?: boolean;
}

// Text takes the chart's own size, CHART_FONT (svgOpen); axis labels take the axis group's colour.
const GAP = 10;

/**
 * Renders the chart. Series styles follow SERIES_STYLES by position. A chart wider than
 * a phone also carries its phone layout (see PHONE_MARK): narrower, with the axis title
 * above the plot, shorter marker labels and fewer x labels, all text at 12 px.
 */
export function lineChart(series: LineSeries[], o: LineChartOptions): string {
  const wide = draw(series, o, false);
  if ((o.width ?? 720) <= PHONE_WIDTH || o.phone === false) return wide;
  const height = Math.min(o.height ?? 320, 260);
  return withPhone(wide, draw(series, { ...o, id: `${o.id}-phone`, width: PHONE_WIDTH, height }, true));
}

/** How often to label the x axis so labels never overlap: a multiple of the asked-for step. */
function tickStep(o: LineChartOptions, labels: string[], step: number): number {
  const base = o.xTickEvery ?? Math.max(1, Math.ceil(o.x.length / 8));
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, CHART_FONT)));
  const needed = step > 0 ? Math.ceil((widest + GAP) / step) : 1;
  return needed <= base ? base : base * Math.ceil(needed / base);
}

function draw(series: LineSeries[], o: LineChartOptions, phone: boolean): string {
  const width = o.width ?? 720;
  const height = o.height ?? 320;
  const values = series.flatMap((s) => s.points.map((p) => p.y)).filter((v): v is number => v !== null);
  if (o.target) values.push(o.target.y);
  const max = Math.max(1, ...values);
  const min = o.zero === false ? Math.min(...values) : 0;
  const m = phone ? { top: 44, right: 14, bottom: 40, left: 0 } : { top: 24, right: 24, bottom: 48, left: 0 };
  // As many y ticks as fit with room between their labels (a short panel gets two or three).
  const tickCount = Math.max(2, Math.min(5, Math.floor((height - m.top - m.bottom) / 26)));
  const y = scaleLinear()
    .domain([min, max])
    .nice(tickCount)
    .range([height - m.bottom, m.top]);
  // d3 may return more ticks than asked for: thin them until labels are CHART_FONT + 4 px apart.
  let ticks = y.ticks(tickCount);
  while (ticks.length > 2 && Math.abs(y(ticks[0]!) - y(ticks[1]!)) < CHART_FONT + 4)
    ticks = ticks.filter((_, i) => i % 2 === 0);
  const tickText = ticks.map((t) => t.toLocaleString('en-GB'));
  // The left margin fits the longest tick label; on phones the axis title moves above the plot.
  const tickW = Math.max(...tickText.map((t) => textWidth(t, CHART_FONT)));
  m.left = phone ? Math.round(tickW + 12) : Math.max(76, Math.round(tickW + 30));
  const x = scalePoint<string>()
    .domain(o.x)
    .range([m.left, width - m.right])
    .padding(0.3);
  const xLabel = o.xLabel ?? ((v: string) => v);
  const labels = o.x.map(xLabel);
  const every = tickStep(o, labels, x.step());

  const parts: string[] = [svgOpen(o.id, width, height, o.title, o.desc)];
  parts.push('<g class="axis y-axis" fill="#4a5562">');
  ticks.forEach((t, i) => {
    parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${r(y(t))}" y2="${r(y(t))}" stroke="#d9dee3"/>`);
    parts.push(`<text x="${m.left - 8}" y="${r(y(t))}" dy="0.32em" text-anchor="end">${esc(tickText[i]!)}</text>`);
  });
  parts.push(
    phone
      ? `<text class="axis-title" x="0" y="14">${esc(o.yLabel)}</text>`
      : `<text class="axis-title" transform="translate(12 ${r((height - m.bottom + m.top) / 2)}) rotate(-90)" text-anchor="middle">${esc(o.yLabel)}</text>`,
  );
  parts.push('</g><g class="axis x-axis" fill="#4a5562">');
  parts.push(
    `<line x1="${m.left}" x2="${width - m.right}" y1="${height - m.bottom}" y2="${height - m.bottom}" stroke="#4a5562"/>`,
  );
  // Every nth period is labelled, and the final one too; a label that would touch the one
  // before it is left out. Labels at the plot's ends are anchored inwards to stay inside.
  let lastRight = -Infinity;
  o.x.forEach((key, i) => {
    if (i % every !== 0 && i !== o.x.length - 1) return;
    const px = x(key) ?? 0;
    const w = textWidth(labels[i]!, CHART_FONT);
    const anchor = px - w / 2 < 0 ? 'start' : px + w / 2 > width ? 'end' : 'middle';
    const tx = anchor === 'start' ? Math.max(0, px - 4) : anchor === 'end' ? Math.min(width, px + 4) : px;
    const left = anchor === 'start' ? tx : anchor === 'end' ? tx - w : tx - w / 2;
    if (left < lastRight + GAP) return;
    lastRight = left + w;
    parts.push(`<text x="${r(tx)}" y="${height - m.bottom + 18}" text-anchor="${anchor}">${esc(labels[i]!)}</text>`);
  });
  parts.push('</g>');

  for (const mk of o.markers ?? []) {
    const mx = x(mk.x);
    if (mx === undefined) continue;
    // Labels of markers in the right half sit to the left of the line so they are not cut off.
    const right = mx > width / 2;
    const label = phone ? mk.label.split(':')[0]! : mk.label;
    parts.push(
      `<g class="marker"><line x1="${r(mx)}" x2="${r(mx)}" y1="${m.top - 8}" y2="${height - m.bottom}" stroke="#1b1f24" stroke-dasharray="3 3"/><text x="${r(right ? mx - 4 : mx + 4)}" y="${m.top - 10}" fill="#1b1f24"${right ? ' text-anchor="end"' : ''}>${esc(label)}</text></g>`,
    );
  }
  if (o.target) {
    const ty = y(o.target.y);
    parts.push(
      `<g class="target"><line x1="${m.left}" x2="${width - m.right}" y1="${r(ty)}" y2="${r(ty)}" stroke="#1b1f24" stroke-width="2" stroke-dasharray="8 4"/><text x="${width - m.right}" y="${r(ty - 6)}" text-anchor="end" fill="#1b1f24">${esc(o.target.label)}</text></g>`,
    );
  }

  series.forEach((s, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
    const pts = s.points.filter((p) => x(p.x) !== undefined);
    const path =
      line<LinePoint>()
        .defined((p) => p.y !== null)
        .x((p) => x(p.x) ?? 0)
        .y((p) => y(p.y ?? 0))(pts) ?? '';
    parts.push(
      // The series' colour fills its dots from the group; the line itself is unfilled.
      `<g class="series" data-series="${esc(s.id)}" fill="${style.color}"><path d="${path.replace(/(\d+\.\d{2,})/g, (n) => String(r(Number(n))))}" fill="none" stroke="${style.color}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
    );
    // Dense series get small dots; sparse ones (a few published points) stay visible.
    const dot = pts.filter((p) => p.y !== null).length > 40 ? 1.5 : 4;
    for (const p of o.dots === false ? [] : pts) {
      if (p.y === null) continue;
      parts.push(
        `<circle cx="${r(x(p.x) ?? 0)}" cy="${r(y(p.y))}" r="${dot}"><title>${esc(`${s.label}, ${xLabel(p.x)}: ${p.y.toLocaleString('en-GB')}`)}</title></circle>`,
      );
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
