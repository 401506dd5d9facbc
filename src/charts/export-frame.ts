/**
 * The frame around a chart exported as an image (SVG, and the PNG drawn from it): the title
 * above, the legend, the chart, and the source, licence and address below, every line
 * wrapped to the image width (estimated by textWidth, as SVG has no text layout of its
 * own). The same layout gives the embed page's size for its snippet.
 */

import { textWidth } from './svg';

/** Splits a word too long for a line, after a `/`, `-`, `?`, `&`, `=` or `_` where one is near the end, else where it must. */
function breakWord(word: string, fits: (s: string) => boolean): string[] {
  const out: string[] = [];
  let rest = word;
  while (rest && !fits(rest)) {
    let n = 1;
    while (n < rest.length && fits(rest.slice(0, n + 1))) n += 1;
    let soft = 0;
    for (let i = 0; i < n; i += 1) if (/[/\-?&=_]/.test(rest[i]!)) soft = i + 1;
    const cut = soft > n / 3 ? soft : n;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

/** Wraps text into lines no wider than `maxWidth` px at `size` px, breaking between words (and inside addresses). */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, size, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakWord(word, fits);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

/** Sizes of the frame's parts, in px. */
export const FRAME = {
  pad: 8,
  title: { size: 16, line: 20 },
  legend: { row: 18, labelX: 42, size: 12 },
  footer: { size: 11, line: 15 },
  /** Height the embed page keeps below the image for its one line of links. */
  embedLinks: 40,
} as const;

/** What goes around the chart. */
export interface ExportFrameText {
  title: string;
  /** Paragraphs under the chart (source and period, licence, address): each is wrapped. */
  footer: string[];
  legendLabels: string[];
}

/** Where everything goes in an exported image of a `width` × `height` chart. */
export interface ExportFrameLayout {
  width: number;
  height: number;
  titleLines: string[];
  legend: Array<{ y: number; lines: string[] }>;
  /** Top of the chart. */
  top: number;
  footerLines: string[];
  /** Baseline of the first footer line. */
  footerY: number;
  /** Height of the whole image. */
  total: number;
}

/** Lays out the frame: every text line fits inside the image width. */
export function exportFrameLayout(width: number, height: number, text: ExportFrameText): ExportFrameLayout {
  const inner = width - 2 * FRAME.pad;
  const titleLines = wrapText(text.title, inner, FRAME.title.size, true);
  let y = 12 + titleLines.length * FRAME.title.line;
  const legend = text.legendLabels.map((label) => {
    const lines = wrapText(label, width - FRAME.legend.labelX - FRAME.pad, FRAME.legend.size);
    const item = { y, lines };
    y += Math.max(FRAME.legend.row, lines.length * 15 + 3);
    return item;
  });
  const top = y + 8;
  const footerLines = text.footer.flatMap((p) => wrapText(p, inner, FRAME.footer.size));
  const footerY = top + height + 20;
  const total = Math.ceil(footerY + (footerLines.length - 1) * FRAME.footer.line + 8);
  return { width, height, titleLines, legend, top, footerLines, footerY, total };
}

/** The paragraphs under an exported chart: source and period, licence, and the chart's address. */
export function exportFooter(source: string, period: string, licence: string, address: string): string[] {
  return [`Source: ${source}. Period: ${period}.`, `Licence: ${licence}`, address];
}

/** The width and height of a chart's SVG, from its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return { width: Number(vb?.[1] ?? 720), height: Number(vb?.[2] ?? 320) };
}

/** The size an embed page needs to show the exported image whole with its line of links. */
export function embedSize(layout: ExportFrameLayout): { width: number; height: number } {
  return { width: layout.width, height: layout.total + FRAME.embedLinks };
}
