/**
 * Makes a data table sortable: each column heading becomes a button; sorting uses a cell's
 * data-value (the raw number, where its text is formatted) or else its text, and aria-sort
 * says the current order.
 */
export function enhanceSortableTable(table: HTMLTableElement): void {
  const heads = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const body = table.tBodies[0];
  if (!body || table.dataset.sortable) return;
  table.dataset.sortable = 'true';
  heads.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent ?? '';
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[col];
        const raw = cell?.dataset.value ?? cell?.textContent ?? '';
        const n = Number(raw);
        return raw !== '' && Number.isFinite(n) ? n : raw.trim().toLowerCase();
      };
      const rows = [...body.rows].sort((a, b) => {
        const ka = key(a),
          kb = key(b);
        const c =
          typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb), 'en');
        return ascending ? c : -c;
      });
      body.append(...rows);
    });
  });
}
