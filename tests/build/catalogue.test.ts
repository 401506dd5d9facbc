/**
 * The open data catalogue: the package validates against the Frictionless profiles and
 * every table reads under its Table Schema with an independent implementation; every
 * resource resolves; dataset pages carry schema.org Dataset JSON-LD; every chart's CSV
 * parses back (with an independent CSV parser) to exactly the numbers in its table.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import datapackage from 'datapackage';
import { csvMetadataOf, DIST, distFile, distFiles } from '../helpers/dist';
import { chartFrames, tableRows, tableWidth } from '../helpers/html';
import { JSON_COPY_MAX_BYTES } from '../../src/lib/catalogue';

/** A file size as the catalogue writes it, "1.2 MB" or "830 KB", worked out here. */
const size = (bytes: number) =>
  bytes >= 1_000_000
    ? `${Number((bytes / 1_000_000).toFixed(1))} MB`
    : `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('en-GB')} KB`;
import { readTableCsv } from '../helpers/csv';
import { allTables } from '../../src/schemas';
import { NOT_CLAIMED } from '../../src/core/licence';

const pkg = JSON.parse(distFile('data/datapackage.json')) as {
  name: string;
  resources: Array<{ name: string; path: string; profile: string }>;
};

describe('data package', () => {
  it("is the descriptor in data/datapackage.json, with this build's address as its homepage", () => {
    const committed = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as Record<string, unknown>;
    const served = JSON.parse(distFile('data/datapackage.json')) as Record<string, unknown>;
    const preview = process.env.PORTAL_PREVIEW_URL;
    expect(served.homepage).toBe(preview ? new URL(preview).origin : committed.homepage);
    expect({ ...served, homepage: committed.homepage }).toEqual(committed);
  });

  it('validates against the Frictionless profiles, and every table casts under its Table Schema', async () => {
    const loaded = await datapackage.Package.load(join(DIST, 'data', 'datapackage.json'), {
      basePath: join(DIST, 'data'),
    });
    expect(loaded.errors.map((e: Error) => e.message)).toEqual([]);
    expect(loaded.valid).toBe(true);
    for (const resource of loaded.resources) {
      expect(resource.valid, resource.name).toBe(true);
      if (!resource.tabular) continue;
      const rows = await resource.read({ cast: true });
      // Only a table whose definition allows it may have no rows (the release record, before a release is recorded).
      if (!allTables.find((t) => t.name === resource.name)?.mayBeEmpty)
        expect(rows.length, resource.name).toBeGreaterThan(0);
    }
  }, 60_000);

  it('resolves every resource path next to the served descriptor', () => {
    for (const r of pkg.resources) expect(existsSync(join(DIST, 'data', r.path)), r.path).toBe(true);
  });

  it('offers the whole package as one zip holding the descriptor and every resource', () => {
    const listing = execFileSync(
      'python3',
      [
        '-c',
        'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))',
        join(DIST, 'data', `${pkg.name}.zip`),
      ],
      { encoding: 'utf8' },
    );
    expect(listing.trim().split('\n').sort()).toEqual(['datapackage.json', ...pkg.resources.map((r) => r.path)].sort());
  });
});

const csvRows = (path: string) => parse(readFileSync(path, 'utf8'), { columns: true }) as Array<Record<string, string>>;
const sourceLicence = new Map(csvRows('data/meta/sources.csv').map((r) => [r.source_id!, r.licence!]));
const tableSources = csvRows('data/meta/table-sources.csv');
/** The licences sources.csv records for the sources table-sources.csv lists for a dataset. */
const recordedLicences = (resource: string) =>
  tableSources.filter((t) => t.resource === resource).map((t) => sourceLicence.get(t.source_id!)!);
