/**
 * A sparkline: a small line of monthly values with no axes, for a page's first screen,
 * where it shows the shape of the trend beside the figures that state it. The months
 * before `splitAt` are drawn dashed and grey and the rest solid, so the year before and
 * the latest year read apart without colour; the last value is marked. Its text
 * alternative (title and desc) gives a reader who cannot see it the same: the lowest,
 * highest and latest values. The full series and its table are the page's trend chart.
 */
import { scaleLinear } from 'd3';
import { r, svgOpen } from './svg';

export interface SparklineOptions {
  /** Unique on the page: ids of the title and description derive from it. */
  id: string;
  title: string;
  desc: string;
  /** Index of the first value drawn solid (the start of the latest period); 0 draws the whole line solid. */
  splitAt?: number;
  width?: number;
  height?: number;
}

/** The earlier stretch's colour: grey with at least 3:1 contrast on white, as a graphic needs. */
const EARLIER = '#6b7682';
const LATER = '#0b5cab';

/** A sparkline of `values` (at least two) as SVG markup. */
export function sparkline(values: readonly number[], opts: SparklineOptions): string {
  if (values.length < 2) throw new Error(`a sparkline needs two values or more, got ${values.length}`);
  const { id, title, desc, splitAt = 0, width = 320, height = 56 } = opts;
  const pad = 5;
  const x = scaleLinear()
    .domain([0, values.length - 1])
    .range([pad, width - pad]);
  const max = Math.max(...values);
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([height - pad, pad]);
  const points = values.map((v, i) => `${r(x(i))},${r(y(v))}`);
  const line = (from: number, to: number) => `M${points.slice(from, to + 1).join('L')}`;
  const split = Math.min(Math.max(splitAt, 0), values.length - 1);
  const last = values.length - 1;
  return [
    svgOpen(id, width, height, title, desc).replace('<svg ', '<svg class="sparkline" '),
    `<line x1="${pad}" x2="${width - pad}" y1="${height - pad}" y2="${height - pad}" stroke="#c9d1d9"/>`,
    split > 0
      ? `<path d="${line(0, split)}" fill="none" stroke="${EARLIER}" stroke-width="2" stroke-dasharray="4 3"/>`
      : '',
    `<path d="${line(split, last)}" fill="none" stroke="${LATER}" stroke-width="2.5" stroke-linejoin="round"/>`,
    `<circle cx="${r(x(last))}" cy="${r(y(values[last]!))}" r="3.5" fill="${LATER}"/>`,
    '</svg>',
  ].join('');
}

/** The text alternative of a monthly sparkline: its lowest, highest and latest months. */
export function sparklineWords(
  months: readonly string[],
  values: readonly number[],
  monthWords: (m: string) => string,
): string {
  const n = (v: number) => v.toLocaleString('en-GB');
  let lo = 0,
    hi = 0;
  values.forEach((v, i) => {
    if (v < values[lo]!) lo = i;
    if (v > values[hi]!) hi = i;
  });
  const last = values.length - 1;
  return `lowest ${n(values[lo]!)} in ${monthWords(months[lo]!)}, highest ${n(values[hi]!)} in ${monthWords(months[hi]!)}, ${n(values[last]!)} in the latest month, ${monthWords(months[last]!)}`;
}
