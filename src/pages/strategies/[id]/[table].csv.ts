/**
 * CSV downloads of a document's action and outcome tables, made from the same TableData
 * as the tables on the page: `/strategies/<id>/actions.csv` (every item),
 * `/strategies/<id>/actions-<part>.csv` (one list) and `/strategies/<id>/outcomes.csv`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadActions, loadOutcomes } from '../../../lib/strategy/data';
import { actionsOf, actionTableData, outcomeTableData, partSlug, partsOf } from '../../../lib/strategy/actions';
import { tableCsv, type TableData } from '../../../core/table-data';
import { sectionOn } from '../../../lib/site';

export const getStaticPaths = (() => {
  if (!sectionOn('strategies')) return [];
  const actions = loadActions();
  const outcomes = loadOutcomes();
  const paths: Array<{ params: { id: string; table: string }; props: { table: TableData } }> = [];
  for (const id of [...new Set(actions.map((a) => a.document_id))].sort()) {
    paths.push({ params: { id, table: 'actions' }, props: { table: actionTableData(actionsOf(actions, id), '') } });
    for (const part of partsOf(actions, id)) {
      paths.push({ params: { id, table: `actions-${partSlug(part)}` }, props: { table: actionTableData(actionsOf(actions, id, part), '') } });
    }
  }
  for (const id of [...new Set(outcomes.map((o) => o.document_id))].sort()) {
    paths.push({ params: { id, table: 'outcomes' }, props: { table: outcomeTableData(outcomes.filter((o) => o.document_id === id), '') } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(tableCsv((props as { table: TableData }).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