/** The text of an HTML fragment, entities decoded. */
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('dataset pages', () => {
  it.each(pkg.resources.map((r) => [r.name, r]))(
    '%s has a page with Dataset JSON-LD naming the licence its sources state, or none',
    (name, r) => {
      const html = distFile(`data/${name}/index.html`);
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null');
      expect(ld['@type']).toBe('Dataset');
      const licence = (r as unknown as { licenses: Array<{ name: string; title: string; path?: string }> })
        .licenses[0]!;
      const rawEntry = /<dt>Licence<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '';
      const licenceEntry = decode(rawEntry);
      // Each source's licence word for word as data/meta/sources.csv records it.
      for (const text of recordedLicences(name)) expect(licenceEntry, name).toContain(text);
      if (licence.name === 'notspecified') {
        expect(ld.license).toBeUndefined();
        expect(licenceEntry).toContain(NOT_CLAIMED);
        expect(rawEntry).not.toContain('rel="license"');
      } else {
        expect(recordedLicences(name).every((t) => t.startsWith('Open Government Licence v3.0'))).toBe(true);
        expect(ld.license).toBe(licence.path);
      }
      expect(ld.description.length).toBeGreaterThanOrEqual(50);
      expect(ld.distribution.length).toBeGreaterThan(0);
      expect(ld.includedInDataCatalog.name).toBeTruthy();
      if (r.profile === 'tabular-data-resource') {
        // One address per file: the CSV only at the descriptor's path, which the page links.
        expect(distFile(`data/${r.path}`)).toBe(readFileSync(join('data', r.path), 'utf8'));
        expect(existsSync(join(DIST, 'data', `${name}.csv`)), `data/${name}.csv`).toBe(false);
        expect(html).toContain(`href="/data/${r.path}"`);
        // A JSON copy for a table up to the limit; a larger one, or one with no rows yet, is CSV only, and its page says so.
        const csvBytes = statSync(join('data', r.path)).size;
        const empty = parse(distFile(`data/${r.path}`), { columns: true }).length === 0;
        if (empty) {
          expect(existsSync(join(DIST, 'data', `${name}.json`)), `data/${name}.json`).toBe(false);
          expect(html).toContain('the table has no rows yet');
        } else if (csvBytes <= JSON_COPY_MAX_BYTES) {
          const json = JSON.parse(distFile(`data/${name}.json`)) as unknown[];
          expect(json.length).toBe(parse(distFile(`data/${r.path}`), { columns: true }).length);
          expect(html).toContain(`href="/data/${name}.json"`);
        } else {
          expect(existsSync(join(DIST, 'data', `${name}.json`)), `data/${name}.json`).toBe(false);
          expect(html).not.toContain(`href="/data/${name}.json"`);
          expect(html).toContain('offered as CSV only');
        }
        expect(html).toContain(`Download CSV (${size(csvBytes)})`);
      }
    },
  );

  it('lists every dataset in the catalogue', () => {
    const index = distFile('data/index.html');
    for (const r of pkg.resources) expect(index).toContain(`href="/data/${r.name}/"`);
  });
});

describe('chart downloads', () => {
  const pages = distFiles('.html').filter((f) => !f.startsWith('embed/'));
  const frames = pages.flatMap((page) => chartFrames(distFile(page)).map((f) => ({ page, ...f })));

  it('finds charts to check', () => {
    expect(frames.length).toBeGreaterThanOrEqual(15);
  });

  it('gives every chart a CSV that parses back to exactly the rows of its table', () => {
    // A single month's map views share one CSV of every ward and category (wards.test.ts checks it against them).
    for (const { page, key, id } of frames.filter((f) => !f.key.includes('/months/'))) {
      const html = distFile(page);
      const rows = tableRows(html, `${id}-table`).map((row) => row.map((c) => (c === '—' ? '' : c)));
      // The CSV may start with context columns (what every row is: area, ward, category…),
      // which the page states once in the title instead of on every row; the rest is the table.
      expect(
        readTableCsv(distFile(`${key}.csv`), tableWidth(html, `${id}-table`), `${key}.csv`).rows,
        `${page} #${id}`,
      ).toEqual(rows);
    }
  });

  it('gives every drawn chart an SVG with its source and licence, and an embed page linking back', () => {
    for (const { key } of frames) {
      if (!existsSync(join(DIST, `${key}.svg`))) continue;
      const svg = distFile(`${key}.svg`);
      expect(svg).toContain('Source:');
      expect(svg).toContain('Licence:');
      // On the embed page of its home page (where its files link back to), at its anchor there.
      const home = new URL(csvMetadataOf(key)['dc:isReferencedBy']);
      const embed = distFile(`embed${home.pathname}index.html`);
      expect(embed).toContain(`<figure class="chart" id="${home.hash.slice(1)}" data-svg-href="/${key}.svg"`);
      expect(embed).toMatch(/target="_top"/);
    }
  });

  it('gives every chart CSV a metadata sidecar naming its source and licence', () => {
    for (const { key } of frames) {
      const meta = csvMetadataOf(key);
      expect(meta['dc:source']).toBeTruthy();
      // A licence address only where the chart's sources state one; the words always.
      if (meta['dc:rights'].endsWith(NOT_CLAIMED)) expect(meta['dc:license']).toBeUndefined();
      else expect(meta['dc:license']?.['@id']).toMatch(/^https:\/\//);
      expect(meta.tableSchema.columns.length).toBeGreaterThan(0);
    }
  });
});
