import { describe, expect, it } from 'vitest';
import {
  csvMetadata,
  embedPage,
  extractCharts,
  inlineShapes,
  standaloneSvg,
  withoutPageLinks,
} from '../../scripts/lib/chart-files';
import { textWidth } from '../../src/charts/svg';
import { zip, crc32 } from '../../src/core/zip';
import { citationText, chartKey } from '../../src/core/citation';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const page = `<main><figure class="chart" id="trend" aria-labelledby="trend-title" data-chart-key="things/trend" data-chart-title="Things &amp; more" data-chart-source="A &quot;source&quot;" data-chart-period="2012" data-chart-licence="OGL" data-chart-licence-url="https://licence.example/ogl" data-chart-page="/things/" data-chart-anchor="trend" data-chart-summary="Up.">
<figcaption><h2>Things</h2></figcaption><ul class="legend" aria-label="Legend"><li><svg width="28"><line/></svg><span>Series A</span></li></ul>
<div class="chart-image"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" role="img"><title>t</title></svg></div>
<table id="trend-table"><thead><tr><th scope="col">Year</th><th scope="col" class="num">Count</th></tr></thead></table></figure>
<figure class="chart" id="t2" data-chart-key="things/table" data-chart-title="T" data-chart-source="S" data-chart-period="P" data-chart-licence="L" data-chart-page="/things/" data-chart-anchor="t2" data-chart-summary="s"><table><thead><tr><th>A</th></tr></thead></table></figure></main>`;

