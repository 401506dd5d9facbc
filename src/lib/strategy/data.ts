/**
 * The tables the strategy pages read, loaded once through `loadTable` (validated and
 * cached; `PORTAL_DATA_DIR` points tests at fixtures).
 */
import { loadTable } from '../../core/load';
import type { RowOf } from '../../core/tables';
import { actionsTable, outcomesTable } from '../../schemas/actions';
import { indicatorsTable, targetsTable } from '../../schemas/kpi';
import { sourcesTable } from '../../schemas/sources';
import type { ActionRow, OutcomeRow } from './actions';

/** Every action row. */
export function loadActions(): ActionRow[] {
  return loadTable(actionsTable);
}

/** Every outcome row. */
export function loadOutcomes(): OutcomeRow[] {
  return loadTable(outcomesTable);
}

type SourceRow = RowOf<typeof sourcesTable.fields>;
type IndicatorRow = RowOf<typeof indicatorsTable.fields>;
type TargetRow = RowOf<typeof targetsTable.fields>;
// Indexed once: every citation, action table and indicator link on every page looks these up.
let sourcesById: Map<string, SourceRow> | undefined;
let indicatorsById: Map<string, IndicatorRow> | undefined;
let targetsByIndicator: Map<string, TargetRow[]> | undefined;

/** The cited sources by id. */
export function loadSources(): Map<string, SourceRow> {
  return (sourcesById ??= new Map(loadTable(sourcesTable).map((s) => [s.source_id, s])));
}

/** The indicators by id. */
export function loadIndicators(): Map<string, IndicatorRow> {
  return (indicatorsById ??= new Map(loadTable(indicatorsTable).map((i) => [i.indicator_id, i])));
}

/** The adopted targets of an indicator, newest year first. */
export function loadTargets(indicatorId: string): TargetRow[] {
  if (!targetsByIndicator) {
    targetsByIndicator = new Map();
    for (const t of [...loadTable(targetsTable)].sort((a, b) => b.year.localeCompare(a.year))) {
      targetsByIndicator.set(t.indicator_id, [...(targetsByIndicator.get(t.indicator_id) ?? []), t]);
    }
  }
  return targetsByIndicator.get(indicatorId) ?? [];
}
