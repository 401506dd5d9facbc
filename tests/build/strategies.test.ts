import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, distFile, distFiles } from '../helpers/dist';
import { siteIndex } from '../helpers/site-index';
import { readStrategyFiles } from '../../src/lib/strategy/files';
import { themeLabel } from '../../src/lib/strategy';

const docs = readStrategyFiles().map((d) => ({ id: d.id, data: d.data! }));
const page = (id: string) => distFile(`strategies/${id}/index.html`);
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;');

/** Splits a CSV line on commas outside quotes (enough for these files). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}

/** The file a site address is served from. */
function fileFor(href: string): string {
  const path = href.split('#')[0]!.split('?')[0]!;
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

describe('the strategy library', () => {
  it('builds a page for each of the seven documents and lists them all on /strategies/', () => {
    expect(docs).toHaveLength(7);
    const index = distFile('strategies/index.html');
    for (const d of docs) {
      expect(existsSync(join(DIST, 'strategies', d.id, 'index.html')), d.id).toBe(true);
      expect(index, d.id).toContain(`href="/strategies/${d.id}/"`);
    }
  });

  it('puts Strategies and Search in the header of every page', () => {
    for (const f of [
      'index.html',
      'strategies/index.html',
      'strategies/lessons-from-boston/index.html',
      'search/index.html',
    ]) {
      const header = distFile(f).split('<main')[0]!;
      expect(header, f).toContain('href="/strategies/"');
      expect(header, f).toContain('href="/search/"');
    }
    expect(distFile('strategies/index.html')).toMatch(/<a href="\/strategies\/" aria-current="page">Strategies<\/a>/);
  });

  it('marks each document for search: title weighted highest, filters for publisher, year and theme', () => {
    for (const d of docs) {
      const text = page(d.id);
      expect(text.match(/<h1[^>]*>/g), d.id).toEqual(['<h1 data-pagefind-weight="10">']);
      expect(text, d.id).toContain(`data-pagefind-filter="publisher">${html(d.data.publisher)}</dd>`);
      expect(text, d.id).toContain(`data-pagefind-filter="year:${d.data.published?.slice(0, 4) ?? 'Date not stated'}"`);
      for (const t of d.data.themes)
        expect(text, `${d.id} ${t}`).toContain(`<li data-pagefind-filter="theme">${themeLabel(t)}</li>`);
      expect(text).toContain('data-pagefind-body');
    }
    // The search page itself and the library's list are kept out of the index.
    expect(distFile('search/index.html')).not.toContain('data-pagefind-body');
    expect(distFile('strategies/index.html')).toContain('<div data-pagefind-ignore>');
  });

  it('lists every source, and every citation on a page points at one of them', () => {
    for (const d of docs) {
      const text = page(d.id);
      const ids = new Set([...text.matchAll(/<li id="source-([a-z0-9-]+)"/g)].map((m) => m[1]));
      expect([...ids].sort(), d.id).toEqual(d.data.sources.map((s) => s.source_id).sort());
      const cited = [...text.matchAll(/href="#source-([a-z0-9-]+)"/g)].map((m) => m[1]);
      expect(cited.length, `${d.id} has citations`).toBeGreaterThan(0);
      for (const c of cited) expect(ids.has(c), `${d.id} cites ${c}`).toBe(true);
    }
  });

  it('shows all 23 LCRB action points in one table, the same rows as its CSV', () => {
    const text = page('lcrb-anti-gangs-strategy');
    const table = /<table id="actions-action-points" class="actions">([\s\S]*?)<\/table>/.exec(text)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr id="action-(\d+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
    const csv = distFile('strategies/lcrb-anti-gangs-strategy/actions.csv').trimEnd().split('\n');
    expect(csv).toHaveLength(24);
    // The file starts with the document's id (the page says it once), then the table's columns.
    expect(csv[0]!.startsWith('document_id,ref,theme,title,action,')).toBe(true);
    expect(csv.slice(1).map((l) => csvCells(l)[0])).toEqual(rows.map(() => 'lcrb-anti-gangs-strategy'));
    expect(csv.slice(1).map((l) => csvCells(l)[1])).toEqual(rows);
    // Every title and action in the CSV is in the table.
    for (const line of csv.slice(1)) {
      const [, , , title, action] = csvCells(line);
      expect(table).toContain(html(title!));
      expect(table).toContain(html(action!));
    }
  });

  it("shows the gangs review's 8 short-term and 21 long-term recommendations, each list with its own CSV", () => {
    const text = page('tackling-gangs-in-bromley-2012');
    for (const [id, n] of [
      ['actions-short-term-recommendations', 8],
      ['actions-long-term-recommendations', 21],
    ] as const) {
      const table = new RegExp(`<table id="${id}" class="actions">([\\s\\S]*?)</table>`).exec(text)?.[1] ?? '';
      expect([...table.matchAll(/<tr id="action-/g)], id).toHaveLength(n);
      expect(distFile(`strategies/tackling-gangs-in-bromley-2012/${id}.csv`).trimEnd().split('\n'), id).toHaveLength(
        n + 1,
      );
    }
    // The page offers the two lists, not the whole document, so no whole-document file is built.
    expect(distFiles('.csv').filter((f) => f.startsWith('strategies/tackling-gangs-in-bromley-2012/'))).toEqual([
      'strategies/tackling-gangs-in-bromley-2012/actions-long-term-recommendations.csv',
      'strategies/tackling-gangs-in-bromley-2012/actions-short-term-recommendations.csv',
    ]);
  });

  it('has every download and every link to documents, indicators and directory entries resolving to a built file', () => {
    for (const page of siteIndex().pages.filter((p) => p.path.startsWith('strategies/'))) {
      for (const link of page.links.filter((l) => /^\/(strategies|indicators|directory)\//.test(l)))
        expect(existsSync(fileFor(link)), `${page.path} links to ${link}`).toBe(true);
    }
  });

  it("embeds indicator charts whose CSV is the indicator page's, with the same rows as the table shown", () => {
    const text = page('strategic-group-september-2012');
    const chart = /<figure class="chart" id="anti-social-behaviour-published"[\s\S]*?<\/figure>/.exec(text)?.[0] ?? '';
    const shown = [...chart.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(shown).toHaveLength(6);
    expect(chart).toContain('href="/indicators/anti-social-behaviour/published.csv"');
    const csv = distFile('indicators/anti-social-behaviour/published.csv').trimEnd().split('\n');
    // After the context columns (area and indicator), the first column is the table's row heading.
    const first = csvCells(csv[0]!).indexOf('indicator_id') + 1;
    expect(csv.slice(1).map((l) => csvCells(l)[first])).toEqual(shown);
  });

  it('links documents and actions to directory entries, and each entry page back to them', () => {
    const gangs = page('tackling-gangs-in-bromley-2012');
    expect(gangs).toContain('<a href="/directory/bromley-mentoring-programme/">Bromley Mentoring Programme</a>');
    const life = distFile('directory/local-intervention-fire-education/index.html');
    expect(life).toContain('<h2 id="related-strategies">Related strategies and actions</h2>');
    expect(life).toContain('href="/strategies/strategic-group-september-2012/#action-10"');
    expect(life).toContain('href="/strategies/lcrb-anti-gangs-strategy/"');
    // An entry no document names shows no empty section.
    expect(distFile('directory/chance-uk/index.html')).not.toContain('related-strategies');
  });

  it('lists on each indicator page the commitments that target it', () => {
    const confidence = distFile('indicators/confidence/index.html');
    expect(confidence).toContain('<h2 id="commitments-confidence">Commitments that target confidence</h2>');
    expect(confidence).toContain('href="/strategies/lcrb-anti-gangs-strategy/#action-15"');
    expect(confidence).toContain('href="/strategies/tackling-gangs-in-bromley-2012/#action-5-5"');
  });

  it('publishes no personal e-mail address or phone number', () => {
    for (const f of distFiles().filter((p) => p.startsWith('strategies/') && /\.(html|csv)$/.test(p))) {
      const text = distFile(f);
      expect(text.match(/[\w.+-]+@[\w-]+\.[a-z.]{2,}/gi), f).toBeNull();
      expect(text.match(/\b0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}\b/g), f).toBeNull();
    }
  });

  it('keeps every library page under 100 KB of HTML when compressed', () => {
    for (const f of distFiles('.html').filter((p) => p.startsWith('strategies/') || p.startsWith('search/'))) {
      expect(gzipSync(distFile(f)).length, f).toBeLessThan(100_000);
    }
  });
});
