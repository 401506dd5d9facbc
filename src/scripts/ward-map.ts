/**
 * Enhances the ward map when JavaScript runs (the page works fully without it):
 * - choices switch the view in place: the next view's page is fetched from this site
 *   and its map region swapped in, with the address updated so it can be shared;
 * - tooltips on pointer hover and keyboard focus;
 * - the table sorts by any column;
 * - "find my ward" matches the browser's location to a ward drawn in the page.
 * No libraries: the projection comes from the same small module the server draws with.
 */
import { fitFromAttribute, project } from '../charts/map-projection';
import { enhanceSortableTable } from './sortable-table';

const VIEW = 'ward-map-view';

function view(): HTMLElement | null {
  return document.getElementById(VIEW);
}

function announce(text: string): void {
  const status = document.getElementById('ward-map-status');
  if (status) status.textContent = text;
}

/* Switching views without reload */

async function show(href: string, push: boolean, focusHref?: string): Promise<void> {
  const current = view();
  if (!current) return;
  current.setAttribute('aria-busy', 'true');
  try {
    const res = await fetch(href, { headers: { Accept: 'text/html' } });
    if (!res.ok) throw new Error(String(res.status));
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const next = doc.getElementById(VIEW);
    if (!next) throw new Error('no map in page');
    // Disclosures the reader opened (the months, the table and downloads) stay open in the next view.
    const open = ['details.map-months', 'details.chart-details'].filter((s) =>
      current.querySelector(s)?.hasAttribute('open'),
    );
    current.replaceWith(document.adoptNode(next));
    for (const s of open) next.querySelector(s)?.setAttribute('open', '');
    document.title = doc.title;
    if (push) history.pushState({ wardMap: true }, '', href);
    setUp(next);
    announce(`Map now shows ${next.dataset.title ?? ''}.`);
    if (focusHref) next.querySelector<HTMLAnchorElement>(`.map-choices a[href="${CSS.escape(focusHref)}"]`)?.focus();
  } catch {
    location.href = href; // fall back to an ordinary page load
  }
}

function onChoiceClick(event: MouseEvent): void {
  const link = (event.target as Element).closest<HTMLAnchorElement>('.map-choices a');
  if (
    !link ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/wards/map/')) return;
  event.preventDefault();
  void show(url.pathname, true, link.getAttribute('href') ?? undefined);
}

/* Tooltips */

let tip: HTMLDivElement | null = null;

function tooltip(): HTMLDivElement {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'ward-tooltip';
    tip.setAttribute('aria-hidden', 'true'); // the link's own name is what is announced
    tip.hidden = true;
    document.body.append(tip);
  }
  return tip;
}

function showTip(link: Element, x: number, y: number): void {
  const t = tooltip();
  t.textContent = link.getAttribute('aria-label') ?? '';
  t.hidden = false;
  const left = Math.min(x + 14, window.scrollX + document.documentElement.clientWidth - t.offsetWidth - 8);
  t.style.left = `${Math.max(window.scrollX + 8, left)}px`;
  t.style.top = `${y + 14}px`;
}

function hideTip(): void {
  if (tip) tip.hidden = true;
}

function wardLink(target: EventTarget | null): SVGAElement | null {
  return target instanceof Element ? target.closest<SVGAElement>(`#${VIEW} svg a[aria-label]`) : null;
}

/* Find my ward */

/** A ward's outline, and, from a shapes file, the name and page a map without ward links lacks. */
interface Outline {
  path: Path2D;
  name?: string;
  href?: string;
}

const shapesCache = new Map<string, Promise<Map<string, Outline>>>();

/** The ward outlines a map draws: from its shapes file (fetched once) or its own paths. */
function outlines(svg: SVGSVGElement): Promise<Map<string, Outline>> {
  const href = svg.dataset.shapes;
  if (!href)
    return Promise.resolve(
      new Map(
        [...svg.querySelectorAll<SVGPathElement>('path[data-ward]')].map((p) => [
          p.dataset.ward!,
          { path: new Path2D(p.getAttribute('d') ?? '') },
        ]),
      ),
    );
  let hit = shapesCache.get(href);
  if (!hit) {
    hit = fetch(href)
      .then((r) => r.text())
      .then((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        // The wards only: a large area's file also outlines its boroughs, after them.
        return new Map(
          [...doc.querySelectorAll<SVGPathElement>('g.wards path[id]')].map((p) => [
            p.id,
            { path: new Path2D(p.getAttribute('d') ?? ''), name: p.dataset.name, href: p.dataset.href },
          ]),
        );
      });
    shapesCache.set(href, hit);
  }
  return hit;
}

