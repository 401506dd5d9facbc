/**
 * Addresses of the ward downloads. File names carry the ward code or the map choice,
 * so a saved file still says what it holds.
 */
import type { MapChoice } from './map';

/** `/wards/E05000109/E05000109-trend.csv` and the like. */
export function wardFileHref(code: string, what: string, ext = 'csv'): string {
  return `/wards/${code}/${code}-${what}.${ext}`;
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
