/**
 * The clone trick on real data: a copy of a data folder whose every ward (in each of London's
 * ward sets the folder has) has a clone with a new code (E059xxxxx, a range no real ward uses), its boundary moved
 * east beside the original area, and a copy of every row about the original ward. The
 * area's size doubles while everything about one ward stays real. Benchmark input only.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceCsv } from '../import/lib';
import { buildWardTopology } from '../import/geography/ward-topology';
import { shapeOf } from '../import/geography/ward-boundaries';
import { toCsv } from '../../src/core/csv-format';
import { boundariesOf, wardTopology } from '../../src/lib/wards/topology';
import { wardKey } from '../../src/lib/wards';
import {
  wardCrimeNewTable,
  wardCrimeOldTable,
  wardOverlapsTable,
  wardPoliceUkTable,
  wardPopulationTable,
  wardsTable,
  WARD_TOPOLOGY_PATHS,
} from '../../src/schemas/wards';
import { translate } from './fixture-wards';

/** Clone codes: E05900000… for the May-2022 set, E05950000… for the 2002–2022 set. */
const CLONE_BASE = { '2022': 900000, '2002-2022': 950000 } as const;

/** Copies `from` to `to` with every ward cloned; returns the ward count of each set. */
export function doubleDataDir(from: string, to: string): Record<string, number> {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  // Keyed by set and code: a ward left unchanged in May 2022 has its code in both sets, and a clone in each.
  const clone = new Map<string, string>();
  const counts: Record<string, number> = {};
  // London's ward sets, those the folder has (a London portal may leave out the 2002–2022 wards).
  for (const set of (['2002-2022', '2022'] as const).filter((s) => existsSync(join(from, WARD_TOPOLOGY_PATHS[s])))) {
    const own = boundariesOf(wardTopology(set, from));
    const lons = own.flatMap((b) =>
      shapeOf(b.geometry)
        .flat(2)
        .map((p) => p[0]!),
    );
    const shift =
      lons.reduce((a, b) => Math.max(a, b), -Infinity) - lons.reduce((a, b) => Math.min(a, b), Infinity) + 0.05;
    own.forEach((b, i) => clone.set(wardKey(set, b.id), `E05${String(CLONE_BASE[set] + i).padStart(6, '0')}`));
    const wards = [
      ...own.map((b) => ({ code: b.id, name: b.properties.name, geometry: b.geometry })),
      ...own.map((b) => ({
        code: clone.get(wardKey(set, b.id))!,
        name: `${b.properties.name} (east)`,
        geometry: translate(b.geometry, shift),
      })),
    ];
    writeFileSync(join(to, WARD_TOPOLOGY_PATHS[set]), buildWardTopology(wards, Number.POSITIVE_INFINITY).text);
    counts[set] = wards.length;
  }
  for (const table of [
    wardsTable,
    wardPopulationTable,
    wardCrimeOldTable,
    wardCrimeNewTable,
    wardPoliceUkTable,
    wardOverlapsTable,
  ]) {
    const file = join(from, table.path);
    const rows = readSourceCsv(file);
    const columns = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n')[0]!
      .trim()
      .split(',');
    const clones: Array<Record<string, string>> = rows
      .filter((r) => clone.has(wardKey(r.ward_set!, r.ward_code!)))
      .map((r) => ({
        ...r,
        ward_code: clone.get(wardKey(r.ward_set!, r.ward_code!))!,
        ...(r.other_ward_code
          ? { other_ward_code: clone.get(wardKey(r.other_ward_set!, r.other_ward_code)) ?? r.other_ward_code }
          : {}),
        ...(table === wardsTable ? { ward_name: `${r.ward_name} (east)` } : {}),
      }));
    writeFileSync(join(to, table.path), toCsv<Record<string, string>>(columns, [...rows, ...clones]));
  }
  return counts;
}
