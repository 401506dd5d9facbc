/**
 * Site search: runs Pagefind in the browser, shows filters with counts, orders the results
 * (exact titles and everyday words first, current pages before superseded ones: see
 * lib/search) and keeps the query and filters in the address so a search can be shared.
 * Pagefind's files come from this site (/pagefind/); nothing from elsewhere.
 */
import { rankResults, readSearchState, writeSearchState, type SearchState } from '../lib/search';
import { isPostcode } from '../lib/wards/postcode';
import { contextOf, lookupPostcode } from './postcode-fetch';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: {
    title?: string;
    short_title?: string;
    type?: string;
    kind?: string;
    searched_as?: string;
    superseded?: string;
  };
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    q: string | null,
    o: { filters: Record<string, string[]> },
  ) => Promise<{
    results: Array<{ score: number; data: () => Promise<PagefindResultData> }>;
    filters: Record<string, Record<string, number>>;
  } | null>;
}

/**
 * The site-wide filters, in the order shown. Other sections index filters of their own
 * (the directory's age, area and referral route) that its own search page offers.
 */
const FILTER_LABELS: Record<string, string> = { publisher: 'Publisher', year: 'Year', theme: 'Theme' };
const SHOWN = 20;

const form = document.querySelector<HTMLFormElement>('form.site-search')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filterBox = document.querySelector<HTMLElement>('[data-search-filters]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

/** Rebuilds an excerpt keeping only text and Pagefind's <mark> highlights. */
function safeExcerpt(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of doc.body.firstElementChild?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = node.textContent;
      out.append(m);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

/** Years newest first; words alphabetically; values that are not years ("Date not stated") last. */
function filterOrder(key: string): (a: string, b: string) => number {
  if (key !== 'year') return (a, b) => a.localeCompare(b, 'en-GB');
  return (a, b) => Number(/^\d{4}$/.test(b)) - Number(/^\d{4}$/.test(a)) || b.localeCompare(a);
}

function renderFilters(all: Record<string, Record<string, number>>, state: SearchState): void {
  filterBox.replaceChildren();
  for (const key of Object.keys(FILTER_LABELS).filter((k) => all[k])) {
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[key]!;
    fieldset.append(legend);
    const values = Object.keys(all[key]!).sort(filterOrder(key));
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = state.filters[key]?.includes(value) ?? false;
      const count = document.createElement('span');
      count.className = 'filter-count';
      count.dataset.filter = key;
      count.dataset.value = value;
      label.append(box, value, ' ', count);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
  const wrap = filterBox.closest<HTMLDetailsElement>('details')!;
  wrap.hidden = filterBox.children.length === 0;
  // Open on wide screens, or when the address already asks for filters; on phones the results come first.
  wrap.open = window.matchMedia('(min-width: 60rem)').matches || Object.keys(state.filters).length > 0;
}

function updateCounts(counts: Record<string, Record<string, number>>): void {
  for (const span of filterBox.querySelectorAll<HTMLElement>('.filter-count')) {
    span.textContent = `(${counts[span.dataset.filter!]?.[span.dataset.value!] ?? 0})`;
  }
}

function currentState(): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
    (filters[box.name] ??= []).push(box.value);
  return { query: input.value.trim(), filters };
}

async function main(): Promise<void> {
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  const initial = readSearchState(new URLSearchParams(window.location.search));
  // Words typed while the index was loading are kept; an address with ?q= wins.
  if (initial.query) input.value = initial.query;
  const all = await pagefind.filters();
  renderFilters(all, initial);
  updateCounts(all);
  document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');

  let run = 0;
  const search = async () => {
    const mine = ++run;
    const state = currentState();
    const qs = writeSearchState(state).toString();
    window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.query && !hasFilters) {
      list.replaceChildren();
      status.textContent = '';
      updateCounts(all);
      return;
    }
    // A postcode is answered from the postcode lookup, not the text index (whose pages are full of numbers).
    if (isPostcode(state.query)) {
      const answer = await lookupPostcode(state.query, contextOf(form));
      if (mine !== run) return;
      const li = document.createElement('li');
      const h = document.createElement('h2');
      h.className = 'search-result-title';
      if (answer.href) {
        const a = document.createElement('a');
        a.href = answer.href;
        a.textContent = `${'wardName' in answer ? answer.wardName : ''} ward`;
        h.append(a);
      } else h.textContent = 'Postcode';
      const p = document.createElement('p');
      p.textContent = answer.text;
      li.append(h, p);
      list.replaceChildren(li);
      status.textContent = answer.href ? `${answer.text} Its ward's page is the first result.` : answer.text;
      return;
    }
    const found = await pagefind.search(state.query || null, { filters: state.filters });
    if (!found || mine !== run) return;
    const datas = await Promise.all(
      found.results.slice(0, SHOWN + 10).map(async (r) => ({ ...(await r.data()), score: r.score })),
    );
    if (mine !== run) return;
    const ranked = rankResults(datas, state.query).slice(0, SHOWN);
    list.replaceChildren(
      ...ranked.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const h = document.createElement('h2');
        h.className = 'search-result-title';
        h.append(a);
        li.append(h);
        const kind = d.meta.type ?? d.meta.kind;
        if (kind) {
          const type = document.createElement('p');
          type.className = 'kicker';
          type.textContent = kind;
          li.append(type);
        }
        const p = document.createElement('p');
        p.append(safeExcerpt(d.excerpt));
        li.append(p);
        return li;
      }),
    );
    updateCounts(found.filters);
    const n = found.results.length;
    const what = state.query ? ` for “${state.query}”` : '';
    status.textContent =
      n === 0
        ? `No results${what}.`
        : `${n} ${n === 1 ? 'result' : 'results'}${what}${n > SHOWN ? `; showing the first ${SHOWN}` : ''}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  // A filter change or submit searches the whole form at once; a typed search still
  // waiting for its pause is dropped rather than run again over the newer results.
  const searchNow = () => {
    clearTimeout(timer);
    void search();
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  filterBox.addEventListener('change', searchNow);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    searchNow();
  });
  await search();
  form.dataset.ready = '';
}

main().catch(() => {
  status.textContent = 'Search is not available right now. Browse the lists below instead.';
});
