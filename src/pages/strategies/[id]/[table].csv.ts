/**
 * CSV downloads of a document's action and outcome tables, made from the same TableData
 * as the tables on the page: `/strategies/<id>/actions.csv` (every item),
 * `/strategies/<id>/actions-<part>.csv` (one list) and `/strategies/<id>/outcomes.csv`.
 * Only the files a document's `<ActionTable>` and `<OutcomeTable>` link are built, so no
 * file is published that nothing offers (and no list is published twice).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadActions, loadOutcomes } from '../../../lib/strategy/data';
import {
  actionCsvPath,
  actionsOf,
  actionTableData,
  outcomeCsvPath,
  outcomeTableData,
} from '../../../lib/strategy/actions';
import { bodyTags } from '../../../lib/strategy/links';
import { tableCsv, type TableData } from '../../../core/table-data';
import { sectionOn } from '../../../lib/site';

export const getStaticPaths = (async () => {
  if (!sectionOn('strategies')) return [];
  const actions = loadActions();
  const outcomes = loadOutcomes();
  const files = new Map<string, TableData>();
  for (const doc of await getCollection('strategies')) {
    for (const { name, attrs } of bodyTags(doc.body ?? '')) {
      const { document, part } = attrs;
      if (!document) continue;
      if (name === 'ActionTable')
        files.set(actionCsvPath(document, part), actionTableData(actionsOf(actions, document, part), ''));
      if (name === 'OutcomeTable')
        files.set(
          outcomeCsvPath(document),
          outcomeTableData(
            outcomes.filter((o) => o.document_id === document),
            '',
          ),
        );
    }
  }
  return [...files.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, table]) => {
      const [, , id, file] = path.split('/');
      // Each file names its document, so it still says what it is once downloaded.
      return {
        params: { id: id!, table: file!.replace(/\.csv$/, '') },
        props: { table: { ...table, context: { document_id: id! } } },
      };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(tableCsv((props as { table: TableData }).table), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
