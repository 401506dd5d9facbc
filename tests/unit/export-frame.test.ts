import { describe, expect, it } from 'vitest';
import { embedSize, exportFooter, exportFrameLayout, FRAME, svgSize, wrapText } from '../../src/charts/export-frame';
import { textWidth } from '../../src/charts/svg';

describe('the export frame', () => {
  it('estimates wider text for wider letters, bold and bigger sizes', () => {
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12) * 3);
    expect(textWidth('Oct 2025', 12, true)).toBeGreaterThan(textWidth('Oct 2025', 12));
    expect(textWidth('Oct 2025', 16)).toBeCloseTo((textWidth('Oct 2025', 12) * 16) / 12, 6);
  });

  it('wraps between words, never past the width', () => {
    const lines = wrapText(
      'Recorded offences in each May 2022 ward, all crime, twelve months to January 2026',
      200,
      16,
      true,
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Recorded offences in each May 2022 ward, all crime, twelve months to January 2026');
    for (const l of lines) expect(textWidth(l, 16, true)).toBeLessThanOrEqual(200);
  });

  it('breaks an address too long for a line after a slash', () => {
    const url = 'https://data.example.gov.uk/wards/map/2022/miscellaneous-crimes-against-society/2025-04/rate/#map';
    const lines = wrapText(url, 240, 11);
    expect(lines.join('')).toBe(url);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(240);
    expect(lines.slice(0, -1).every((l) => /[/\-]$/.test(l))).toBe(true);
  });

  it('stacks title, legend, chart and footer, and sizes the embed to hold them', () => {
    const layout = exportFrameLayout(360, 200, {
      title: 'A title long enough to need two lines at this width, surely',
      footer: exportFooter('Police', '2025', 'OGL', 'https://x.org/a/'),
      legendLabels: ['One', 'Two'],
    });
    expect(layout.titleLines.length).toBe(2);
    expect(layout.legend.map((l) => l.y)).toEqual([52, 70]);
    expect(layout.top).toBe(96);
    expect(layout.footerY).toBe(96 + 200 + 20);
    expect(layout.total).toBe(Math.ceil(layout.footerY + (layout.footerLines.length - 1) * FRAME.footer.line + 8));
    expect(embedSize(layout)).toEqual({ width: 360, height: layout.total + FRAME.embedLinks });
    expect(svgSize('<svg viewBox="0 0 640 652">')).toEqual({ width: 640, height: 652 });
  });
});
