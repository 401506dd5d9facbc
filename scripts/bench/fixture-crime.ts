/**
 * Generated monthly counts for the benchmark fixture: every category and month the real
 * May-2022 ward file publishes, for every fixture ward, drawn from a seeded generator
 * around a real ward's monthly mean for that category. Realistic in size and spread,
 * never real figures; deterministic, so two runs give the same bytes.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { byText } from '../import/lib';
import { sortWardCrime, WARD_CRIME_COLUMNS, type WardCrimeRow } from '../import/mps/ward-crime-lib';
import { toCsv } from '../../src/core/csv-format';
import { mulberry32, poisson, seedOf } from './prng';

/** One published category: its ids and the months the real file has it in. */
interface Category {
  category_id: string;
  major_category: string;
  minor_category: string;
  months: string[];
}

/** What the real file says: categories with their months, each month's extract, and each real ward's mean per category. */
export interface CrimeProfile {
  categories: Category[];
  extractOf: Map<string, string>;
  /** Real ward code → category key → mean offences per month over the category's months. */
  means: Map<string, Map<string, number>>;
  sourceId: string;
}

const keyOf = (r: { major_category: string; minor_category: string }) => `${r.major_category}|${r.minor_category}`;

/** Learns the profile from the real rows (a ward and month with no row counts as 0, as on the site). */
export function crimeProfile(rows: readonly WardCrimeRow[]): CrimeProfile {
  const cats = new Map<string, Category>();
  const extractOf = new Map<string, string>();
  const sums = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const k = keyOf(r);
    const c = cats.get(k) ?? {
      category_id: r.category_id,
      major_category: r.major_category,
      minor_category: r.minor_category,
      months: [],
    };
    if (!c.months.includes(r.month)) c.months.push(r.month);
    cats.set(k, c);
    extractOf.set(r.month, r.extract);
    const s = sums.get(r.ward_code) ?? new Map<string, number>();
    s.set(k, (s.get(k) ?? 0) + r.count);
    sums.set(r.ward_code, s);
  }
  for (const c of cats.values()) c.months.sort(byText);
  const means = new Map(
    [...sums].map(([ward, s]) => [ward, new Map([...s].map(([k, n]) => [k, n / cats.get(k)!.months.length]))]),
  );
  return {
    categories: [...cats.values()].sort((a, b) => byText(keyOf(a), keyOf(b))),
    extractOf,
    means,
    sourceId: rows[0]!.source_id,
  };
}

/** The generated rows of one ward: its own means if it is a real ward, else a real ward's picked by its code. */
export function wardCrimeRows(code: string, profile: CrimeProfile): WardCrimeRow[] {
  const real = [...profile.means.keys()].sort(byText);
  const means = profile.means.get(code) ?? profile.means.get(real[seedOf(code) % real.length]!)!;
  const rows: WardCrimeRow[] = [];
  for (const c of profile.categories) {
    const mean = means.get(keyOf(c));
    if (mean === undefined) continue; // the real ward never had this category listed
    const random = mulberry32(seedOf(`${code}|${keyOf(c)}`));
    for (const month of c.months) {
      rows.push({
        ward_code: code,
        ward_set: '2022',
        month,
        category_id: c.category_id,
        major_category: c.major_category,
        minor_category: c.minor_category,
        count: poisson(mean, random),
        extract: profile.extractOf.get(month)!,
        source_id: profile.sourceId,
      });
    }
  }
  return sortWardCrime(rows);
}

/** Writes the whole file ward by ward (codes in order), so memory stays flat; returns the row count. */
export function writeWardCrime(file: string, codes: readonly string[], profile: CrimeProfile): number {
  const fd = openSync(file, 'w');
  let n = 0;
  try {
    writeSync(fd, toCsv(WARD_CRIME_COLUMNS, []));
    for (const code of [...codes].sort(byText)) {
      const rows = wardCrimeRows(code, profile);
      n += rows.length;
      if (rows.length) writeSync(fd, toCsv(WARD_CRIME_COLUMNS, rows).replace(/^[^\n]*\n/, ''));
    }
  } finally {
    closeSync(fd);
  }
  return n;
}
