/**
 * Horizontal bar chart as SVG markup: one bar per category, optionally a second,
 * paler bar for a comparison period. Labels sit beside the bars so long category
 * names stay readable on a phone.
 */
import { scaleLinear } from 'd3';
import { esc, PHONE_WIDTH, r, svgOpen, textWidth, withPhone } from './svg';

export interface Bar {
  label: string;
  value: number | null;
  /** Comparison value (e.g. the same period last year), drawn as a thinner outlined bar. */
  compare?: number | null;
}

export interface BarChartOptions {
  id: string;
  title: string;
  desc: string;
  width?: number;
  /** Height of one category's row. */
  rowHeight?: number;
  valueLabel?: (v: number) => string;
  /** Legend words for the main and comparison bars. */
  seriesLabels?: { value: string; compare?: string };
  /** Set false to draw no phone layout. */
  phone?: boolean;
}

/** Splits a label into lines that fit a width at a font size (words are never broken). */
function wrap(label: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Renders the chart; null values are labelled "no figure" instead of drawn as zero. A
 * chart wider than a phone also carries its phone layout (see PHONE_MARK), where each
 * label sits on its own line above its bars, so bars keep the full width.
 */
export function barChart(bars: Bar[], o: BarChartOptions): string {
  const wide = drawWide(bars, o);
  if ((o.width ?? 720) <= PHONE_WIDTH || o.phone === false) return wide;
  return withPhone(wide, drawPhone(bars, { ...o, id: `${o.id}-phone` }));
}

function drawPhone(bars: Bar[], o: BarChartOptions): string {
  const width = PHONE_WIDTH,
    font = 13,
    lineH = 16;
  const m = { top: 4, right: 56, left: 2 };
  const hasCompare = bars.some((b) => b.compare !== undefined);
  const barH = hasCompare ? 12 : 16;
  const max = Math.max(1, ...bars.flatMap((b) => [b.value ?? 0, b.compare ?? 0]));
  const x = scaleLinear()
    .domain([0, max])
    .range([m.left, width - m.right]);
  const fmt = o.valueLabel ?? ((v: number) => v.toLocaleString('en-GB'));
  const parts: string[] = [];
  let top = m.top;
  for (const b of bars) {
    const lines = wrap(b.label, width - 4, font);
    parts.push('<g class="bar">');
    lines.forEach((l, i) =>
      parts.push(
        `<text x="${m.left}" y="${top + lineH * (i + 1) - 4}" font-size="${font}" fill="#1b1f24">${esc(l)}</text>`,
      ),
    );
    top += lineH * lines.length + 2;
    if (b.value === null)
      parts.push(`<text x="${m.left}" y="${top + barH / 2}" dy="0.32em" fill="#4a5562">no figure</text>`);
    else {
      parts.push(
        `<rect x="${m.left}" y="${top}" width="${r(Math.max(0, x(b.value) - m.left))}" height="${barH}" fill="#0072B2"><title>${esc(`${b.label}: ${fmt(b.value)}`)}</title></rect>`,
      );
      parts.push(
        `<text x="${r(x(b.value) + 4)}" y="${top + barH / 2}" dy="0.32em" fill="#1b1f24">${esc(fmt(b.value))}</text>`,
      );
    }
    top += barH + 2;
    if (hasCompare && b.compare !== null && b.compare !== undefined) {
      parts.push(
        `<rect x="${m.left + 0.75}" y="${top}" width="${r(Math.max(0, x(b.compare) - m.left))}" height="${barH - 2}" fill="#ffffff" stroke="#D55E00" stroke-width="1.5"><title>${esc(`${b.label}, ${o.seriesLabels?.compare ?? 'comparison'}: ${fmt(b.compare)}`)}</title></rect>`,
      );
      parts.push(
        `<text x="${r(x(b.compare) + 4)}" y="${top + (barH - 2) / 2}" dy="0.32em" fill="#4a5562">${esc(fmt(b.compare))}</text>`,
      );
      top += barH;
    }
    top += 10;
    parts.push('</g>');
  }
  return `${svgOpen(o.id, width, top, o.title, o.desc)}${parts.join('')}</svg>`;
}

function drawWide(bars: Bar[], o: BarChartOptions): string {
  const width = o.width ?? 720;
  const rowH = o.rowHeight ?? (bars.some((b) => b.compare !== undefined) ? 44 : 30);
  const labelW = Math.min(260, Math.max(...bars.map((b) => b.label.length)) * 7 + 12);
  const m = { top: 8, right: 80, bottom: 8, left: labelW };
  const height = m.top + m.bottom + rowH * bars.length;
  const max = Math.max(1, ...bars.flatMap((b) => [b.value ?? 0, b.compare ?? 0]));
  const x = scaleLinear()
    .domain([0, max])
    .range([m.left, width - m.right]);
  const fmt = o.valueLabel ?? ((v: number) => v.toLocaleString('en-GB'));
  const parts = [svgOpen(o.id, width, height, o.title, o.desc)];
  bars.forEach((b, i) => {
    const top = m.top + i * rowH;
    const hasCompare = b.compare !== undefined;
    const barH = hasCompare ? rowH * 0.42 : rowH * 0.66;
    parts.push(`<g class="bar">`);
    parts.push(
      `<text x="${m.left - 8}" y="${r(top + rowH / 2)}" dy="0.32em" text-anchor="end" font-size="13" fill="#1b1f24">${esc(b.label)}</text>`,
    );
    if (b.value === null) {
      parts.push(`<text x="${m.left + 4}" y="${r(top + barH / 2 + 2)}" dy="0.32em" fill="#4a5562">no figure</text>`);
    } else {
      parts.push(
        `<rect x="${m.left}" y="${r(top + 2)}" width="${r(Math.max(0, x(b.value) - m.left))}" height="${r(barH)}" fill="#0072B2"><title>${esc(`${b.label}: ${fmt(b.value)}`)}</title></rect>`,
      );
      parts.push(
        `<text x="${r(x(b.value) + 4)}" y="${r(top + 2 + barH / 2)}" dy="0.32em" fill="#1b1f24">${esc(fmt(b.value))}</text>`,
      );
    }
    if (hasCompare && b.compare !== null && b.compare !== undefined) {
      const cy = top + 4 + barH;
      parts.push(
        `<rect x="${m.left}" y="${r(cy)}" width="${r(Math.max(0, x(b.compare) - m.left))}" height="${r(barH * 0.8)}" fill="#ffffff" stroke="#D55E00" stroke-width="1.5"><title>${esc(`${b.label}, ${o.seriesLabels?.compare ?? 'comparison'}: ${fmt(b.compare)}`)}</title></rect>`,
      );
      parts.push(
        `<text x="${r(x(b.compare) + 4)}" y="${r(cy + barH * 0.4)}" dy="0.32em" fill="#4a5562">${esc(fmt(b.compare))}</text>`,
      );
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