function findWard(button: HTMLButtonElement, result: HTMLElement): void {
  const say = (...parts: Array<string | Node>) => result.replaceChildren(...parts);
  if (!('geolocation' in navigator)) {
    say('This browser cannot share its location. Please pick your ward on the map or from the lists below.');
    return;
  }
  button.disabled = true;
  say('Asking your browser for your location…');
  navigator.geolocation.getCurrentPosition(
    async (pos) => {
      button.disabled = false;
      const svg = document.querySelector<SVGSVGElement>(`#${VIEW} svg[data-projection]`);
      const fit = svg ? fitFromAttribute(svg.dataset.projection ?? '') : null;
      const ctx = document.createElement('canvas').getContext('2d');
      if (!svg || !fit || !ctx)
        return say('The map is not available, so your ward cannot be found. Please use the lists below.');
      const [x, y] = project(pos.coords.longitude, pos.coords.latitude, fit);
      svg.querySelectorAll('.is-located').forEach((p) => p.classList.remove('is-located'));
      let shapes: Map<string, Outline>;
      try {
        shapes = await outlines(svg);
      } catch {
        return say('The ward outlines could not be loaded, so your ward cannot be found. Please use the lists below.');
      }
      const code = [...shapes].find(([, o]) => ctx.isPointInPath(o.path, x, y))?.[0];
      // A map drawn by reference names its wards in each `<use>`'s address; one drawn whole, in data-ward.
      const hit = code
        ? svg.querySelector<SVGElement>(`use[href$="#${CSS.escape(code)}"], [data-ward="${CSS.escape(code)}"]`)
        : null;
      if (!hit) {
        // The area the map covers, by name: a borough, a district, or all of London.
        const area = view()?.dataset.areaName ?? 'the area';
        return say(
          `Your location seems to be outside ${area}, so it is not in any ward on this map. If you are in ${area}, your browser may have given an approximate location: please pick your ward on the map or from the lists below.`,
        );
      }
      hit.classList.add('is-located');
      // A ward that is a link is named "<ward>: <value>" (no value holds ": "); a large area's
      // map links its boroughs instead, and the shapes file names the ward and its page.
      const link = hit.closest('a');
      const shape = shapes.get(code!);
      const name = (link ? link.getAttribute('aria-label')?.replace(/: [^:]*$/, '') : shape?.name) ?? 'a ward';
      const a = document.createElement('a');
      // The ward's own page: a code can be in both ward sets, at two addresses.
      a.href = link?.getAttribute('href') ?? shape?.href ?? '/wards/';
      a.textContent = `${name} ward page`;
      say(
        `You appear to be in ${name} (${view()?.dataset.setLabel ?? ''}). It is outlined on the map. Go to the `,
        a,
        '.',
      );
    },
    (err) => {
      button.disabled = false;
      if (err.code === err.PERMISSION_DENIED)
        say(
          'That is fine: location is turned off for this page, so we cannot find your ward from it. You can pick your ward on the map or from the lists below instead.',
        );
      else
        say(
          'Your browser could not tell where you are just now. You can try again, or pick your ward on the map or from the lists below.',
        );
    },
    { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
  );
}

/* Wiring */

function setUp(root: HTMLElement): void {
  const table = root.querySelector<HTMLTableElement>('table');
  if (table) enhanceSortableTable(table);
}

function init(): void {
  const root = view();
  if (!root) return;
  setUp(root);
  // The change-by-ward table on /wards/ sorts too (it arrives sorted by change without JavaScript).
  const changes = document.getElementById('ward-changes-table');
  if (changes instanceof HTMLTableElement) enhanceSortableTable(changes);
  history.replaceState({ wardMap: true }, '', location.href);
  document.addEventListener('click', onChoiceClick);
  window.addEventListener('popstate', (e) => {
    if ((e.state as { wardMap?: boolean } | null)?.wardMap) void show(location.pathname, false);
  });
  document.addEventListener('pointermove', (e) => {
    const link = wardLink(e.target);
    if (link) showTip(link, e.pageX, e.pageY);
    else hideTip();
  });
  document.addEventListener('focusin', (e) => {
    const link = wardLink(e.target);
    if (!link) return hideTip();
    const box = link.getBoundingClientRect();
    showTip(link, window.scrollX + box.left + box.width / 2, window.scrollY + box.top + box.height / 2);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideTip();
  });

  const panel = document.querySelector<HTMLElement>('[data-find-ward]');
  const button = panel?.querySelector<HTMLButtonElement>('.find-ward-button');
  const result = panel?.querySelector<HTMLElement>('.find-ward-result');
  if (panel && button && result) {
    panel.querySelectorAll<HTMLElement>('[hidden]').forEach((el) => {
      el.hidden = false;
    });
    button.addEventListener('click', () => findWard(button, result));
  }
}

init();
