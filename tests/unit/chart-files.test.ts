/**
 * A figure's files and furniture come from the Figure value alone: the standalone SVG, the
 * embed page and its snippet, the CSV on the Web metadata and the citation.
 */
import { describe, expect, it } from 'vitest';
import {
  chartKey,
  csvColumns,
  csvHref,
  embedHref,
  metadataHref,
  pngHref,
  figureCsv,
  figureForFiles,
  figureOf,
  type Figure,
  type FigureSpec,
  type SiteLicence,
} from '../../src/charts/figure';
import {
  csvMetadata,
  csvTableMetadata,
  embedPage,
  embedSnippet,
  exportLayout,
  figureCitation,
  inlineShapes,
  standaloneSvg,
  withoutPageLinks,
} from '../../src/charts/figure-files';
import { FRAME } from '../../src/charts/export-frame';
import { PHONE_MARK, textWidth } from '../../src/charts/svg';
import { zip, crc32 } from '../../src/core/zip';
import { citationText } from '../../src/core/citation';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { madeTwice } from '../helpers/same-output';

const site: SiteLicence = {
  name: 'Site Licence',
  url: 'https://licence.example/site',
  attribution: 'Contains figures under the Site Licence.',
};
const wide =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" width="720" height="320" role="img"><title>t</title></svg>';
const phone = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 300" role="img"><title>t</title></svg>';
const spec: FigureSpec = {
  csvHref: '/things/trend.csv',
  page: '/things/',
  anchor: 'trend',
  title: 'Things & more',
  summary: 'Up.',
  svg: `${wide}${PHONE_MARK}${phone}`,
  legend: [{ label: 'Series A', swatch: { kind: 'series', index: 0 } }],
  table: {
    caption: 'Things by year',
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'count', label: 'Count', numeric: true },
    ],
    rows: [
      { year: '2011', count: 3 },
      { year: '2012', count: null },
    ],
    context: { area_code: 'E09000006', category: 'all-crime' },
  },
  provenance: {
    source: 'A "source"',
    period: '2012',
    caveats: ['Revised later.'],
    licence: 'OGL',
    licenceUrl: 'https://licence.example/ogl',
  },
};
const chart = figureOf(spec, site);
const tableOnly = figureOf(
  {
    ...spec,
    csvHref: '/things/table.csv',
    anchor: 't2',
    svg: null,
    legend: [],
    provenance: { source: 'S', period: 'P', licence: 'Not stated', licenceUrl: null },
  },
  site,
);
const siteUrl = 'https://example.org';
const metaOpts = { siteUrl, publisher: 'P', modified: '2026-01-01' };

describe('a figure', () => {
  it('takes its key from its CSV, and splits its wide and phone layouts', () => {
    expect(chart.key).toBe('things/trend');
    expect(chart.drawing).toEqual({ wide, phone, shapes: null });
    expect(tableOnly.drawing).toBeNull();
  });

  it("falls back on the site's licence only where the sources state none", () => {
    const unstated = figureOf({ ...spec, provenance: { source: 'S', period: 'P' } }, site);
    expect(unstated.provenance).toMatchObject({
      licence: 'Site Licence (https://licence.example/site)',
      licenceUrl: 'https://licence.example/site',
      attribution: 'Contains figures under the Site Licence.',
      caveats: [],
    });
    expect(chart.provenance).toMatchObject({
      licence: 'OGL',
      licenceUrl: 'https://licence.example/ogl',
      attribution: 'OGL',
    });
    expect(tableOnly.provenance.licenceUrl).toBeNull();
  });

  it('offers a CSV that starts with its context columns, then the rows as shown', () => {
    expect(figureCsv(chart)).toBe(
      'area_code,category,year,count\nE09000006,all-crime,2011,3\nE09000006,all-crime,2012,\n',
    );
    expect(csvColumns(chart).map((c) => c.name)).toEqual(['area_code', 'category', 'year', 'count']);
  });

  it('writes the same files from the record the pages hand on, which has no rows and no phone layout', () => {
    const record = JSON.parse(JSON.stringify(figureForFiles(chart))) as Figure;
    expect(record.table.rows).toEqual([]);
    expect(record.drawing?.phone).toBeNull();
    expect(standaloneSvg(record, siteUrl)).toBe(standaloneSvg(chart, siteUrl));
    expect(csvMetadata([record], metaOpts)).toBe(csvMetadata([chart], metaOpts));
    expect(embedSnippet(record, siteUrl)).toBe(embedSnippet(chart, siteUrl));
  });
});

