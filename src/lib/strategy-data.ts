/**
 * The tables the strategy pages read, loaded once through `loadTable` (validated and
 * cached; `PORTAL_DATA_DIR` points tests at fixtures).
 */
import { loadTable } from './load';
import { actionsTable, outcomesTable } from '../schemas/actions';
import { indicatorsTable, targetsTable } from '../schemas/kpi';
import { sourcesTable } from '../schemas/sources';
import type { ActionRow, OutcomeRow } from './strategy-actions';

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
