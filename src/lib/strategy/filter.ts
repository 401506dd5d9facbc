/**
 * The rule the action tables' theme and lead filters apply, kept apart from the DOM so
 * it can be tested. The client script (src/scripts/action-filter.ts) reads a row's
 * theme and leads from its data attributes and asks this module whether to show it.
 */

/** Sentinel for rows without a theme or without a named lead (matches strategy-actions.ts). */
export const NONE = '(none)';

/** Separator of several leads in a row's `data-leads` attribute. */
export const LEAD_SEPARATOR = '|';

/** What a reader chose; an empty string means "any". */
export interface ActionFilter {
  theme: string;
  lead: string;
}

/** The facts about a row the filters look at. */
export interface FilterableRow {
  /** The row's theme, or NONE. */
  theme: string;
  /** The row's leads; empty when none is named. */
  leads: readonly string[];
}

/** Whether a row passes both filters. */
export function rowMatches(row: FilterableRow, f: ActionFilter): boolean {
  const themeOk = f.theme === '' || row.theme === f.theme;
  const leads = row.leads.length ? row.leads : [NONE];
  const leadOk = f.lead === '' || leads.includes(f.lead);
  return themeOk && leadOk;
}

/** Reads a row's leads back from its `data-leads` attribute. */
export function parseLeads(attr: string | null | undefined): string[] {
  return attr ? attr.split(LEAD_SEPARATOR).filter(Boolean) : [];
}

/** The status line read out after filtering, e.g. "Showing 5 of 23 action points." */
export function filterStatus(shown: number, total: number, noun: string): string {
  return shown === total ? `Showing all ${total} ${noun}.` : `Showing ${shown} of ${total} ${noun}.`;
}