describe('chart files', () => {
  const [chart, tableOnly] = extractCharts(page);

  it('reads each chart frame, unescaping its attributes', () => {
    expect(chart).toMatchObject({
      key: 'things/trend',
      title: 'Things & more',
      source: 'A "source"',
      headings: ['Year', 'Count'],
      numeric: [false, true],
      legend: [{ label: 'Series A' }],
    });
    expect(chart?.svg).toMatch(/^<svg/);
    expect(tableOnly?.svg).toBeNull();
  });

  it("writes a map's outlines in and takes the page's ward links out, for a file that stands alone", () => {
    const map =
      '<svg data-shapes="/w.svg"><g class="wards"><a href="/wards/A1/" aria-label="Ward A: 3 offences" data-name="Ward A"><use href="/w.svg#A1" fill="#111" data-ward="A1"/></a></g></svg>';
    const file = withoutPageLinks(inlineShapes(map, '<svg><path id="A1" d="M0 0l1 1z"/></svg>'));
    expect(file).toBe('<svg><g class="wards"><path d="M0 0l1 1z" fill="#111"/></g></svg>');
    expect(() => inlineShapes(map, '<svg></svg>')).toThrow(/A1 is not in the shapes file/);
  });

  it('puts the title, legend, source, licence and address inside the standalone SVG', () => {
    const svg = standaloneSvg(chart!, 'https://example.org');
    expect(svg).toContain('Things &amp; more');
    expect(svg).toContain('Series A');
    expect(svg).toContain('Source: A &quot;source&quot;. Period: 2012.');
    expect(svg).toContain('Licence: OGL');
    expect(svg).toContain('https://example.org/things/#trend');
  });

  it('wraps a long title and address to the image width instead of running past its edge', () => {
    const long = {
      ...chart!,
      title:
        'Miscellaneous crimes against society per 1,000 residents in each of the wards in force since May 2022, financial year 2025/26',
      page: '/wards/map/2022/miscellaneous-crimes-against-society/2025-04/rate/',
    };
    const svg = standaloneSvg(long, 'https://data.saferbromley.org.uk');
    const width = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    const lines = [...svg.matchAll(/<text x="(\d+)"[^>]*font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)<\/text>/g)];
    expect(lines.filter((l) => l[3]).length).toBeGreaterThan(1);
    for (const [, x, size, bold, text] of lines)
      expect(Number(x) + textWidth(text!, Number(size), Boolean(bold)), text).toBeLessThanOrEqual(width - 8);
    expect(lines.map((l) => l[4]).join('')).toContain(
      'https://data.saferbromley.org.uk/wards/map/2022/miscellaneous-crimes-against-society/2025-04/rate/#trend',
    );
  });

  it('makes an embed page that links back to the chart and offers the data', () => {
    const html = embedPage(chart!, {
      siteName: 'Portal',
      siteUrl: 'https://example.org',
      stylesheets: ['/a.css'],
      lang: 'en-GB',
      csp: "default-src 'self'",
    });
    expect(html).toContain('<a href="https://example.org/things/#trend" target="_top">');
    expect(html).toContain('href="/things/trend.csv"');
    expect(html).toContain('<link rel="stylesheet" href="/a.css">');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    // The image carries the title; the page's heading is for screen readers, so it shows once.
    expect(html).toContain('<h1 class="visually-hidden" id="embed-title">Things &amp; more</h1>');
    expect(html).toContain('<img src="/things/trend.svg" alt="Up.">');
    expect(html.match(/Things &amp; more/g)).toHaveLength(2); // <title> and the hidden heading
  });

  it('describes the CSV in CSV on the Web metadata, with numeric columns typed', () => {
    const meta = JSON.parse(
      csvMetadata(chart!, ['year', 'count'], {
        siteUrl: 'https://example.org',
        publisher: 'P',
        modified: '2026-01-01',
      }),
    );
    expect(meta.url).toBe('https://example.org/things/trend.csv');
    expect(meta.tableSchema.columns).toEqual([
      { name: 'year', titles: 'Year', datatype: 'string' },
      { name: 'count', titles: 'Count', datatype: 'number' },
    ]);
  });

  it('claims a licence in the metadata only where the chart names one', () => {
    const stated = JSON.parse(
      csvMetadata(chart!, ['year', 'count'], {
        siteUrl: 'https://example.org',
        publisher: 'P',
        modified: '2026-01-01',
      }),
    );
    expect(stated['dc:license']).toEqual({ '@id': 'https://licence.example/ogl' });
    const none = JSON.parse(
      csvMetadata(tableOnly!, ['a'], { siteUrl: 'https://example.org', publisher: 'P', modified: '2026-01-01' }),
    );
    expect(none['dc:license']).toBeUndefined();
    expect(none['dc:rights']).toBe('L');
  });
});

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
  it('writes an archive that another implementation reads back intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    const file = join(dir, 'a.zip');
    writeFileSync(
      file,
      zip(
        [
          { name: 'a/one.csv', data: new TextEncoder().encode('x,y\n1,2\n') },
          { name: 'two.json', data: new TextEncoder().encode('{}') },
        ],
        '2026-11-21',
      ),
    );
    const out = execFileSync(
      'python3',
      [
        '-c',
        'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.read("a/one.csv").decode(), end=""); print(z.namelist())',
        file,
      ],
      { encoding: 'utf8' },
    );
    rmSync(dir, { recursive: true });
    expect(out).toBe("x,y\n1,2\n['a/one.csv', 'two.json']\n");
  }, 30_000); // starts python3, which takes seconds on a busy machine
  it('is byte-for-byte the same for the same input', () => {
    const entries = [{ name: 'f', data: new Uint8Array([1, 2, 3]) }];
    expect(zip(entries, '2026-11-21')).toEqual(zip(entries, '2026-11-21'));
  });
});

describe('citations', () => {
  it('names title, publisher, date, address, licence and source', () => {
    expect(
      citationText({
        title: 'Crime',
        publisher: 'Portal',
        date: '2026-11-21',
        url: 'https://x/y',
        licence: 'OGL v3.0',
        source: 'Police',
      }),
    ).toBe('Crime. Portal, 21 November 2026. https://x/y. OGL v3.0. Source: Police.');
  });
  it('derives the chart key from the CSV address', () => {
    expect(chartKey('/indicators/x/published.csv')).toBe('indicators/x/published');
  });
});
