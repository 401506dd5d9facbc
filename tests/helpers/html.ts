/** Reading built HTML in build tests without a DOM: tables, links, ids, figures. */

import { unescapeHtml as unescape } from '../../scripts/lib/built-site';

/** Body rows of the table with the given id: numbers from data-value, other cells as text. */
export function tableRows(html: string, tableId: string): string[][] {
  const table = html.match(new RegExp(`<table id="${tableId}"[\\s\\S]*?</table>`))?.[0];
  if (!table) throw new Error(`no table #${tableId}`);
  const body = table.split('<tbody>')[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, tr]) =>
    [...(tr ?? '').matchAll(/<t[hd]([^>]*)>([\s\S]*?)<\/t[hd]>/g)].map(([, attrs, text]) => {
      const value = /data-value="([^"]*)"/.exec(attrs ?? '')?.[1];
      return unescape(value ?? (text ?? '').replace(/<[^>]+>/g, '').trim());
    }),
  );
}

/** How many columns the table with the given id has (the cells of its head row). */
export function tableWidth(html: string, tableId: string): number {
  const table = html.match(new RegExp(`<table id="${tableId}"[\\s\\S]*?</table>`))?.[0];
  if (!table) throw new Error(`no table #${tableId}`);
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? '';
  const rows = [...head.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)];
  return [...(rows.at(-1)?.[1] ?? '').matchAll(/<th[\s>]/g)].length;
}

/** Every chart frame's key and anchor id in a page. */
export function chartFrames(html: string): Array<{ key: string; id: string }> {
  return [...html.matchAll(/<figure class="chart(?: [^"]*)?" id="([^"]+)"[^>]*data-chart-key="([^"]+)"/g)].map((m) => ({
    id: m[1]!,
    key: unescape(m[2]!),
  }));
}

/** Every href and src in a page. */
export function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => unescape(m[1]!));
}

/** Every id in a page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => unescape(m[1]!)));
}
