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
