/**
 * Addresses of the ward pages and downloads. File names carry the ward code or the map
 * choice, so a saved file still says what it holds. Pure (no data access), so the
 * browser's postcode lookup can use it too.
 */
import type { MapChoice } from './map';
import type { WardSet } from '../../schemas/vocab/ward-sets';

/** What sets apart a 2002–2022 ward whose code is also a May 2022 ward's. */
export const BEFORE_MAY_2022 = 'before-may-2022';

/**
 * The name a ward's page and files go by. A ward is identified by its set and code: a
 * ward left unchanged in May 2022 keeps its code in both sets. Its May 2022 page is
 * `/wards/<code>/` like every other; its 2002–2022 page is `/wards/<code>-before-may-2022/`.
 * Where the sets share no codes, every slug is the bare code.
 */
export function wardSlug(code: string, set: WardSet, codeInBothSets = false): string {
  return set === '2002-2022' && codeInBothSets ? `${code}-${BEFORE_MAY_2022}` : code;
}

/** `/wards/E05000109/`: the address of the ward page with this slug (every ward page link comes from here). */
export function wardPagePath(slug: string): string {
  return `/wards/${slug}/`;
}

/** `/wards/E05000109/E05000109-trend.csv` and the like, from the ward's slug. */
export function wardFileHref(slug: string, what: string, ext = 'csv'): string {
  return `${wardPagePath(slug)}${slug}-${what}.${ext}`;
}

/** The file name (without extension) of a map view's CSV. */
export function mapCsvName(c: MapChoice): string {
  return `ward-crime-${c.set}-${c.category}-${c.period}-${c.measure}`;
}

/** `/wards/map/2022/burglary/2025-01/count/ward-crime-2022-burglary-2025-01-count.csv`. */
export function mapCsvHref(c: MapChoice): string {
  return `/wards/map/${c.set}/${c.category}/${c.period}/${c.measure}/${mapCsvName(c)}.csv`;
}

/** A large area's every-ward CSV of a map view, beside the by-borough table's own CSV. */
export function mapWardsCsvHref(c: MapChoice): string {
  return mapCsvHref(c).replace(/\.csv$/, '-wards.csv');
}
