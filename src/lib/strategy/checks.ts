/**
 * The strategy library's part of `npm run validate`: every document's frontmatter is
 * valid, and every link from a document or an action row resolves to a document,
 * indicator, directory entry, source, action list or outcome that exists.
 */
import type { DataProblem } from '../../core/errors';
import { readStrategyFiles, strategiesDir, type StrategyFile } from './files';
import { checkDocumentLinks, checkRowLinks, type LinkingRow, type LinkTargets } from './links';
import { displayPath } from '../../core/load';
import { switchedOffSections } from '../../core/content-paths';
import { contentDir } from '../../core/config';
import { join } from 'node:path';
import type { AnyTable } from '../../core/tables';
import { actionsTable, outcomesTable } from '../../schemas/actions';
import { staleActionLinks, type LinkedAction } from './action-links';
import { indicatorsTable } from '../../schemas/kpi';
import { servicesTable } from '../../schemas/directory';
import { sourcesTable } from '../../schemas/sources';

type Rows = Map<string, Record<string, unknown>[]>;

const ids = (rows: Rows, table: AnyTable, column: string) =>
  new Set((rows.get(table.name) ?? []).map((r) => String(r[column])));

/** Collects every id a link may point at. */
export function linkTargets(rows: Rows, docs: readonly StrategyFile[]): LinkTargets {
  const actionParts = new Set<string>();
  for (const r of rows.get(actionsTable.name) ?? []) {
    actionParts.add(`${r.document_id}|`);
    actionParts.add(`${r.document_id}|${r.part}`);
  }
  const outcomeKeys = new Set<string>();
  for (const r of rows.get(outcomesTable.name) ?? []) {
    outcomeKeys.add(`${r.document_id}|`);
    outcomeKeys.add(`${r.document_id}|${r.outcome_id}`);
  }
  return {
    indicatorIds: ids(rows, indicatorsTable, 'indicator_id'),
    sourceIds: ids(rows, sourcesTable, 'source_id'),
    // A directory entry's id is also its page address, /directory/<id>/.
    directoryIds: ids(rows, servicesTable, 'service_id'),
    documentIds: new Set(docs.map((d) => d.id)),
    actionParts,
    outcomeKeys,
  };
}

/**
 * Every problem with the strategy documents and their links; empty when all is well.
 * `content` is the content folder whose site configuration says whether the library is on.
 */
export function strategyChecks(
  rows: Rows,
  dataDir: string,
  docs = readStrategyFiles(),
  content = contentDir(),
): DataProblem[] {
  const problems: DataProblem[] = docs.flatMap((d) => d.problems);
  // A portal with the strategy library switched off may have no documents.
  if (docs.length === 0 && !switchedOffSections(content).has('strategies'))
    problems.push({
      file: displayPath(strategiesDir(content)),
      problem: 'has no strategy documents; expected at least one .mdx file (see content/README.md)',
    });
  const t = linkTargets(rows, docs);
  for (const d of docs) problems.push(...checkDocumentLinks(d, t));
  for (const table of [actionsTable, outcomesTable]) {
    const data = (rows.get(table.name) ?? []) as unknown as LinkingRow[];
    problems.push(...checkRowLinks(data, displayPath(join(dataDir, table.path)), t));
  }
  // The links spelt out one per row (declared as foreign keys) must be those of actions.csv.
  problems.push(...staleActionLinks((rows.get(actionsTable.name) ?? []) as unknown as LinkedAction[], dataDir));
  return problems;
}
