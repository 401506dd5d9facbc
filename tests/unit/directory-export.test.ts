import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDirectory } from '../../src/lib/directory';
import { flatRows } from '../../src/lib/directory/export';
import { directoryChecks } from '../../src/lib/directory/checks';
import { loadAll, clearTableCache } from '../../src/core/load';
import { allTables } from '../../src/schemas/index';

const entries = loadDirectory();

describe('flat CSV export', () => {
  it('has one row per entry with organisation and areas joined in', () => {
    const rows = flatRows(entries);
    expect(rows).toHaveLength(entries.length);
    const chance = rows.find((r) => r.service_id === 'chance-uk')!;
    expect(chance).toMatchObject({ organization_name: 'Chance UK', age_range: 'Ages 5 to 11', appendices: ['3', '4'] });
    expect(chance.service_areas).toEqual(['Hackney', 'Islington', 'Lambeth', 'Westminster']);
    expect(chance.last_checked).toBe(entries.find((e) => e.service.service_id === 'chance-uk')!.service.last_checked);
  });
});

describe('directory checks', () => {
  // Reads and validates every published table (over 50,000 rows): seconds, more on a busy machine.
  it('pass on the published data, so the committed downloads are up to date', () => {
    expect(directoryChecks(loadAll(allTables), 'data')).toEqual([]);
  }, 60_000);

  it('report a stale download and an entry without a source listing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directory-checks-'));
    try {
      cpSync('data', dir, { recursive: true });
      writeFileSync(join(dir, 'directory/hsds.json'), '{}\n');
      clearTableCache();
      const rows = loadAll(allTables, dir);
      const stale = directoryChecks(rows, dir);
      expect(stale).toHaveLength(1);
      expect(stale[0]!.problem).toContain(
        'is out of date with the directory tables; run `npm run import -- directory-exports`',
      );
      rows.set(
        'directory-listings',
        (rows.get('directory-listings') ?? []).filter((l) => l.service_id !== 'kickz'),
      );
      const unlisted = directoryChecks(rows, dir);
      expect(unlisted[0]).toMatchObject({ column: 'service_id', value: 'kickz' });
      expect(unlisted[0]!.problem).toContain('has no row in directory/listings.csv');
    } finally {
      clearTableCache();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
