/**
 * The postcode table grouped by outward code, read once per build, for the lookup files
 * (/postcodes/<OUTWARD>.json) and the no-JavaScript pages (/postcodes/<OUTWARD>/).
 */
import { loadTable } from '../../core/load';
import type { RowOf } from '../../core/tables';
import { postcodesTable } from '../../schemas/postcodes';
import { siteConfig } from '../site';
import { currentWardSet, wardOf } from './';
import { postcodeFile, type PostcodeFile } from './postcode';

export type PostcodeRow = RowOf<typeof postcodesTable.fields>;

let grouped: Map<string, PostcodeRow[]> | undefined;

/** Rows by outward code, outward codes in natural order (letters, then the number: DE1, DE3 … DE21, NG10). */
export function postcodesByOutward(): Map<string, PostcodeRow[]> {
  if (grouped) return grouped;
  const m = new Map<string, PostcodeRow[]>();
  for (const r of loadTable(postcodesTable)) m.set(r.outward_code, [...(m.get(r.outward_code) ?? []), r]);
  const key = (o: string) => [o.replace(/[0-9].*$/, ''), Number(/[0-9]+/.exec(o)?.[0] ?? 0), o] as const;
  grouped = new Map(
    [...m].sort(([a], [b]) => {
      const ka = key(a),
        kb = key(b);
      return ka[0] < kb[0] ? -1 : ka[0] > kb[0] ? 1 : ka[1] - kb[1] || (ka[2] < kb[2] ? -1 : 1);
    }),
  );
  return grouped;
}

/** The example every postcode box and message gives (see pickExamplePostcode). */
let example: string | undefined;
export function examplePostcode(): string {
  return (example ??= pickExamplePostcode(loadTable(postcodesTable)));
}

/**
 * The first live postcode, in sort order, of the outward code holding most of the area's
 * live postcodes: one residents recognise as the area's own. The table's first row may
 * belong to a neighbouring post town (Lambeth's is in Croydon's CR4).
 */
export function pickExamplePostcode(
  rows: ReadonlyArray<Pick<PostcodeRow, 'postcode' | 'outward_code' | 'ward_code' | 'status'>>,
): string {
  const live = rows.filter((r) => r.ward_code !== null && r.status === 'live');
  const counts = new Map<string, number>();
  for (const r of live) counts.set(r.outward_code, (counts.get(r.outward_code) ?? 0) + 1);
  const [busiest] = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0] ?? [];
  return (
    live
      .filter((r) => r.outward_code === busiest)
      .map((r) => r.postcode)
      .sort()[0] ?? ''
  );
}

/** The lookup file of one outward code. */
export function outwardFile(outward: string): PostcodeFile {
  const rows = postcodesByOutward().get(outward);
  if (!rows) throw new Error(`no postcodes for outward code ${outward}`);
  return postcodeFile(outward, siteConfig().area.name, rows, (code) => wardOf(currentWardSet(), code)?.name ?? code);
}
