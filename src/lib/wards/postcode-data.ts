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

/** The area's first live postcode with a ward: the example every postcode box and message gives. */
export function examplePostcode(): string {
  return loadTable(postcodesTable).find((r) => r.ward_code !== null && r.status === 'live')?.postcode ?? '';
}

/** The lookup file of one outward code. */
export function outwardFile(outward: string): PostcodeFile {
  const rows = postcodesByOutward().get(outward);
  if (!rows) throw new Error(`no postcodes for outward code ${outward}`);
  return postcodeFile(outward, siteConfig().area.name, rows, (code) => wardOf(currentWardSet(), code)?.name ?? code);
}
