/**
 * Every address of the wards section: the ward pages and their downloads, the map views
 * and their CSVs, the ward shapes files, the borough pages and the section's own pages
 * and tables. File names carry the ward code or the map choice, so a saved file still says
 * what it holds. Pure and free of data access (it imports nothing from this folder), so
 * every other module here and the browser's scripts can use it without an import circle.
 */
import type { WardSet } from '../../schemas/vocab/ward-sets';

/** The section's landing page: the map, the change on the year before and every ward. */
export const WARDS_PATH = '/wards/';

/** The feed of the area's current wards together, a month an entry. */
export const WARDS_FEED = '/wards/feed.xml';

/** How the ward figures are made. */
export const ABOUT_WARDS_PATH = '/wards/about/';

/** The change on the year before for all current wards together (shown on /wards/). */
export const SET_CHANGE_CSV = '/wards/change.csv';

/** Every current ward's change in all crime on the year before. */
export const WARD_CHANGES_CSV = '/wards/ward-change.csv';

/** The ward sums against the borough total, month by month (shown on /wards/about/). */
export const RECONCILIATION_CSV = '/wards/about/reconciliation.csv';

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
  return `${WARDS_PATH}${slug}/`;
}

/** The address of a ward's page, from the slug the ward carries. */
export function wardPageHref(ward: { slug: string }): string {
  return wardPagePath(ward.slug);
}

/** `/wards/E05000109/E05000109-trend.csv` and the like, from the ward's slug. */
export function wardFileHref(slug: string, what: string, ext = 'csv'): string {
  return `${wardPagePath(slug)}${slug}-${what}.${ext}`;
}

/** What addresses a map view: its ward set, category, period and measure (a MapChoice). */
export interface ViewAddress {
  set: WardSet;
  category: string;
  period: string;
  measure: string;
}

/** `/wards/map/2022/burglary/2025-01/count/`: the page address of a map view. */
export function choicePath(c: ViewAddress): string {
  return `${WARDS_PATH}map/${c.set}/${c.category}/${c.period}/${c.measure}/`;
}

/** The file name (without extension) of a map view's CSV. */
export function mapCsvName(c: ViewAddress): string {
  return `ward-crime-${c.set}-${c.category}-${c.period}-${c.measure}`;
}

/** `/wards/map/2022/burglary/2025-01/count/ward-crime-2022-burglary-2025-01-count.csv`. */
export function mapCsvHref(c: ViewAddress): string {
  return `${choicePath(c)}${mapCsvName(c)}.csv`;
}

/**
 * `/wards/map/2022/months/ward-crime-2022-2025-01.csv`: every ward and category of a set in
 * one month, the CSV the month's map views share (they have no files of their own).
 */
export function monthCsvHref(set: WardSet, month: string): string {
  return `${WARDS_PATH}map/${set}/months/${monthCsvName(set, month)}.csv`;
}

/** The file name (without extension) of a month's every-ward CSV. */
export function monthCsvName(set: WardSet, month: string): string {
  return `ward-crime-${set}-${month}`;
}

/**
 * A large area's every-ward CSV of a 12-month or change view, beside the by-borough table's
 * own CSV. A single month's views have none: they share the month's CSV (monthCsvHref).
 */
export function mapWardsCsvHref(c: ViewAddress): string {
  return mapCsvHref(c).replace(/\.csv$/, '-wards.csv');
}

/** `/wards/map/2022/wards.svg`: the address of a ward set's shapes file, which every map view draws from. */
export function shapesHref(set: WardSet): string {
  return `${WARDS_PATH}map/${set}/wards.svg`;
}

/** `/wards/boroughs/E09000006/`: the page of a borough's wards (only built for large areas). */
export function boroughPath(code: string): string {
  return `${WARDS_PATH}boroughs/${code}/`;
}

/** `/wards/boroughs/E09000006/E09000006-wards-2022.csv`: the table of a borough's page, on the given ward set. */
export function boroughCsvHref(code: string, set: WardSet): string {
  return `${boroughPath(code)}${code}-wards-${set}.csv`;
}
