/** Small helpers for writing SVG markup as strings, escaping all text. */

/** Escapes text for use in SVG/HTML content and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Rounds coordinates so output is compact and identical across runs. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Opens an accessible SVG: role="img" with <title> and <desc>. The chart's real table
 * sits next to it in the page, so the SVG itself carries only the short description.
 */
export function svgOpen(id: string, width: number, height: number, title: string, desc: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${esc(id)}-svg-title ${esc(id)}-svg-desc" font-family="system-ui, sans-serif"><title id="${esc(id)}-svg-title">${esc(title)}</title><desc id="${esc(id)}-svg-desc">${esc(desc)}</desc>`;
}

/**
 * Colour-blind-safe series colours (Okabe–Ito), each with a dash pattern so that
 * colour is never the only way to tell series apart.
 */
export const SERIES_STYLES = [
  { color: '#0072B2', dash: '' },
  { color: '#D55E00', dash: '6 3' },
  { color: '#009E73', dash: '2 3' },
  { color: '#CC79A7', dash: '8 3 2 3' },
  { color: '#8a6d00', dash: '1 2' },
  { color: '#56B4E9', dash: '10 4' },
  { color: '#000000', dash: '4 4' },
] as const;

/**
 * Phone layouts. A chart drawn for a 720 px column shrinks to under half on a 360 px
 * phone, and its 12 px text with it; so each wide chart also carries a layout drawn at
 * PHONE_WIDTH, shown at (at least) 1:1 on narrow screens. The two are joined by
 * PHONE_MARK: the page frame splits them; the wide one stays the downloadable image.
 */
export const PHONE_WIDTH = 320;
export const PHONE_MARK = '<!--phone-layout-->';

/** The wide markup followed by its phone layout. */
export function withPhone(wide: string, phone: string): string {
  return `${wide}${PHONE_MARK}${phone}`;
}

/** Splits chart markup into the wide layout and the phone layout (null when there is none). */
export function splitPhone(svg: string): { wide: string; phone: string | null } {
  const i = svg.indexOf(PHONE_MARK);
  return i < 0 ? { wide: svg, phone: null } : { wide: svg.slice(0, i), phone: svg.slice(i + PHONE_MARK.length) };
}

/**
 * A generous estimate of a text's width in CSS px at a font size (system sans-serif
 * glyphs average about 0.6 em; 0.65 leaves room), used to keep labels from overlapping.
 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.65;
}
