/**
 * Search result ordering and URL state for the site search page. Pagefind already
 * weights titles heavily (strategy pages mark their title with the highest weight);
 * this makes the promise exact: a result whose title or short title is exactly what
 * was typed comes first, whatever else matches the words.
 */

/** The part of a Pagefind result the ordering looks at. */
export interface RankableResult {
  meta: { title?: string; short_title?: string };
}

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

/** Moves exact title matches to the front, keeping Pagefind's order otherwise. */
export function rankExactTitleFirst<R extends RankableResult>(results: readonly R[], query: string): R[] {
  const exact = results.filter((r) => isExactTitleMatch(r, query));
  return [...exact, ...results.filter((r) => !exact.includes(r))];
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
