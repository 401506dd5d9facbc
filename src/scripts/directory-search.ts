/**
 * The directory search in the browser: reads the query and filters from the address,
 * asks Pagefind (directory entries only), shows results with counts beside every
 * filter value, and writes the state back to the address so a search can be shared.
 * Everything from the index is inserted as text, never as markup.
 */
import {
  FILTERS, NAME_FILTER, formatSearch, isActive, normaliseName, pagefindFilters, parseSearch,
  type FilterParam, type SearchState,
} from '../lib/directory/url';

interface ResultData { url: string; meta: Record<string, string | undefined> }
interface Result { id: string; data: () => Promise<ResultData> }
interface Search { results: Result[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  search: (q: string | null, o: { filters: Record<string, string> }) => Promise<Search>;
  filters: () => Promise<unknown>;
}

const PAGE_SIZE = 20;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Wires up the search section on /directory/, if it is on the page. */
export function startDirectorySearch(): void {
  const section = $('directory-search');
  if (!section) return;
  const form = section.querySelector('form') as HTMLFormElement;
  const input = $<HTMLInputElement>('dir-q');
  const status = $('dir-status');
  const list = $<HTMLOListElement>('dir-results');
  const more = $<HTMLButtonElement>('dir-more');
  const listing = $('dir-all');
  const selects = Object.fromEntries(FILTERS.map((f) => [f.param, $<HTMLSelectElement>(`dir-f-${f.param}`)])) as Record<FilterParam, HTMLSelectElement>;
  section.hidden = false;

  let pagefind: Promise<Pagefind> | null = null;
  // Built at run time so the bundler leaves Pagefind's own file alone (it exists only after indexing).
  const load = () => (pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
    await pf.filters(); // loads every filter's index, so counts come back for all of them
    return pf;
  })());
  let generation = 0;
  let pending: Result[] = [];

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

  function showCounts(param: FilterParam, counts: Record<string, number>, total: number) {
    for (const option of selects[param].options) {
      const n = option.value ? counts[option.value] ?? 0 : total;
      option.textContent = `${option.dataset.label} (${n})`;
    }
  }

  async function renderMore() {
    const batch = pending.splice(0, PAGE_SIZE);
    const mine = generation;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    for (const d of data) list.append(resultItem(d));
    more.hidden = pending.length === 0;
  }

  async function run(state: SearchState) {
    const mine = ++generation;
    const query = formatSearch(state);
    delete section.dataset.searched; // until this search is on the page
    history.replaceState(null, '', `${location.pathname}${query}`);
    list.setAttribute('aria-busy', 'true');
    const active = isActive(state);
    listing.hidden = active;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = active ? 'Searching…' : '';
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = 'Search is not available right now. Every entry is listed below.';
      listing.hidden = false;
      list.removeAttribute('aria-busy');
      return;
    }
    const q = state.q.trim() || null;
    const [main, exact, ...perFilter] = await Promise.all([
      pf.search(q, { filters: pagefindFilters(state) }),
      q ? pf.search(null, { filters: { ...pagefindFilters(state), [NAME_FILTER]: normaliseName(q) } }) : null,
      ...FILTERS.map((f) => pf.search(q, { filters: pagefindFilters(state, f.param) })),
    ]);
    if (mine !== generation) return;
    FILTERS.forEach((f, i) => showCounts(f.param, perFilter[i]!.filters[f.pagefind] ?? {}, perFilter[i]!.results.length));
    if (active) await showResults(main, exact);
    if (mine !== generation) return;
    list.removeAttribute('aria-busy');
    section.dataset.searched = query; // lets tests (and scripts) know the page shows this search
  }

  async function showResults(main: Search, exact: Search | null) {
    // An exact name match goes first, whatever Pagefind's ranking says.
    const pinned = exact?.results[0];
    pending = pinned ? [pinned, ...main.results.filter((r) => r.id !== pinned.id)] : [...main.results];
    const n = pending.length;
    status.textContent = n === 0 ? 'No entries match. Try fewer filters or another word.' : `${n} ${n === 1 ? 'entry matches' : 'entries match'}.`;
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
  void run(initial);
}

/** One result as a list item, built from text nodes only. */
function resultItem(d: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h3');
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
