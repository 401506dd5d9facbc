/**
 * Theme and lead filters for action tables. Without this script every row is shown and
 * the filter form stays hidden; with it, the form appears and hides the rows that do
 * not match. The choice is kept in the address (`?actions-action-points-theme=…`) so a
 * filtered table can be shared.
 */
import { filterStatus, parseLeads, rowMatches, type ActionFilter } from '../lib/strategy/filter';

function enhance(form: HTMLFormElement): void {
  const table = document.getElementById(form.dataset.for ?? '');
  if (!(table instanceof HTMLTableElement)) return;
  const rows = [...table.tBodies[0]!.rows];
  const noun = form.dataset.noun ?? 'items';
  const status = form.querySelector<HTMLElement>('.action-filter-status')!;
  const theme = form.elements.namedItem('theme') as HTMLSelectElement;
  const lead = form.elements.namedItem('lead') as HTMLSelectElement;
  const param = (name: string) => `${table.id}-${name}`;

  const apply = (announce: boolean) => {
    const f: ActionFilter = { theme: theme.value, lead: lead.value };
    let shown = 0;
    for (const row of rows) {
      const match = rowMatches({ theme: row.dataset.theme ?? '', leads: parseLeads(row.dataset.leads) }, f);
      row.hidden = !match;
      if (match) shown += 1;
    }
    // Only speak after a change, not on page load.
    status.textContent = announce || shown !== rows.length ? filterStatus(shown, rows.length, noun) : '';
    const url = new URL(window.location.href);
    for (const [name, value] of [
      ['theme', f.theme],
      ['lead', f.lead],
    ] as const) {
      if (value) url.searchParams.set(param(name), value);
      else url.searchParams.delete(param(name));
    }
    window.history.replaceState(null, '', url);
  };

  const params = new URLSearchParams(window.location.search);
  for (const select of [theme, lead]) {
    const wanted = params.get(param(select.name));
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  form.addEventListener('change', () => apply(true));
  // The reset button clears the selects after this event, so apply once it has.
  form.addEventListener('reset', () => setTimeout(() => apply(true), 0));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(true);
  });
  form.hidden = false;
  apply(false);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.action-filters')) enhance(form);
