/**
 * Search result ordering and URL state for the site search page. Pagefind already
 * weights titles heavily; this makes three promises exact, whatever else matches the words:
 * - a result whose title or short title is exactly what was typed comes first;
 * - then a page that says it answers the everyday words typed ("knife crime" → the
 *   possession of weapons map), from its `searched_as` meta;
 * - a page about superseded boundaries (its `superseded` meta) never ranks above a current
 *   page that matched almost as well: a resident typing a ward's name wants today's ward.
 */

/** The part of a Pagefind result the ordering looks at. */
export interface RankableResult {
  /** Pagefind's relevance score, higher first. */
  score?: number;
  meta: { title?: string; short_title?: string; searched_as?: string; superseded?: string };
}

/**
 * How close, as a share of its own score, a current page must come for a superseded page
 * to give way: 0.9 lets near ties go to current data and leaves clear winners alone.
 */
export const SUPERSEDED_GIVES_WAY_WITHIN = 0.9;

/** Lower case, straight quotes and dashes, single spaces, no surrounding quotes or full stops (brackets are kept: titles end in them). */
export function normaliseTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,:;!?-]+|[\s"'.,:;!?-]+$/g, '');
}

/** Whether a result's title or short title is exactly the query. */
export function isExactTitleMatch(result: RankableResult, query: string): boolean {
  const q = normaliseTitle(query);
  if (!q) return false;
  return [result.meta.title, result.meta.short_title].some((t) => t !== undefined && normaliseTitle(t) === q);
}

/** Whether one of a result's `searched_as` phrases (comma-separated) is exactly the query. */
export function isSearchedAs(result: RankableResult, query: string): boolean {
  const q = normaliseTitle(query);
  if (!q || !result.meta.searched_as) return false;
  return result.meta.searched_as.split(',').some((phrase) => normaliseTitle(phrase) === q);
}

/**
 * The site search's order: exact titles, then pages searched for by the words typed, then
 * Pagefind's order with superseded pages giving way to near-equal current ones.
 */
export function rankResults<R extends RankableResult>(results: readonly R[], query: string): R[] {
  const adjusted = (r: R) => (r.score ?? 0) * (r.meta.superseded ? SUPERSEDED_GIVES_WAY_WITHIN : 1);
  // Only reorder by score when every result has one; Array.prototype.sort is stable.
  const byScore = results.every((r) => r.score !== undefined)
    ? [...results].sort((a, b) => adjusted(b) - adjusted(a))
    : [...results];
  const tier = new Map(byScore.map((r) => [r, isExactTitleMatch(r, query) ? 0 : isSearchedAs(r, query) ? 1 : 2]));
  return byScore.sort((a, b) => tier.get(a)! - tier.get(b)!);
}

/** A search as it is written in the page address: `?q=gangs&theme=Enforcement&year=2012`. */
export interface SearchState {
  query: string;
  /** Selected values per filter name. */
  filters: Record<string, string[]>;
}

/** Reads the query and filters from the address's search parameters. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (key === 'q' || !value) continue;
    (filters[key] ??= []).push(value);
  }
  return { query: params.get('q') ?? '', filters };
}

/** Writes the query and filters as search parameters, in a stable order. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of Object.keys(state.filters).sort()) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  return params;
}
