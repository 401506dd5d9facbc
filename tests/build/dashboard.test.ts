/**
 * The built dashboard: pages exist, the published Q1 2012/13 figures appear exactly,
 * each CSV download parses back to exactly the numbers in its page's table, and
 * indicator pages ship no JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { NOT_CLAIMED } from '../../src/core/licence';
import { csvMetadataOf, distFile, distFiles } from '../helpers/dist';
import { tableRows as htmlTableRows, tableWidth } from '../helpers/html';
import { readTableCsv } from '../helpers/csv';
import { pageText } from '../helpers/site-index';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadTable } from '../../src/core/load';
import { wardCrimeNewTable } from '../../src/schemas/wards';
import { monthLabel } from '../../src/core/periods';

const wardMonths = [...new Set(loadTable(wardCrimeNewTable).map((r) => r.month))].sort();

const INDICATORS = ['violent-crime', 'property-crime', 'anti-social-behaviour', 'confidence'];

const csv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join('data', path), 'utf8'), { header: true, skipEmptyLines: true })
    .data;
const INDICATOR_ROWS = csv('kpi/indicators.csv');
const TARGETS = csv('kpi/targets.csv');
const PORTFOLIO = new Map(
  csv('borough/portfolio-mapping.csv').map((r) => [`${r.major_category}|${r.minor_category}`, r.portfolio]),
);
const WARD_CRIME = csv('wards/crime-monthly-2022-wards.csv');

/**
 * The 2012/13 target rule applied now, worked out here from data/ rather than by the
 * portal's code: the offences of the indicator's portfolio in every May-2022 ward over the
 * latest 12 months of the ward series and the 12 before (the ward series covers both), and
 * the level the earlier total changed by the target percentage gives, rounded down ("no
 * more than"). Null for an indicator no police category counts (anti-social behaviour,
 * confidence).
 */
function ruleNow(id: string): { latest: number; previous: number; threshold: number } | null {
  const portfolio = INDICATOR_ROWS.find((i) => i.indicator_id === id)!.portfolio!.toLowerCase();
  const rows = WARD_CRIME.filter((r) => PORTFOLIO.get(`${r.major_category}|${r.minor_category}`) === portfolio);
  if (rows.length === 0) return null;
  const months = [...new Set(WARD_CRIME.map((r) => r.month!))].sort().slice(-24);
  expect(months).toHaveLength(24);
  const total = (ms: string[]) => rows.filter((r) => ms.includes(r.month!)).reduce((n, r) => n + Number(r.count), 0);
  const previous = total(months.slice(0, 12));
  const target = TARGETS.find((t) => t.indicator_id === id && t.year === '2012/13' && t.kind === 'percent-change')!;
  // Whole numbers until the division, so no binary fraction can tip the rounding.
  return {
    latest: total(months.slice(12)),
    previous,
    threshold: Math.floor((previous * (100 + Number(target.value))) / 100),
  };
}

/** An indicator's card in the home page's "now" list. */
function cardOf(home: string, id: string): string {
  const start = home.indexOf(`<li class="card"><h3><a href="/indicators/${id}/">`);
  expect(start, id).toBeGreaterThan(0);
  return home.slice(start, home.indexOf('</li>', start));
}