describe('chart files', () => {
  it("writes a map's outlines in and takes the page's ward links out, for a file that stands alone", () => {
    const map =
      '<svg data-shapes="/w.svg"><g class="wards"><a href="/wards/A1/" aria-label="Ward A: 3 offences"><use href="/w.svg#A1" fill="#111"/></a></g></svg>';
    const file = withoutPageLinks(inlineShapes(map, '<svg><path id="A1" d="M0 0l1 1z"/></svg>'));
    expect(file).toBe('<svg><g class="wards"><path d="M0 0l1 1z" fill="#111"/></g></svg>');
    expect(() => inlineShapes(map, '<svg></svg>')).toThrow(/A1 is not in the shapes file/);
  });

  it('draws a map from its shapes file into the standalone image, and refuses without it', () => {
    const map = figureOf(
      {
        ...spec,
        svg: '<svg viewBox="0 0 640 500" data-shapes="/w.svg"><a href="/wards/A1/"><use href="/w.svg#A1" fill="#111"/></a></svg>',
        shapes: '/w.svg',
      },
      site,
    );
    expect(() => standaloneSvg(map, siteUrl)).toThrow(/needs the shapes file \/w\.svg/);
    const svg = standaloneSvg(map, siteUrl, '<svg><path id="A1" d="M0 0l1 1z"/></svg>');
    expect(svg).toContain('<svg x="0" y="');
    expect(svg).toContain('<path d="M0 0l1 1z" fill="#111"/>');
    expect(svg).not.toMatch(/<use |href="\/wards\//);
  });

  it('puts the title, legend, source, licence and address inside the standalone SVG', () => {
    const svg = standaloneSvg(chart, siteUrl);
    expect(svg).toContain('Things &amp; more');
    expect(svg).toContain('Series A');
    expect(svg).toContain('Source: A &quot;source&quot;. Period: 2012.');
    expect(svg).toContain('Licence: OGL');
    expect(svg).toContain('https://example.org/things/#trend');
    // The wide layout is the image; the phone layout stays on the page.
    expect(svg).toContain('viewBox="0 0 720 320"');
    expect(svg).not.toContain('viewBox="0 0 320 300"');
    expect(() => standaloneSvg(tableOnly, siteUrl)).toThrow(/draws nothing/);
  });

  it('wraps a long title and address to the image width instead of running past its edge', () => {
    const long = {
      ...chart,
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

  it('sizes the embed snippet to the standalone image and its line of links, so the frame never scrolls', () => {
    const svg = standaloneSvg(chart, siteUrl);
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    const snippet = embedSnippet(chart, siteUrl);
    expect(snippet).toContain(`width="${width}" height="${height! + FRAME.embedLinks}"`);
    expect(snippet).toContain('src="https://example.org/embed/things/#trend"');
    expect(snippet).toContain('title="Things & more"');
    expect(exportLayout(chart, siteUrl).total).toBe(height);
  });

  it('makes an embed page that links back to the chart and offers the data', () => {
    const html = embedPage([chart], {
      siteName: 'Portal',
      siteUrl,
      stylesheets: ['/a.css'],
      lang: 'en-GB',
      csp: "default-src 'self'",
    });
    expect(html).toContain('<a href="https://example.org/things/#trend" target="_top">');
    expect(html).toContain('href="/things/trend.csv"');
    expect(html).toContain('<link rel="stylesheet" href="/a.css">');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">');
    // The image carries the title; the page's headings are for screen readers, so it shows once.
    expect(html).toContain('<h2 class="visually-hidden" id="trend-embed-title">Things &amp; more</h2>');
    expect(html).toContain('<img src="/things/trend.svg" alt="Up.">');
    expect(html).toContain('<figure class="chart" id="trend" data-svg-href="/things/trend.svg"');
    expect(html).toContain('<p class="png-tool" id="trend-png" data-interactive hidden></p>');
  });

  it("puts a page's drawn figures on one embed page, each at its own anchor, and refuses figures of two pages", () => {
    const other = figureOf({ ...spec, csvHref: '/things/other.csv', anchor: 'other', title: 'Other' }, site);
    const opts = { siteName: 'Portal', siteUrl, stylesheets: [], lang: 'en-GB', csp: "default-src 'self'" };
    const html = embedPage([chart, other], opts);
    expect([...html.matchAll(/<figure class="chart" id="([^"]+)"/g)].map((m) => m[1])).toEqual(['trend', 'other']);
    expect(html).toContain('<link rel="canonical" href="https://example.org/things/">');
    expect(embedHref(other)).toBe('/embed/things/#other');
    expect(pngHref(other)).toBe('/embed/things/#other-png');
    expect(() => embedPage([chart, { ...other, page: '/elsewhere/' }], opts)).toThrow(/one page/);
  });

  it("describes a folder's CSVs in one CSV on the Web table group, in the order given", () => {
    const meta = JSON.parse(csvMetadata([chart, tableOnly], metaOpts));
    expect(meta['@context']).toBe('http://www.w3.org/ns/csvw');
    expect(meta.tables.map((t: { url: string }) => t.url)).toEqual([
      'https://example.org/things/trend.csv',
      `https://example.org${csvHref(tableOnly)}`,
    ]);
    expect(metadataHref(chart)).toBe('/things/csv-metadata.json');
    expect(metadataHref({ key: 'borough-trend' })).toBe('/csv-metadata.json');
  });

  it('describes the CSV in CSV on the Web metadata: context columns described, numeric columns typed', () => {
    const meta = csvTableMetadata(chart, metaOpts) as {
      url: string;
      'dc:isReferencedBy': string;
      tableSchema: { columns: unknown[] };
    };
    expect(meta.url).toBe('https://example.org/things/trend.csv');
    expect(meta['dc:isReferencedBy']).toBe('https://example.org/things/#trend');
    expect(meta.tableSchema.columns).toEqual([
      {
        name: 'area_code',
        titles: 'Area code',
        'dc:description': 'GSS code of the area the figures cover (a local authority, or a region).',
        datatype: 'string',
      },
      {
        name: 'category',
        titles: 'Crime category',
        'dc:description': 'Id of the crime category counted (all-crime for every category together).',
        datatype: 'string',
      },
      { name: 'year', titles: 'Year', datatype: 'string' },
      { name: 'count', titles: 'Count', datatype: 'number' },
    ]);
  });

  it("describes the CSV's own table where it is not the one shown", () => {
    const byWard = figureOf(
      {
        ...spec,
        svg: null,
        csvTable: {
          caption: 'Every ward',
          columns: [{ key: 'ward_code', label: 'Code' }],
          rows: [{ ward_code: 'E05' }],
        },
      },
      site,
    );
    expect((csvTableMetadata(byWard, metaOpts).tableSchema as { columns: unknown[] }).columns).toEqual([
      { name: 'ward_code', titles: 'Code', datatype: 'string' },
    ]);
    expect(figureCsv(byWard)).toBe('ward_code\nE05\n');
  });

  it('claims a licence in the metadata only where the chart names one', () => {
    expect(csvTableMetadata(chart, metaOpts)['dc:license']).toEqual({ '@id': 'https://licence.example/ogl' });
    const none = csvTableMetadata(tableOnly, metaOpts);
    expect(none['dc:license']).toBeUndefined();
    expect(none['dc:rights']).toBe('Not stated');
  });

  it('cites the figure where it is shown, with its licence and source', () => {
    expect(figureCitation(chart, { publisher: 'Portal', date: '2026-11-21', url: 'https://example.org/doc/#x' })).toBe(
      'Things & more. Portal, 21 November 2026. https://example.org/doc/#x. OGL. Source: A "source".',
    );
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
  it('is byte-for-byte the same for the same input, whenever it is made', () => {
    const entries = [{ name: 'f', data: new Uint8Array([1, 2, 3]) }];
    const [first, again] = madeTwice(
      () => zip(entries, '2026-11-21'),
      () => zip([{ name: 'g', data: new Uint8Array([4]) }], '2020-01-01'),
    );
    expect(again).toEqual(first);
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
