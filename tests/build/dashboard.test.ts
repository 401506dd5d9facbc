/**
 * The built dashboard: pages exist, the published Q1 2012/13 figures appear exactly,
 * each CSV download parses back to exactly the numbers in its page's table, and
 * indicator pages ship no JavaScript.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { distFile, distFiles } from '../helpers/dist';
import { tableRows as htmlTableRows } from '../helpers/html';

const INDICATORS = ['violent-crime', 'property-crime', 'anti-social-behaviour', 'confidence'];

describe('dashboard pages', () => {
  it('builds a page for every indicator and the home page links to each', () => {
    const home = distFile('index.html');
    for (const id of INDICATORS) {
      expect(distFiles('.html')).toContain(`indicators/${id}/index.html`);
      expect(home).toContain(`href="/indicators/${id}/"`);
    }
  });

  it('shows the Q1 2012/13 figures exactly as published', () => {
    const violence = distFile('indicators/violent-crime/index.html');
    const property = distFile('indicators/property-crime/index.html');
    const asb = distFile('indicators/anti-social-behaviour/index.html');
    expect(violence).toContain('983 offences');
    for (const figure of ['3,580', '834', '126', '1,787', '534']) expect(property).toContain(`>${figure}<`);
    expect(asb).toContain('4,584 incidents');
    expect(distFile('index.html')).toMatch(/983[\s\S]*3,580[\s\S]*4,584/);
  });

  it('says in words and colour whether each indicator is on track', () => {
    const home = distFile('index.html');
    expect(home.match(/class="status status-ahead"/g)).toHaveLength(3);
    expect(home.match(/class="status status-none"/g)).toHaveLength(1);
    expect(home).toContain('On track');
    expect(home).toContain('No figure yet');
  });

  it('gives each CSV download exactly the numbers of its table', () => {
    let checked = 0;
    for (const id of INDICATORS) {
      const html = distFile(`indicators/${id}/index.html`);
      const csvLinks = [...html.matchAll(/href="(\/indicators\/[^"]+\.csv)"/g)].map((m) => m[1]!);
      expect(csvLinks.length).toBeGreaterThan(0);
      for (const link of csvLinks) {
        const chartId = link.split('/').pop()!.replace('.csv', '');
        const parsed = Papa.parse<string[]>(distFile(link.slice(1)).trimEnd(), { header: false });
        expect(parsed.errors).toEqual([]);
        const [, ...csvRows] = parsed.data;
        const htmlRows = htmlTableRows(html, `${chartId}-table`);
        expect(csvRows).toEqual(htmlRows.map((row) => row.map((cell) => (cell === '—' ? '' : cell))));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('ships no JavaScript on the home and indicator pages', () => {
    for (const page of ['index.html', ...INDICATORS.map((id) => `indicators/${id}/index.html`)]) {
      expect(distFile(page)).not.toMatch(/<script/);
    }
  });

  it('draws charts as accessible SVG with a title and description', () => {
    const html = distFile('indicators/property-crime/index.html');
    const svgs = html.match(/<svg[^>]*role="img"[^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*><title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
  });
});
