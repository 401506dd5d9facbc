/**
 * Every ward page's first screen against data/, added up here: the latest 12 months'
 * offences and the 12 before, the direction and size of the change, the place among the
 * set's wards (1st has the most, ties shared), and a verdict that is the one the page's
 * own change table gives for all crime, in the words every page uses.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { distFile } from '../helpers/dist';
import { tableRows } from '../helpers/html';
import { unescapeHtml } from '../../scripts/lib/built-site';
import { allWards } from '../../src/lib/wards';
import { wardPageHref } from '../../src/lib/wards/paths';
import { VARIATION_WORDS } from '../../src/lib/verdicts/words';

const FILES = { '2002-2022': 'crime-monthly-2002-2022-wards.csv', '2022': 'crime-monthly-2022-wards.csv' } as const;

/** All-crime offences by ward over the latest 12 months and the 12 before, from a ward crime file. */
function twoYears(file: string): Map<string, { later: number; earlier: number }> {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join('data', 'wards', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const months = [...new Set(rows.map((r) => r.month!))].sort();
  const later = new Set(months.slice(-12));
  const earlier = new Set(months.slice(-24, -12));
  const out = new Map<string, { later: number; earlier: number }>();
  for (const r of rows) {
    const w = out.get(r.ward_code!) ?? { later: 0, earlier: 0 };
    if (later.has(r.month!)) w.later += Number(r.count);
    if (earlier.has(r.month!)) w.earlier += Number(r.count);
    out.set(r.ward_code!, w);
  }
  return out;
}

const ordinal = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

describe("a ward page's first screen", () => {
  for (const set of ['2022', '2002-2022'] as const) {
    it(`on every ${set} ward: the count, the change, the place and the verdict agree with data/ and the change table`, () => {
      const counts = twoYears(FILES[set]);
      const wards = allWards().filter((w) => w.set === set);
      const all = wards.map((w) => counts.get(w.code)?.later ?? 0);
      for (const w of wards) {
        const html = distFile(`${wardPageHref(w).slice(1)}index.html`);
        const glance = unescapeHtml(
          /<section class="glance"[\s\S]*?<\/section>/.exec(html)![0].replace(/<[^>]+>/g, ''),
        );
        const { later, earlier } = counts.get(w.code)!;
        const n = (v: number) => v.toLocaleString('en-GB');
        expect(glance, w.slug).toMatch(
          new RegExp(`^The latest 12 months at a glance${n(later)} offences in .+, against ${n(earlier)} in `),
        );
        // Direction and size: the percentage to the precision the page gives it (whole numbers from 10%).
        const said = /All crime (up|down) ([\d.,]+)(%?) on the year before: the (rise|fall) is (.+?)\./.exec(glance);
        expect(said, `${w.slug}: ${glance}`).not.toBeNull();
        expect(said![1]).toBe(later > earlier ? 'up' : 'down');
        if (earlier >= 10)
          expect(Math.abs(Number(said![2]) - (Math.abs(later - earlier) / earlier) * 100)).toBeLessThanOrEqual(0.5);
        else expect([said![2], said![3]]).toEqual([String(Math.abs(later - earlier)), '']);
        // The verdict is the change table's for all crime.
        const row = tableRows(html, 'change-table')[0]!;
        expect(row[0]).toBe('All crime');
        expect(said![5]).toBe(row[6] === 'yes' ? VARIATION_WORDS.beyond : VARIATION_WORDS.within);
        // Place: one more than the wards with more offences.
        const place = 1 + all.filter((x) => x > later).length;
        const tied = all.filter((x) => x === later).length > 1;
        expect(glance).toContain(
          `Place among ${wards.length} wards${tied ? 'joint ' : ''}${ordinal(place)} for offences`,
        );
        expect(html).toContain('<svg class="sparkline"');
      }
    });
  }
});
