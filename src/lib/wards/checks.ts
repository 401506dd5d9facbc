/**
 * Cross-file checks of the ward data, run by `npm run validate` and the build: the
 * boundary files hold exactly the wards of each of the area's sets and fit their size
 * budget, and every ward has crime figures from one source family (and, on the 2002–2022
 * set, a population).
 */
import { join } from 'node:path';
import type { DataProblem } from '../../core/errors';
import { displayPath } from '../../core/load';
import { boundariesOf, wardTopology, wardTopologyBytes } from './topology';
import { WARD_SETS } from '../../schemas/vocab/ward-sets';
import {
  WARD_TOPOLOGY_BUDGET,
  WARD_TOPOLOGY_PATHS,
  wardCrimeNewTable,
  wardCrimeOldTable,
  wardPoliceUkTable,
  wardPopulationTable,
} from '../../schemas/wards';

type Rows = Map<string, Record<string, unknown>[]>;

/**
 * The TopoJSON size budget the check applies. Only `npm run bench` sets
 * PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET=1, for its London-wide fixture: even the coarsest
 * topology of every London ward (arc end points only) is about 130 KB, so 40 KB cannot
 * hold there. Published data is always held to the budget.
 */
export function topologyBudget(): number {
  return process.env.PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET === '1' ? Number.POSITIVE_INFINITY : WARD_TOPOLOGY_BUDGET;
}

/** Every ward problem found, given the loaded tables and the data folder. */
export function wardChecks(rows: Rows, dir: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const wards = rows.get('wards') ?? [];
  for (const set of WARD_SETS.filter((s) => wards.some((w) => w.ward_set === s))) {
    const file = displayPath(join(dir, WARD_TOPOLOGY_PATHS[set]));
    const listed = wards.filter((w) => w.ward_set === set);
    let topo;
    try {
      topo = wardTopology(set, dir);
    } catch (e) {
      problems.push({ file, problem: `cannot be read as TopoJSON: ${(e as Error).message}` });
      continue;
    }
    const bytes = wardTopologyBytes(set, dir);
    if (bytes > topologyBudget())
      problems.push({ file, problem: `is ${bytes} bytes, over the ${WARD_TOPOLOGY_BUDGET}-byte budget` });
    const drawn = new Map(boundariesOf(topo).map((b) => [b.id, b.properties.name]));
    for (const w of listed) {
      if (!drawn.has(String(w.ward_code)))
        problems.push({
          file,
          value: String(w.ward_code),
          problem: `is a ${set} ward in wards/wards.csv with no boundary`,
        });
      else if (drawn.get(String(w.ward_code)) !== w.ward_name)
        problems.push({
          file,
          value: String(w.ward_code),
          problem: `is named "${drawn.get(String(w.ward_code))}" in the boundary but "${w.ward_name}" in wards/wards.csv`,
        });
    }
    for (const code of drawn.keys()) {
      if (!listed.some((w) => w.ward_code === code))
        problems.push({ file, value: code, problem: `has a boundary but is not a ${set} ward in wards/wards.csv` });
    }
  }
  // The MPS tables hold one ward set each; data.police.uk's may hold several.
  const needRows = (table: { name: string; path: string }, set: string, byBorough = false) => {
    const inTable = rows.get(table.name) ?? [];
    const have = new Set(
      (table === wardPoliceUkTable ? inTable.filter((r) => r.ward_set === set) : inTable).map((r) => r.ward_code),
    );
    const inSet = wards.filter((x) => x.ward_set === set);
    // Populations may be missing for a whole borough (redrawn after the census), never for part of one.
    const boroughsWithRows = new Set(inSet.filter((w) => have.has(w.ward_code)).map((w) => w.borough_code));
    for (const w of inSet) {
      if (byBorough && !boroughsWithRows.has(w.borough_code)) continue;
      if (!have.has(w.ward_code))
        problems.push({
          file: displayPath(join(dir, table.path)),
          value: String(w.ward_code),
          problem: `is a ${set} ward with no rows in this file`,
        });
    }
  };
  // Each set's crime figures come from one family: the MPS file of the set when it has rows, else data.police.uk's.
  const setsWithWards = new Set(wards.map((w) => String(w.ward_set)));
  const mps: Record<string, { name: string; path: string }> = {
    '2002-2022': wardCrimeOldTable,
    '2022': wardCrimeNewTable,
  };
  for (const set of WARD_SETS.filter((s) => setsWithWards.has(s))) {
    const own = mps[set];
    const policeUk = (rows.get(wardPoliceUkTable.name) ?? []).some((r) => r.ward_set === set);
    const hasOwn = own !== undefined && ((rows.get(own.name) ?? []).length > 0 || !policeUk);
    needRows(hasOwn ? own : wardPoliceUkTable, set);
  }
  needRows(wardPopulationTable, '2002-2022', true);
  return problems;
}
