/**
 * What the directory search asks Pagefind for, and what it says back, as pure functions
 * the browser script runs (and the unit tests check without a browser).
 *
 * Filters keep unknowns: most entries do not state an age or an area, so an age or area
 * filter also keeps the entries that do not say, shown as their own labelled groups under
 * the matches. Option counts include them, and a search with no results says which
 * filter or word to drop and how many entries that would give.
 */
import { FILTERS, ENTRY_FILTER, NOT_STATED, formatSearch, type FilterParam, type SearchState } from './url';

/** A Pagefind filter value: one value, or any of several. */
export type PagefindCondition = string | { any: string[] };

/** Filters whose "not stated" entries are kept, and the values that mean "not stated". */
export const UNKNOWN_VALUES: Partial<Record<FilterParam, readonly string[]>> = {
  age: [NOT_STATED],
  area: [NOT_STATED, 'not-named'],
};

const UNKNOWN_WORDS: Partial<Record<FilterParam, string>> = { age: 'Age', area: 'Area' };

/** The set filters that keep unknowns (a chosen value that itself means "not stated" keeps nothing extra). */
export function keepingUnknowns(state: SearchState): FilterParam[] {
  return FILTERS.map((f) => f.param).filter((p) => {
    const v = state.filters[p];
    const unknown = UNKNOWN_VALUES[p];
    return v !== undefined && unknown !== undefined && !unknown.includes(v);
  });
}

/** One group of results: its heading (none for the matches) and the Pagefind filters that find it. */
export interface ResultGroup {
  id: string;
  heading: string | null;
  /** The filters whose unstated entries this group holds (none for the matches). */
  unknown: FilterParam[];
  filters: Record<string, PagefindCondition>;
}

/**
 * The groups a search shows, in order: entries matching every filter, then for each
 * combination of unstated age and area the entries that match everything else.
 */
export function resultGroups(state: SearchState): ResultGroup[] {
  const keep = keepingUnknowns(state);
  const subsets: FilterParam[][] = [[]];
  for (const p of keep) for (const s of [...subsets]) subsets.push([...s, p]);
  subsets.sort((a, b) => a.length - b.length);
  return subsets.map((unknown) => {
    const filters: Record<string, PagefindCondition> = { [ENTRY_FILTER.name]: ENTRY_FILTER.value };
    for (const { param, pagefind } of FILTERS) {
      const v = state.filters[param];
      if (!v) continue;
      filters[pagefind] = unknown.includes(param) ? { any: [...UNKNOWN_VALUES[param]!] } : v;
    }
    const words = unknown.map((p) => UNKNOWN_WORDS[p]!);
    const heading = words.length
      ? `${[words[0], ...words.slice(1).map((w) => w.toLowerCase())].join(' and ')} not stated: check with the provider`
      : null;
    return { id: unknown.length ? `unknown-${unknown.join('-')}` : 'matches', heading, unknown, filters };
  });
}

/**
 * The Pagefind filters for counting one filter's options: every other filter as set,
 * with unknowns kept, and this one left out (with none left out: everything the search shows).
 */
export function countFilters(state: SearchState, without?: FilterParam): Record<string, PagefindCondition> {
  const out: Record<string, PagefindCondition> = { [ENTRY_FILTER.name]: ENTRY_FILTER.value };
  const keep = keepingUnknowns(state);
  for (const { param, pagefind } of FILTERS) {
    const v = state.filters[param];
    if (!v || param === without) continue;
    out[pagefind] = keep.includes(param) ? { any: [v, ...UNKNOWN_VALUES[param]!] } : v;
  }
  return out;
}

/**
 * The text of one filter option with its count: for age and area the entries that state
 * the value plus those that do not say, e.g. "14 (5 + 101 not stated)".
 */
export function optionText(
  param: FilterParam,
  label: string,
  value: string,
  counts: Readonly<Record<string, number>>,
): string {
  const n = counts[value] ?? 0;
  const unknown = UNKNOWN_VALUES[param];
  if (!unknown || unknown.includes(value)) return `${label} (${n})`;
  const notStated = unknown.reduce((sum, u) => sum + (counts[u] ?? 0), 0);
  return notStated ? `${label} (${n} + ${notStated} not stated)` : `${label} (${n})`;
}

/** A way out of an empty search: what to drop, where that leads and how many entries it gives. */
export interface Suggestion {
  text: string;
  href: string;
  count: number;
}

/** The state without one filter. */
export function withoutFilter(state: SearchState, param: FilterParam): SearchState {
  const filters = { ...state.filters };
  delete filters[param];
  return { q: state.q, filters };
}

/** The words of a query, as typed. */
export const queryWords = (q: string): string[] => q.trim().split(/\s+/).filter(Boolean);

/** The state without one word of the query (the i-th). */
export function withoutWord(state: SearchState, i: number): SearchState {
  return {
    q: queryWords(state.q)
      .filter((_, j) => j !== i)
      .join(' '),
    filters: state.filters,
  };
}

/**
 * Suggestions for a search with no results, most results first; only those that find
 * something. `counts` gives the number of entries each relaxed search finds.
 */
export function suggestions(
  state: SearchState,
  labels: Readonly<Record<FilterParam, string>>,
  counts: { filters: Partial<Record<FilterParam, number>>; words: readonly number[] },
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const { param } of FILTERS) {
    const n = counts.filters[param];
    if (state.filters[param] && n)
      out.push({
        text: `remove the ${labels[param].toLowerCase()} filter`,
        href: `/directory/${formatSearch(withoutFilter(state, param))}`,
        count: n,
      });
  }
  queryWords(state.q).forEach((w, i) => {
    const n = counts.words[i];
    if (n)
      out.push({ text: `remove the word “${w}”`, href: `/directory/${formatSearch(withoutWord(state, i))}`, count: n });
  });
  return out.sort((a, b) => b.count - a.count);
}

/** The sentence shown for a search with no results. */
export function noResultsMessage(found: readonly Suggestion[]): string {
  if (!found.length) return 'No entries match. Clear the search to see every entry.';
  const parts = found.map((s) => `${s.text} to see ${s.count} ${s.count === 1 ? 'entry' : 'entries'}`);
  return `No entries match. Try: ${parts.join('; ')}.`;
}

/**
 * The sentence above the results, e.g. "3 entries match; 12 more do not state an age
 * and are listed after them."
 */
export function resultsSummary(groups: ReadonlyArray<{ group: ResultGroup; count: number }>): string {
  const matches = groups[0]?.count ?? 0;
  const rest = groups.slice(1).filter((g) => g.count > 0);
  const extra = rest.reduce((n, g) => n + g.count, 0);
  let text = `${matches} ${matches === 1 ? 'entry matches' : 'entries match'}`;
  if (extra) {
    const params = new Set(rest.flatMap((g) => g.group.unknown));
    const what = params.has('age') && params.has('area') ? 'an age or area' : params.has('age') ? 'an age' : 'an area';
    text += `; ${extra} more ${extra === 1 ? 'does' : 'do'} not state ${what} and ${extra === 1 ? 'is' : 'are'} listed after them`;
  }
  return `${text}.`;
}
