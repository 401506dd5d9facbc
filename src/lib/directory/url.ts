/**
 * The directory search's state as it lives in the page address, so a search can be
 * shared and a reload reproduces it: `/directory/?q=mentoring&theme=mentoring&age=12`.
 * Pure and dependency-free: the browser script imports it, and so do the pages.
 */

/** The search's filters, each mapped to the Pagefind filter it sets on entry pages. */
export const FILTERS = [
  { param: 'type', pagefind: 'dir_type' },
  { param: 'theme', pagefind: 'dir_theme' },
  { param: 'age', pagefind: 'dir_age' },
  { param: 'area', pagefind: 'dir_area' },
  { param: 'route', pagefind: 'dir_route' },
] as const;

export type FilterParam = (typeof FILTERS)[number]['param'];

/** Pagefind filter present on every entry page, so search never returns other pages. */
export const ENTRY_FILTER = { name: 'dir', value: 'entry' } as const;

/** Pagefind filter holding an entry's normalised names, for exact-name matches. */
export const NAME_FILTER = 'dir_name';

/** Filter value for entries that do not state an age, area, route or type. */
export const NOT_STATED = 'not-stated';

/** A search: free text plus at most one value per filter. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterParam, string>>;
}

const VALUE = /^[a-z0-9-]{1,40}$/;

/** Reads the state from a query string; ignores unknown parameters and malformed values. */
export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const { param } of FILTERS) {
    const v = params.get(param);
    if (v && VALUE.test(v)) filters[param] = v;
  }
  return { q: (params.get('q') ?? '').trim().slice(0, 200), filters };
}

/** Writes the state as a query string (with a leading `?`, or empty), in a fixed order. */
export function formatSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const { param } of FILTERS) {
    const v = state.filters[param];
    if (v) params.set(param, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Whether the state asks for anything (otherwise the full listing is shown). */
export function isActive(state: SearchState): boolean {
  return state.q.trim() !== '' || Object.values(state.filters).some(Boolean);
}

/** The Pagefind filters for a state, optionally leaving one filter out (to count its values). */
export function pagefindFilters(state: SearchState, without?: FilterParam): Record<string, string> {
  const out: Record<string, string> = { [ENTRY_FILTER.name]: ENTRY_FILTER.value };
  for (const { param, pagefind } of FILTERS) {
    const v = state.filters[param];
    if (v && param !== without) out[pagefind] = v;
  }
  return out;
}

/**
 * A name reduced to lower-case letters and digits separated by single spaces, so
 * "T.A.G", "t a g" and "T A G" all match. Used to find an exact name match.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
