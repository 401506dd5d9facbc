/** Loads every KPI table into one typed bundle for the dashboard pages. */
import { loadTable } from '../../core/load';
import type { RowOf } from '../../core/tables';
import {
  indicatorsTable,
  measuresTable,
  notesTable,
  observationsTable,
  statementsTable,
  targetsTable,
} from '../../schemas/kpi';
import { indicatorQuartersTable, portfolioMappingTable } from '../../schemas/borough';
import { sourcesTable } from '../../schemas/sources';

export type Indicator = RowOf<typeof indicatorsTable.fields>;
export type Measure = RowOf<typeof measuresTable.fields>;
export type Observation = RowOf<typeof observationsTable.fields>;
export type Statement = RowOf<typeof statementsTable.fields>;
export type Target = RowOf<typeof targetsTable.fields>;
export type Note = RowOf<typeof notesTable.fields>;
export type Source = RowOf<typeof sourcesTable.fields>;
export type RecomputedQuarter = RowOf<typeof indicatorQuartersTable.fields>;
export type PortfolioMapping = RowOf<typeof portfolioMappingTable.fields>;

/** Everything the dashboard shows, as validated rows. */
export interface KpiData {
  indicators: Indicator[];
  measures: Measure[];
  observations: Observation[];
  statements: Statement[];
  targets: Target[];
  notes: Note[];
  sources: Source[];
  recomputed: RecomputedQuarter[];
  mapping: PortfolioMapping[];
}

let cached: KpiData | undefined;

/** Reads the KPI and borough tables from data/ (validated; assembled once per build). */
export function loadKpiData(): KpiData {
  return (cached ??= {
    indicators: [...loadTable(indicatorsTable)].sort((a, b) => a.number - b.number),
    measures: loadTable(measuresTable),
    observations: loadTable(observationsTable),
    statements: loadTable(statementsTable),
    targets: loadTable(targetsTable),
    notes: loadTable(notesTable),
    sources: loadTable(sourcesTable),
    recomputed: loadTable(indicatorQuartersTable),
    mapping: loadTable(portfolioMappingTable),
  });
}
