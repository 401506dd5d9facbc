/**
 * Legend swatches drawn as tiny inline SVGs (the CSP forbids style attributes), using
 * the same colours and dash patterns as the charts so each entry matches its mark.
 */
import { esc, SERIES_STYLES } from './svg';

export type Swatch =
  | { kind: 'series'; index: number }
  | { kind: 'target' }
  | { kind: 'bar' }
  | { kind: 'compare' }
  | { kind: 'fill'; color: string; stroke?: string; pattern?: 'hatch' };

export interface LegendItem {
  label: string;
  swatch: Swatch;
}

/** SVG markup for one swatch, 28×14. */
export function swatchSvg(s: Swatch): string {
  const open =
    '<svg xmlns="http://www.w3.org/2000/svg" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">';
  switch (s.kind) {
    case 'series': {
      const st = SERIES_STYLES[s.index % SERIES_STYLES.length]!;
      return `${open}<line x1="1" x2="27" y1="7" y2="7" stroke="${st.color}" stroke-width="3"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/><circle cx="14" cy="7" r="3" fill="${st.color}"/></svg>`;
    }
    case 'target':
      return `${open}<line x1="1" x2="27" y1="7" y2="7" stroke="#1b1f24" stroke-width="2" stroke-dasharray="8 4"/></svg>`;
    case 'bar':
      return `${open}<rect x="1" y="2" width="26" height="10" fill="#0072B2"/></svg>`;
    case 'compare':
      return `${open}<rect x="1.5" y="2.5" width="25" height="9" fill="#ffffff" stroke="#D55E00" stroke-width="1.5"/></svg>`;
    case 'fill':
      return `${open}<rect x="0.5" y="0.5" width="27" height="13" fill="${esc(s.color)}" stroke="${esc(s.stroke ?? '#1b1f24')}"/></svg>`;
  }
}
