/**
 * What changed since the last release, built end to end: the new-document site is the next
 * release (tests/sites/new-document.ts), prepared as the guide says, with the release now
 * published recorded and one month of the May 2022 ward figures revised by its new extract.
 * Its /data/changes/ must find that month, with the old total (the published data's, added
 * up here), the new one and the difference, and nothing else revised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/sites';
import { tableRows } from '../helpers/html';
import { unescapeHtml } from '../../scripts/lib/built-site';
import { REVISION } from '../sites/new-document';
import { siteFolders } from '../sites/site';

describe('/data/changes/ in the next release', () => {
  const made = builtSite('new-document');
  const { dist } = siteFolders(made.dir);
  const page = () => readFileSync(join(dist, 'data', 'changes', 'index.html'), 'utf8');

  it('is made: the release recorded, the month revised, the site built', () => {
    made.expectMade();
    expect(made.step('record-release').output).toContain('recorded the release of');
  });

  it('finds the revised month with the published total, the new one and the difference', () => {
    const published = Papa.parse<Record<string, string>>(readFileSync(join('data', REVISION.table), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const before = published.filter((r) => r.month === REVISION.month).reduce((n, r) => n + Number(r.count), 0);
    const rows = tableRows(page(), 'revised-ward-crime-2022-wards');
    const number = (s: string) => Number(s.replace(/,/g, '').replace('−', '-').replace('+', ''));
    expect(rows.map((r) => [r[0], number(r[1]!), number(r[2]!), number(r[3]!)])).toEqual([
      ['November 2025', before, before + REVISION.by, REVISION.by],
    ]);
  });

  it('names the previous release and finds no other dataset revised', () => {
    const text = unescapeHtml(page().replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    const previous = new Date(`${String(made.notes.previousRelease)}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(text).toContain(`against the previous one (${previous})`);
    expect(page().match(/id="revised-/g)).toHaveLength(1);
  });
});
