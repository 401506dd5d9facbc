/**
 * The directory search in the browser: reads the query and filters from the address,
 * asks Pagefind (directory entries only), shows the matches and then, under their own
 * headings, the entries that do not state an age or area, with counts beside every
 * filter value, and writes the state back to the address so a search can be shared.
 * Pagefind loads on the first interaction with the form (or at once when the address
 * already holds a search), so the page itself stays light. Everything from the index is
 * inserted as text, never as markup.
 */
import {
  FILTERS,
  NAME_FILTER,
  formatSearch,
  isActive,
  normaliseName,
  parseSearch,
  type FilterParam,
  type SearchState,
} from '../lib/directory/url';
import {
  countFilters,
  noResultsMessage,
  optionText,
  queryWords,
  resultGroups,
  resultsSummary,
  suggestions,
  withoutWord,
  type PagefindCondition,
  type ResultGroup,
  type Suggestion,
} from '../lib/directory/search-plan';
import { correctedQuery } from '../lib/directory/spelling';
import { searchVocabulary } from '../schemas/vocab/directory-search-terms';

interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  data: () => Promise<ResultData>;
}
interface Search {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  search: (q: string | null, o: { filters: Record<string, PagefindCondition> }) => Promise<Search>;
  filters: () => Promise<unknown>;
}
interface Found {
  group: ResultGroup;
  results: Result[];
}

const PAGE_SIZE = 20;
const VOCABULARY = searchVocabulary();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const total = (found: readonly Found[]) => found.reduce((n, f) => n + f.results.length, 0);