describe('dashboard pages', () => {
  it('builds a page for every indicator and the home page links to each', () => {
    const home = distFile('index.html');
    for (const id of INDICATORS) {
      expect(distFiles('.html')).toContain(`indicators/${id}/index.html`);
      expect(home).toContain(`href="/indicators/${id}/"`);
    }
  });

  it('states the indicators now identically on the home page and /indicators/, the survey figure included', () => {
    const cards = (html: string) => /<ul class="cards">[\s\S]*?<\/ul>/.exec(html)![0];
    const home = cards(distFile('index.html'));
    expect(cards(distFile('indicators/index.html'))).toBe(home);
    expect(pageText(home)).toMatch(/Confidence \d+% agree/);
  });

  it('shows the Q1 2012/13 figures exactly as published', () => {
    const violence = distFile('indicators/violent-crime/index.html');
    const property = distFile('indicators/property-crime/index.html');
    const asb = distFile('indicators/anti-social-behaviour/index.html');
    expect(violence).toContain('983 offences');
    for (const figure of ['3,580', '834', '126', '1,787', '534']) expect(property).toContain(`>${figure}<`);
    expect(asb).toContain('4,584 incidents');
    expect(distFile('index.html')).toMatch(/983[\s\S]*3,580[\s\S]*4,584/);
  });

  it('leads with cards whose period ends in the latest month of the data', () => {
    const latest = monthLabel(wardMonths.at(-1)!);
    const home = distFile('index.html');
    const firstCard = home.slice(
      home.indexOf('<li class="card"'),
      home.indexOf('</li>', home.indexOf('<li class="card"')),
    );
    expect(firstCard).toContain(`12 months to ${latest}`);
    expect(home.indexOf(`12 months to ${latest}`)).toBeLessThan(home.indexOf('The last published performance report'));
    expect(home).toContain('recomputed from police open data; not an official partnership figure');
    expect(distFile('indicators/index.html').indexOf(`12 months to ${latest}`)).toBeLessThan(
      distFile('indicators/index.html').indexOf('The last published performance report'),
    );
  });

  it('says in words, icon and colour whether the rule is met now, and gives 2012 only in the past tense', () => {
    const home = distFile('index.html');
    const tones = INDICATOR_ROWS.map((i) => {
      const rule = ruleNow(i.indicator_id!);
      return rule ? (rule.latest <= rule.threshold ? 'ahead' : 'behind') : 'none';
    });
    for (const tone of ['ahead', 'behind', 'none'] as const) {
      expect(home.match(new RegExp(`class="status status-${tone}"`, 'g')) ?? []).toHaveLength(
        tones.filter((t) => t === tone).length,
      );
    }
    // Each card's verdict, figures and level are those worked out here from data/.
    for (const [i, indicator] of INDICATOR_ROWS.entries()) {
      const rule = ruleNow(indicator.indicator_id!);
      const card = cardOf(home, indicator.indicator_id!);
      expect(card, indicator.indicator_id).toContain(`class="status status-${tones[i]}"`);
      if (!rule) continue;
      const n = (x: number) => x.toLocaleString('en-GB');
      expect(card).toContain(`<p class="figure">${n(rule.latest)}<small>`);
      expect(card).toMatch(new RegExp(`>Against ${n(rule.previous)} in the 12 months before \\(`));
      expect(card).toContain(`means no more than ${n(rule.threshold)} `);
    }
    expect(home.match(/class="status status-past"/g)).toHaveLength(INDICATOR_ROWS.length);
    expect(home).toContain('Was on track in April–June 2012');
    expect(home).toContain('No current source');
  });

  it('never gives a 2012 status in the present tense', () => {
    for (const page of distFiles('.html').filter((f) => !f.startsWith('pagefind/'))) {
      const text = distFile(page);
      expect(text, page).not.toMatch(/>On track<|>Off track<|>No figure yet<|is on track for|would mean no more than/);
    }
  });

  it('gives each CSV download exactly the numbers of its table', () => {
    let checked = 0;
    for (const id of INDICATORS) {
      const html = distFile(`indicators/${id}/index.html`);
      const csvLinks = [...html.matchAll(/href="(\/indicators\/[^"]+\.csv)"/g)].map((m) => m[1]!);
      expect(csvLinks.length).toBeGreaterThan(0);
      for (const link of csvLinks) {
        const chartId = link.split('/').pop()!.replace('.csv', '');
        // The file starts with context columns (area, indicator) the page states once.
        const csvRows = readTableCsv(distFile(link.slice(1)), tableWidth(html, `${chartId}-table`), link).rows;
        const htmlRows = htmlTableRows(html, `${chartId}-table`);
        expect(csvRows).toEqual(htmlRows.map((row) => row.map((cell) => (cell === '—' ? '' : cell))));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('ships no JavaScript on the home and indicator pages', () => {
    for (const page of ['index.html', ...INDICATORS.map((id) => `indicators/${id}/index.html`)]) {
      expect(distFile(page)).not.toMatch(/<script/);
    }
  });

  it('draws charts as accessible SVG with a title and description', () => {
    const html = distFile('indicators/property-crime/index.html');
    const svgs = html.match(/<svg[^>]*role="img"[^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*><title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
  });
});

describe('licence labels say what the sources say', () => {
  const frame = (html: string, id: string) =>
    html.slice(
      html.indexOf(`<figure class="chart" id="${id}"`),
      html.indexOf('</figure>', html.indexOf(`<figure class="chart" id="${id}"`)),
    );
  const PAPERS = 'Published council meeting papers; licence not stated';
  it('labels the partnership\'s figures "not stated" in the caption, image, CSV metadata, data package and catalogue', () => {
    const published = frame(distFile('indicators/violent-crime/index.html'), 'published');
    const sourceLine = published.slice(published.indexOf('<div class="source">'));
    expect(sourceLine).toContain(PAPERS);
    expect(sourceLine).toContain(NOT_CLAIMED);
    expect(sourceLine).not.toContain('Open Government Licence');
    expect(distFile('indicators/violent-crime/published.svg')).toContain(NOT_CLAIMED);
    const meta = csvMetadataOf('indicators/violent-crime/published');
    expect(meta['dc:license']).toBeUndefined();
    expect(meta['dc:rights']).toContain(PAPERS);
    const pkg = JSON.parse(distFile('data/datapackage.json'));
    for (const name of ['kpi-observations', 'kpi-targets', 'kpi-statements']) {
      const r = pkg.resources.find((x: { name: string }) => x.name === name);
      expect(r.licenses).toEqual([{ name: 'notspecified', title: `${PAPERS}. ${NOT_CLAIMED}` }]);
      expect(distFile(`data/${name}/index.html`)).toContain(PAPERS);
    }
  });
  it("quotes the police series' licence as sources.csv records it: not stated in the copies used, so none claimed", () => {
    const recorded = "Not stated in the copy used; the publisher's usual licence is the Open Government Licence v3.0";
    const meta = csvMetadataOf('indicators/violent-crime/rolling');
    expect(meta['dc:license']).toBeUndefined();
    expect(meta['dc:rights']).toContain("the publisher's usual licence is the Open Government Licence v3.0");
    const page = distFile('data/borough-crime-monthly/index.html').replace(/&#39;/g, "'");
    const entry = /<dt>Licence<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(page)?.[1] ?? '';
    expect(entry).toContain(recorded);
    expect(entry).not.toContain('rel="license"');
  });
});
