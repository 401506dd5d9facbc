import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDirectory } from '../../src/lib/directory';
import { flatRows, hsdsDocument } from '../../src/lib/directory/export';
import { directoryChecks } from '../../src/lib/directory/checks';
import { loadAll, loadTable, clearTableCache } from '../../src/core/load';
import { allTables } from '../../src/schemas/index';
import { sourcesTable } from '../../src/schemas/sources';

const entries = loadDirectory();
const sources = loadTable(sourcesTable);

describe('HSDS export', () => {
  const doc = hsdsDocument(entries, sources);
  it('contains every service, each with its organization and service areas', () => {
    expect(doc.services).toHaveLength(entries.length);
    const orgIds = new Set(doc.organizations.map((o) => o.id));
    for (const s of doc.services) {
      expect(s.organization?.id, s.id).toBe(s.organization_id);
      expect(orgIds.has(s.organization_id)).toBe(true);
      expect(Array.isArray(s.service_areas)).toBe(true);
      for (const a of s.service_areas) expect(a.service_id).toBe(s.id);
      expect(s.metadata.length, s.id).toBeGreaterThan(0);
    }
    expect(doc.service_areas).toHaveLength(entries.reduce((n, e) => n + e.areas.length, 0));
  });

  it('uses HSDS statuses, saying in an alert that 2012 listings are unchecked', () => {
    const chance = doc.services.find((s) => s.id === 'chance-uk')!;
    expect(chance.status).toBe('inactive');
    expect(chance.alert).toContain('2012');
    expect(chance.minimum_age).toBe(5);
    expect(chance.service_areas.map((a) => a.uri)).toContain('http://statistics.data.gov.uk/id/statistical-geography/E09000022');
    expect(chance.attributes.map((a) => a.taxonomy_term_id)).toContain('theme-mentoring');
    expect(doc.taxonomy_terms.map((t) => t.id)).toContain('theme-mentoring');
  });
});

describe('flat CSV export', () => {
  it('has one row per entry with organisation and areas joined in', () => {
    const rows = flatRows(entries);
    expect(rows).toHaveLength(entries.length);
    const chance = rows.find((r) => r.service_id === 'chance-uk')!;
    expect(chance).toMatchObject({ organization_name: 'Chance UK', age_range: 'Ages 5 to 11', appendices: ['3', '4'] });
    expect(chance.service_areas).toEqual(['Hackney', 'Islington', 'Lambeth', 'Westminster']);
  });
});

describe('directory checks', () => {
  it('pass on the published data, so the committed downloads are up to date', () => {
    expect(directoryChecks(loadAll(allTables), 'data')).toEqual([]);
  });

  it('report a stale download and an entry without a source listing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directory-checks-'));
    try {
      cpSync('data', dir, { recursive: true });
      writeFileSync(join(dir, 'directory/hsds.json'), '{}\n');
      clearTableCache();
      const rows = loadAll(allTables, dir);
      const stale = directoryChecks(rows, dir);
      expect(stale).toHaveLength(1);
      expect(stale[0]!.problem).toContain('is out of date with the directory tables; run `npm run import -- directory-exports`');
      rows.set('directory-listings', (rows.get('directory-listings') ?? []).filter((l) => l.service_id !== 'kickz'));
      const unlisted = directoryChecks(rows, dir);
      expect(unlisted[0]).toMatchObject({ column: 'service_id', value: 'kickz' });
      expect(unlisted[0]!.problem).toContain('has no row in directory/listings.csv');
    } finally {
      clearTableCache();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
