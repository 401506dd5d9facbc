/**
 * Pages do not grow with the area. Two small builds of a wards-only portal whose area is
 * the London region: the first holds the published borough's wards alone, the second the
 * same wards plus a second borough's May-2022 wards (real boundaries from the London-wide
 * file, generated counts and residents). The first borough's ward pages may differ only
 * by the words that name the area's size, the ranks and the average ward: a few hundred
 * bytes, never the second borough's wards.
 *
 * Both sites are made once per run by tests/sites/borough-scale.ts, which says how they
 * are kept small. Needs the raw London-wide boundaries (see tests/helpers/raw-files.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceCsv } from '../../scripts/import/lib';
import { wardsTable } from '../../src/schemas/wards';
import { builtSite } from '../helpers/sites';
import { boroughScaleFolders } from '../sites/borough-scale';
import { describeWithRawFiles } from '../helpers/raw-files';

/** Most a first-borough ward page may change by when a second borough joins the area. */
const MAX_CHANGE_BYTES = 400;

const first = readSourceCsv(join('data', wardsTable.path)).map((w) => ({
  code: w.ward_code!,
  set: w.ward_set!,
  borough: w.borough_code!,
}));

describeWithRawFiles('a ward page, when a second borough joins the area', () => {
  const site = builtSite('borough-scale');
  const { one, two } = boroughScaleFolders(site.dir);
  type Build = typeof one;
  const page = (b: Build, code: string) => join(b.dist, 'wards', code, 'index.html');
  const added = (site.notes.added ?? []) as string[];

  it('builds both areas', () => {
    site.expectMade();
    expect(added.length).toBeGreaterThan(0);
  });

  it('changes by no more than a few hundred bytes, in either ward set', () => {
    const changes = first.map((w) => ({
      code: w.code,
      bytes: statSync(page(two, w.code)).size - statSync(page(one, w.code)).size,
    }));
    const worst = changes.reduce((a, b) => (Math.abs(b.bytes) > Math.abs(a.bytes) ? b : a));
    expect(Math.abs(worst.bytes), `ward ${worst.code} page changed by ${worst.bytes} bytes`).toBeLessThanOrEqual(
      MAX_CHANGE_BYTES,
    );
  });

  it("never draws or links the other borough's wards", () => {
    const other = new RegExp(added.join('|'));
    for (const w of first) expect(other.test(readFileSync(page(two, w.code), 'utf8')), w.code).toBe(false);
  });

  it("places a ward in its borough's wards and the area's, when the set spans boroughs", () => {
    const own = first.filter((w) => w.set === '2022');
    const all = own.length + added.length;
    const text = readFileSync(page(two, own[0]!.code), 'utf8');
    expect(text).toMatch(
      new RegExp(`is one of the ${own.length} wards in force from May 2022 in [^,<]+, and of the ${all} in `),
    );
    // The 2002–2022 set lies in one borough here, so its wards are placed in that borough alone.
    const old = first.find((w) => w.set === '2002-2022')!;
    expect(readFileSync(page(two, old.code), 'utf8')).not.toContain(', and of the ');
  });

  it('gives each borough a page of its own wards, and the new wards pages of their own', () => {
    const mine = readFileSync(join(two.dist, 'wards', 'boroughs', first[0]!.borough, 'index.html'), 'utf8');
    for (const w of first.filter((x) => x.set === '2022')) expect(mine).toContain(`/wards/${w.code}/`);
    expect(new RegExp(added.join('|')).test(mine)).toBe(false);
    for (const code of added) expect(statSync(page(two, code)).size).toBeGreaterThan(0);
  });
});
