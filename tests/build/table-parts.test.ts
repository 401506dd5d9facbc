/**
 * Large tables published in parts (src/lib/catalogue/parts.ts), over the borough-scale
 * site `two` (tests/sites/borough-scale.ts), whose area holds two boroughs and which splits
 * tables over PARTS_TEST_BYTES, as a London build splits tables over 20 MB. Which tables
 * must be split is worked out here from its data/ with an independent CSV parser: every
 * table naming wards of more than one borough, over the size. The served datapackage.json
 * lists each as one resource whose `path` is its parts; each part is at most 25 MiB and
 * reads under the table's Table Schema with an independent implementation; together the
 * parts are the table's rows; the dataset page lists them with their sizes, and the whole
 * table's old address leads there.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import datapackage from 'datapackage';
import { builtSite } from '../helpers/sites';
import { boroughScaleFolders, PARTS_TEST_BYTES } from '../sites/borough-scale';
import { describeWithRawFiles } from '../helpers/raw-files';
import { HOST_LIMITS } from '../../scripts/lib/host-limits';

type Descriptor = { name: string; resources: Array<{ name: string; path: string | string[]; profile: string }> };
type Row = Record<string, string>;

const csvRows = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true }) as Row[];
/** A file size as the catalogue writes it, "1.2 MB" or "830 KB", worked out here. */
const size = (bytes: number) =>
  bytes >= 1_000_000
    ? `${Number((bytes / 1_000_000).toFixed(1))} MB`
    : `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('en-GB')} KB`;

describeWithRawFiles('tables published in parts', () => {
  const site = builtSite('borough-scale');
  const { two } = boroughScaleFolders(site.dir);
  const committed = JSON.parse(readFileSync(join(two.data, 'datapackage.json'), 'utf8')) as Descriptor;
  const served = JSON.parse(readFileSync(join(two.dist, 'data', 'datapackage.json'), 'utf8')) as Descriptor;
  const boroughOf = new Map(
    csvRows(join(two.data, 'wards', 'wards.csv')).map((w) => [`${w.ward_set} ${w.ward_code}`, w.borough_code!]),
  );

  /** The part a row belongs in: its ward's borough, or `no-ward` (sorted last) when it names none. */
  const partOf = (r: Row) =>
    r.ward_code === '' && r.ward_set === '' ? 'no-ward' : boroughOf.get(`${r.ward_set} ${r.ward_code}`)!;
  /** The boroughs a table's rows lie in, in code order, when it must be split; otherwise null. */
  const mustSplit = (path: string): string[] | null => {
    const file = join(two.data, path);
    if (!path.endsWith('.csv') || statSync(file).size <= PARTS_TEST_BYTES) return null;
    const rows = csvRows(file);
    if (!rows.length || !('ward_code' in rows[0]!) || !('ward_set' in rows[0]!)) return null;
    // Rows that name no ward make a part of their own, listed after the boroughs.
    const boroughs = [...new Set(rows.map(partOf))].sort();
    return boroughs.length > 1 ? boroughs : null;
  };
  const expected = committed.resources.map((r) => ({ resource: r, boroughs: mustSplit(r.path as string) }));
  const split = expected.filter((e) => e.boroughs);

  it('builds the site, and has a table to split and tables to leave whole', () => {
    site.expectMade();
    expect(split.map((e) => e.resource.name)).toContain('ward-crime-2022-wards');
    expect(expected.filter((e) => !e.boroughs).map((e) => e.resource.name)).toContain('wards');
  });

  it("lists each split table's parts as its one resource's path, and every other resource as committed", () => {
    expect(served.resources.map((r) => r.name)).toEqual(committed.resources.map((r) => r.name));
    for (const [i, { resource, boroughs }] of expected.entries()) {
      const want = boroughs
        ? boroughs.map((b) => (resource.path as string).replace(/\.csv$/, `-${b}.csv`))
        : resource.path;
      expect(served.resources[i], resource.name).toEqual({ ...resource, path: want });
    }
  });

  it('validates against the Frictionless profiles with the parts listed', async () => {
    const loaded = await datapackage.Package.load(join(two.dist, 'data', 'datapackage.json'), {
      basePath: join(two.dist, 'data'),
    });
    expect(loaded.errors.map((e: Error) => e.message)).toEqual([]);
    expect(loaded.valid).toBe(true);
  }, 60_000);

  it("makes each part at most 25 MiB, valid under the table's schema, and together the table's rows", async () => {
    for (const { resource, boroughs } of split) {
      const paths = served.resources.find((r) => r.name === resource.name)!.path as string[];
      const whole = csvRows(join(two.data, resource.path as string));
      const fromParts: Row[] = [];
      for (const [i, path] of paths.entries()) {
        const file = join(two.dist, 'data', path);
        expect(statSync(file).size, path).toBeLessThanOrEqual(HOST_LIMITS.fileBytes);
        // Each part read on its own as the resource, under its Table Schema, values cast.
        const part = await datapackage.Resource.load({ ...resource, path }, { basePath: join(two.dist, 'data') });
        expect(part.valid, path).toBe(true);
        const cast = await part.read({ cast: true });
        const rows = csvRows(file);
        expect(cast.length, path).toBe(rows.length);
        expect(new Set(rows.map(partOf)), path).toEqual(new Set([boroughs![i]]));
        fromParts.push(...rows);
      }
      const key = (r: Row) => JSON.stringify(r);
      expect(fromParts.map(key).sort(), resource.name).toEqual(whole.map(key).sort());
    }
  }, 120_000);

  it('lists the parts with their sizes on the dataset page, and the zip holds them', () => {
    for (const { resource } of split) {
      const html = readFileSync(join(two.dist, 'data', resource.name, 'index.html'), 'utf8');
      const paths = served.resources.find((r) => r.name === resource.name)!.path as string[];
      for (const path of paths) {
        const bytes = statSync(join(two.dist, 'data', path)).size;
        const row = new RegExp(`<tr>((?:(?!</tr>).)*href="/data/${path}"(?:(?!</tr>).)*)</tr>`, 's').exec(html)?.[1];
        expect(row, path).toBeDefined();
        expect(row, path).toContain(`>${size(bytes)}<`);
        expect(row, path).toContain(`>${csvRows(join(two.dist, 'data', path)).length.toLocaleString('en-GB')}<`);
      }
    }
    const listing = execFileSync(
      'python3',
      [
        '-c',
        'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
        join(two.dist, 'data', `${served.name}.zip`),
      ],
      { encoding: 'utf8' },
    );
    expect(listing.trim().split('\n').sort()).toEqual(
      ['datapackage.json', ...served.resources.flatMap((r) => r.path)].sort(),
    );
  });

  it("sends the whole table's old address to its dataset page, and publishes no whole copy", () => {
    const redirects = readFileSync(join(two.dist, '_redirects'), 'utf8');
    for (const { resource } of split) {
      expect(existsSync(join(two.dist, 'data', resource.path as string)), resource.path as string).toBe(false);
      expect(redirects.split('\n')).toContain(`/data/${resource.path} /data/${resource.name}/ 301`);
      const html = readFileSync(join(two.dist, 'data', resource.name, 'index.html'), 'utf8');
      expect(html).toContain(`<code>/data/${resource.path}</code>`);
    }
    expect(redirects.trim().split('\n')).toHaveLength(split.length);
  });
});
