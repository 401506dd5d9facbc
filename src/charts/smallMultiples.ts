/**
 * Small multiples as one SVG: several charts of the same size laid out in a grid, each
 * under its own title, so the group downloads and embeds as a single image. Panels must
 * not rely on their own viewBox for scaling: they are placed at 1:1.
 */
import { esc, PHONE_WIDTH, svgOpen, textWidth, withPhone } from './svg';

export interface Panel {
  title: string;
  /** A complete chart SVG drawn at `cellWidth` × `chartHeight`, from the origin. */
  svg: string;
  /** The same chart drawn PHONE_WIDTH wide × `chartHeight`, for the one-column phone layout. */
  phoneSvg?: string;
}

export interface SmallMultiplesOptions {
  id: string;
  title: string;
  desc: string;
  columns: number;
  cellWidth: number;
  /** Height of each chart, below its title line. */
  chartHeight: number;
  /** Height of each phone panel (the phone drawings' own height), where it differs from chartHeight. */
  phoneChartHeight?: number;
}

const TITLE_H = 22;

/**
 * Places each panel's chart in a grid, its title above it. When every panel has a phone
 * drawing, the markup also carries a one-column phone layout (see PHONE_MARK).
 */
export function smallMultiples(panels: readonly Panel[], o: SmallMultiplesOptions): string {
  const wide = grid(panels, o);
  if (!panels.length || !panels.every((p) => p.phoneSvg) || o.columns * o.cellWidth <= PHONE_WIDTH) return wide;
  return withPhone(
    wide,
    grid(
      panels.map((p) => ({ title: p.title, svg: p.phoneSvg! })),
      {
        ...o,
        id: `${o.id}-phone`,
        columns: 1,
        cellWidth: PHONE_WIDTH,
        chartHeight: o.phoneChartHeight ?? o.chartHeight,
      },
    ),
  );
}

function grid(panels: readonly Panel[], o: SmallMultiplesOptions): string {
  const rows = Math.ceil(panels.length / o.columns);
  const cellH = TITLE_H + o.chartHeight;
  const width = o.columns * o.cellWidth;
  const height = rows * cellH;
  const parts = [svgOpen(o.id, width, height, o.title, o.desc)];
  panels.forEach((p, i) => {
    const x = (i % o.columns) * o.cellWidth;
    const y = Math.floor(i / o.columns) * cellH;
    // A long category name steps down to 12px (the phone minimum) rather than run into the next panel.
    const size = textWidth(p.title, 14, true) <= o.cellWidth - 12 ? 14 : 12;
    parts.push(
      `<text x="${x + 8}" y="${y + 16}" font-size="${size}" font-weight="600" fill="#1b1f24">${esc(p.title)}</text>`,
    );
    // The panel's contents move into a group at its cell (nested <svg> elements would be
    // resized by page CSS aimed at the outer chart).
    const inner = p.svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
    parts.push(`<g transform="translate(${x} ${y + TITLE_H})">${inner}</g>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