/** Wires up the search section on /directory/, if it is on the page. */
export function startDirectorySearch(): void {
  const section = $('directory-search');
  if (!section) return;
  const form = section.querySelector('form') as HTMLFormElement;
  const input = $<HTMLInputElement>('dir-q');
  const status = $('dir-status');
  const advice = $<HTMLUListElement>('dir-advice');
  const results = $('dir-results');
  const more = $<HTMLButtonElement>('dir-more');
  const listing = $('dir-all');
  const selects = Object.fromEntries(FILTERS.map((f) => [f.param, $<HTMLSelectElement>(`dir-f-${f.param}`)])) as Record<
    FilterParam,
    HTMLSelectElement
  >;
  const labels = Object.fromEntries(
    FILTERS.map((f) => [f.param, section.querySelector(`label[for="dir-f-${f.param}"]`)?.textContent ?? f.param]),
  ) as Record<FilterParam, string>;
  section.hidden = false;

  let pagefind: Promise<Pagefind> | null = null;
  // Built at run time so the bundler leaves Pagefind's own file alone (it exists only after indexing).
  const load = () =>
    (pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
      await pf.filters(); // loads every filter's index, so counts come back for all of them
      return pf;
    })());
  let generation = 0;
  let pending: Array<{ group: number; result: Result }> = [];
  let lists: HTMLOListElement[] = [];
  let shownGroups: Found[] = [];

  const readForm = (): SearchState => ({
    q: input.value,
    filters: Object.fromEntries(FILTERS.map((f) => [f.param, selects[f.param].value]).filter(([, v]) => v)),
  });
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const f of FILTERS) {
      const sel = selects[f.param];
      const v = state.filters[f.param] ?? '';
      sel.value = [...sel.options].some((o) => o.value === v) ? v : '';
    }
  };

  function showCounts(param: FilterParam, counts: Record<string, number>, all: number) {
    for (const option of selects[param].options) {
      option.textContent = option.value
        ? optionText(param, option.dataset.label ?? option.value, option.value, counts)
        : `${option.dataset.label} (${all})`;
    }
  }

  /** The list a group's results go in, with the group's heading, made when its first result is shown. */
  function listFor(index: number): HTMLOListElement {
    if (lists[index]) return lists[index]!;
    const { group, results: found } = shownGroups[index]!;
    if (group.heading) {
      const h = document.createElement('h3');
      h.id = `dir-g-${group.id}`;
      h.textContent = `${group.heading} (${found.length})`;
      results.append(h);
    }
    const ol = document.createElement('ol');
    ol.className = 'dir-result-list';
    ol.dataset.group = group.id;
    if (group.heading) ol.setAttribute('aria-labelledby', `dir-g-${group.id}`);
    results.append(ol);
    return (lists[index] = ol);
  }

  async function renderMore() {
    const batch = pending.splice(0, PAGE_SIZE);
    const mine = generation;
    const data = await Promise.all(batch.map((b) => b.result.data()));
    if (mine !== generation) return;
    batch.forEach((b, i) =>
      listFor(b.group).append(resultItem(data[i]!, shownGroups[b.group]!.group.heading ? 'h4' : 'h3')),
    );
    more.hidden = pending.length === 0;
  }

  /** Every group of a search, an exact name match first within its group, no entry twice. */
  async function searchGroups(pf: Pagefind, state: SearchState): Promise<Found[]> {
    const q = state.q.trim() || null;
    const groups = resultGroups(state);
    const [exact, ...searches] = await Promise.all([
      q ? pf.search(null, { filters: { ...countFilters(state), [NAME_FILTER]: normaliseName(q) } }) : null,
      ...groups.map((g) => pf.search(q, { filters: g.filters })),
    ]);
    const pinned = exact?.results[0]?.id;
    const seen = new Set<string>();
    return groups.map((group, i) => {
      const list = searches[i]!.results.filter((r) => !seen.has(r.id));
      list.forEach((r) => seen.add(r.id));
      const at = list.findIndex((r) => r.id === pinned);
      if (at > 0) list.unshift(...list.splice(at, 1));
      return { group, results: list };
    });
  }

  async function run(state: SearchState) {
    const mine = ++generation;
    const query = formatSearch(state);
    delete section.dataset.searched; // until this search is on the page
    history.replaceState(null, '', `${location.pathname}${query}`);
    results.setAttribute('aria-busy', 'true');
    const active = isActive(state);
    listing.hidden = active;
    results.replaceChildren();
    advice.replaceChildren();
    more.hidden = true;
    status.textContent = active ? 'Searching…' : '';
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = 'Search is not available right now. Every entry is listed below.';
      listing.hidden = false;
      results.removeAttribute('aria-busy');
      return;
    }
    // A query that finds nothing may be misspelt: search for the corrected words instead, and say so.
    let effective = state;
    let found = active ? await searchGroups(pf, state) : [];
    let note = '';
    const corrected = active && total(found) === 0 && state.q.trim() ? correctedQuery(state.q, VOCABULARY) : null;
    if (corrected) {
      const retry = await searchGroups(pf, { ...state, q: corrected });
      if (total(retry) > 0) {
        found = retry;
        effective = { ...state, q: corrected };
        note = `Nothing matches “${state.q.trim()}”; showing results for “${corrected}”. `;
      }
    }
    const q = effective.q.trim() || null;
    const perFilter = await Promise.all(
      FILTERS.map((f) => pf.search(q, { filters: countFilters(effective, f.param) })),
    );
    if (mine !== generation) return;
    FILTERS.forEach((f, i) =>
      showCounts(f.param, perFilter[i]!.filters[f.pagefind] ?? {}, perFilter[i]!.results.length),
    );
    if (active) await showResults(pf, state, found, note, perFilter, mine);
    if (mine !== generation) return;
    results.removeAttribute('aria-busy');
    section.dataset.searched = query; // lets tests (and scripts) know the page shows this search
  }

  async function showResults(
    pf: Pagefind,
    state: SearchState,
    found: Found[],
    note: string,
    perFilter: Search[],
    mine: number,
  ) {
    const n = total(found);
    if (n === 0) {
      const words = queryWords(state.q);
      const wordCounts = await Promise.all(
        words.map((_, i) =>
          pf
            .search(withoutWord(state, i).q.trim() || null, { filters: countFilters(state) })
            .then((s) => s.results.length),
        ),
      );
      if (mine !== generation) return;
      const filterCounts = Object.fromEntries(FILTERS.map((f, i) => [f.param, perFilter[i]!.results.length]));
      const ways = suggestions(state, labels, { filters: filterCounts, words: wordCounts });
      status.textContent = noResultsMessage(ways);
      advice.replaceChildren(...ways.map(suggestionItem));
      return;
    }
    status.textContent = `${note}${resultsSummary(found.map((f) => ({ group: f.group, count: f.results.length })))}`;
    shownGroups = found;
    lists = [];
    pending = found.flatMap((f, group) => f.results.map((result) => ({ group, result })));
    await renderMore();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  // A filter change or submit searches the whole form at once, so a typed search still
  // waiting for its pause is dropped rather than run again over the newer results.
  const runNow = () => {
    clearTimeout(timer);
    void run(readForm());
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(readForm()), 300);
  });
  for (const f of FILTERS) selects[f.param].addEventListener('change', runNow);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runNow();
  });
  more.addEventListener('click', () => void renderMore());

  const initial = parseSearch(location.search);
  writeForm(initial);
  if (isActive(initial)) {
    void run(initial);
  } else {
    // Nothing asked for yet: load Pagefind (and show counts) only once someone reaches for the form.
    const warm = () => {
      form.removeEventListener('focusin', warm);
      form.removeEventListener('pointerdown', warm);
      if (generation === 0) void run(readForm());
    };
    form.addEventListener('focusin', warm);
    form.addEventListener('pointerdown', warm);
  }
}

/** One result as a list item, built from text nodes only. */
function resultItem(d: ResultData, heading: 'h3' | 'h4'): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement(heading);
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  const facts = [d.meta.org, d.meta.kind].filter(Boolean).join(' · ');
  const where = [d.meta.ages, d.meta.areas].filter(Boolean).join(' · ');
  li.append(h);
  for (const text of [facts, where]) {
    if (!text) continue;
    const p = document.createElement('p');
    p.textContent = text;
    li.append(p);
  }
  return li;
}

/** A suggestion for an empty search as a link to the relaxed search. */
function suggestionItem(s: Suggestion): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = s.href;
  a.textContent = `${s.text.charAt(0).toUpperCase()}${s.text.slice(1)} (${s.count} ${s.count === 1 ? 'entry' : 'entries'})`;
  li.append(a);
  return li;
}
