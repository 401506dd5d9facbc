/** Small helpers for writing SVG markup as strings, escaping all text. */

/** Escapes text for use in SVG/HTML content and attribute values. */
export function esc(text: string | number): string {
  const s = String(text);
  // Most text (codes, numbers, colours, most names) has nothing to escape: five scans saved, a million times a build.
  if (!/[&<>"']/.test(s)) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Rounds coordinates so output is compact and identical across runs. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The size of a chart's text unless it says otherwise (the smallest a phone may show), set
 * once on the chart's root so that the hundreds of axis labels and values on a page of
 * charts do not each repeat it.
 */
export const CHART_FONT = 12;

/**
 * Opens an accessible SVG: role="img" with <title> and <desc>. The chart's real table
 * sits next to it in the page, so the SVG itself carries only the short description.
 */
export function svgOpen(id: string, width: number, height: number, title: string, desc: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${esc(id)}-svg-title ${esc(id)}-svg-desc" font-family="system-ui, sans-serif" font-size="${CHART_FONT}"><title id="${esc(id)}-svg-title">${esc(title)}</title><desc id="${esc(id)}-svg-desc">${esc(desc)}</desc>`;
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
 * Text widths. SVG has no text layout of its own, so widths are estimated from the advance
 * widths of DejaVu Sans, the widest of the common sans-serif fonts (and the one Debian's
 * Chromium uses for system-ui), plus a margin: text that fits by this estimate fits in any
 * narrower font too. Used to keep labels from overlapping and to wrap exported titles.
 */
// Advance widths (em) of DejaVu Sans Book for printable ASCII from space (32) to ~ (126).
const ASCII_EM = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337, 0.636, 0.636,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.0, 0.684, 0.686,
  0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635,
  0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615,
  0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592,
  0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
];
/** Bold DejaVu Sans is about this much wider than Book. */
const BOLD = 1.12;
/** Room for fonts and renderers that set text a little wider than the table says. */
const MARGIN = 1.04;

/** Estimated width in CSS px of `text` set at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 32 && code <= 126 ? ASCII_EM[code - 32]! : code === 0x2013 ? 0.5 : code === 0x2014 ? 1 : 0.7;
  }
  return em * size * (bold ? BOLD : 1) * MARGIN;
}
