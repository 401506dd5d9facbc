/**
 * The tables the strategy pages read, loaded once through `loadTable` (validated and
 * cached; `PORTAL_DATA_DIR` points tests at fixtures).
 */
import { loadTable } from './load';
import { actionsTable, outcomesTable } from '../schemas/actions';
import { indicatorsTable, measuresTable, notesTable, observationsTable, targetsTable } from '../schemas/kpi';
import { indicatorQuartersTable } from '../schemas/borough';
import { sourcesTable } from '../schemas/sources';
import type { ActionRow, OutcomeRow } from './strategy-actions';
import type { IndicatorChartData } from './strategy-indicator-chart';

/** Every action row. */
export function loadActions(): ActionRow[] {
  return loadTable(actionsTable);
}

/** Every outcome row. */
export function loadOutcomes(): OutcomeRow[] {
  return loadTable(outcomesTable);
}

/** The cited sources by id. */
export function loadSources() {
  return new Map(loadTable(sourcesTable).map((s) => [s.source_id, s]));
}

/** The indicators by id. */
export function loadIndicators() {
  return new Map(loadTable(indicatorsTable).map((i) => [i.indicator_id, i]));
}

/** The adopted targets of an indicator, newest year first. */
export function loadTargets(indicatorId: string) {
  return loadTable(targetsTable).filter((t) => t.indicator_id === indicatorId).sort((a, b) => b.year.localeCompare(a.year));
}

/** What `<IndicatorChart>` draws from. */
export function loadIndicatorChartData(): IndicatorChartData {
  return {
    indicators: loadTable(indicatorsTable),
    measures: loadTable(measuresTable),
    observations: loadTable(observationsTable),
    targets: loadTable(targetsTable),
    notes: loadTable(notesTable),
    quarters: loadTable(indicatorQuartersTable),
    sourceTitles: new Map(loadTable(sourcesTable).map((s) => [s.source_id, `${s.publisher}, ${s.title}`])),
  };
}
