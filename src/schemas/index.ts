/**
 * The registry of every published table. `data/datapackage.json` is generated from
 * this list, and `npm run validate` checks every table in it: a new dataset is added
 * here, once.
 */
import type { AnyTable } from '../core/tables';
import type { ExtraResource } from '../core/tables';
import { sourcesTable, tableSourcesTable } from './sources';
import { kpiTables } from './kpi';
import { boroughTables } from './borough';
import { wardTables, wardTopologyResources } from './wards';
import { strategyTables } from './actions';
import { directoryTables, directoryResources } from './directory';
import { postcodeTables } from './postcodes';
import { releaseTables } from './releases';

export const allTables: readonly AnyTable[] = [
  sourcesTable,
  tableSourcesTable,
  ...kpiTables,
  ...boroughTables,
  ...wardTables,
  ...postcodeTables,
  ...directoryTables,
  ...strategyTables,
  ...releaseTables,
];

/** Published files that are not CSV tables (boundaries and the like). */
export const extraResources: readonly ExtraResource[] = [...wardTopologyResources, ...directoryResources];
