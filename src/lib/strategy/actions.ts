/**
 * Action points, recommendations and decisions (`data/strategy/actions.csv`) and case
 * study outcomes (`data/strategy/outcomes.csv`) shaped for the page: the table a
 * document shows, the CSV download made from the same TableData, and the values its
 * filters offer.
 */
import type { RowOf } from '../../core/tables';
import type { TableData } from '../../core/table-data';
import type { actionsTable, outcomesTable } from '../../schemas/actions';
import { NONE } from './filter';

export type ActionRow = RowOf<typeof actionsTable.fields>;
export type OutcomeRow = RowOf<typeof outcomesTable.fields>;

/** How the lead's origin is explained beside it. */
export const LEAD_BASIS_LABELS: Record<ActionRow['lead_basis'], string> = {
  'lead-column': "from the document's lead column",
  'action-wording': "named in the action's wording",
  'not-named': 'no lead named',
};

/** A list name as used in addresses: "Short-term recommendations" → `short-term-recommendations`. */
export function partSlug(part: string): string {
  return part
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What one item of a list is called: "Decision 7", "Recommendation 1.3", "Action point 15". */
export function itemWord(part: string): string {
  if (/decision/i.test(part)) return 'Decision';
  if (/recommendation/i.test(part)) return 'Recommendation';
  if (/agenda|asked of/i.test(part)) return 'Agenda item';
  return 'Action point';
}

/** What a document's items are called together, for counts: "23 action points", "29 recommendations". */
export function itemsNoun(parts: readonly string[]): string {
  const words = new Set(parts.map(itemWord));
  if (words.size === 1) {
    const [w] = [...words];
    return `${w!.toLowerCase()}s`;
  }
  return 'actions and decisions';
}

/** The rows of one document (and optionally one part of it), in document order. */
export function actionsOf(rows: readonly ActionRow[], document: string, part?: string): ActionRow[] {
  return rows
    .filter((r) => r.document_id === document && (part === undefined || r.part === part))
    .sort((a, b) => a.sort_order - b.sort_order);
}

/** The parts of a document, in document order. */
export function partsOf(rows: readonly ActionRow[], document: string): string[] {
  return [...new Set(actionsOf(rows, document).map((r) => r.part))];
}

/** Where a table's CSV download is served. */
export function actionCsvPath(document: string, part?: string): string {
  return `/strategies/${document}/actions${part ? `-${partSlug(part)}` : ''}.csv`;
}

/** Where a document's outcomes CSV is served. */
export function outcomeCsvPath(document: string): string {
  return `/strategies/${document}/outcomes.csv`;
}

/** An anchor for an action row, e.g. `action-1-3`. */
export function actionAnchor(ref: string): string {
  return `action-${ref.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/**
 * The table of actions exactly as downloaded; the page shows every column of it.
 * Lists are joined with semicolons, as in the published data.
 */
export function actionTableData(rows: readonly ActionRow[], caption: string): TableData {
  const multiPart = new Set(rows.map((r) => r.part)).size > 1;
  return {
    caption,
    rowHeader: 'ref',
    columns: [
      { key: 'ref', label: 'No.' },
      ...(multiPart ? [{ key: 'part', label: 'Part' }] : []),
      { key: 'theme', label: 'Theme' },
      { key: 'title', label: 'Title' },
      { key: 'action', label: 'Action' },
      { key: 'lead_agencies', label: 'Lead' },
      { key: 'lead_basis', label: 'Lead named in' },
      { key: 'partner_agencies', label: 'Partners' },
      { key: 'indicator_ids', label: 'Indicators it aims to move' },
      { key: 'directory_ids', label: 'Delivered through' },
      { key: 'source_section', label: 'Source section' },
    ],
    rows: rows.map((r) => ({
      ref: r.ref,
      ...(multiPart ? { part: r.part } : {}),
      theme: r.theme,
      title: r.title,
      action: r.action,
      lead_agencies: r.lead_agencies.join(';') || null,
      lead_basis: r.lead_basis,
      partner_agencies: r.partner_agencies.join(';') || null,
      indicator_ids: r.indicator_ids.join(';') || null,
      directory_ids: r.directory_ids.join(';') || null,
      source_section: r.source_section,
    })),
  };
}

/** The table of a document's outcomes, as shown and downloaded. */
export function outcomeTableData(rows: readonly OutcomeRow[], caption: string): TableData {
  return {
    caption,
    rowHeader: 'measure',
    columns: [
      { key: 'measure', label: 'Outcome' },
      { key: 'change', label: 'Change' },
      { key: 'value', label: 'Figure', numeric: true },
      { key: 'unit', label: 'Unit' },
      { key: 'wording', label: 'As the study reports it' },
      { key: 'source_section', label: 'Source section' },
    ],
    rows: [...rows]
      .sort((a, b) => a.sort_order - b.sort_order)
      .map((r) => ({
        measure: r.measure,
        change: r.change,
        value: r.value,
        unit: r.unit,
        wording: r.wording,
        source_section: r.source_section,
      })),
  };
}

/** A value offered by a filter, with how many rows carry it. */
export interface FilterOption {
  value: string;
  count: number;
}

export { NONE };

/** Theme and lead values of a set of rows, alphabetical, with counts; rows without one count under NONE. */
export function filterOptions(rows: readonly ActionRow[]): { themes: FilterOption[]; leads: FilterOption[] } {
  const count = (values: string[]) => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) => (a.value === NONE ? 1 : b.value === NONE ? -1 : a.value.localeCompare(b.value, 'en-GB')));
  };
  return {
    themes: count(rows.map((r) => r.theme ?? NONE)),
    leads: count(rows.flatMap((r) => (r.lead_agencies.length ? r.lead_agencies : [NONE]))),
  };
}
