/** The built directory, help page and downloads in dist/. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, distFile, distFiles } from '../helpers/dist';
import { loadDirectory } from '../../src/lib/directory';
import { loadTable } from '../../src/core/load';
import { generalRoutesTable } from '../../src/schemas/directory';
import { siteConfig } from '../../src/lib/site';

const entries = loadDirectory();
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
/** A date as the pages write it, "27 September 2012", spelled out here rather than by the portal's code. */
const spelled = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
};
const links = (html: string) => [...html.matchAll(/href="(\/directory\/[a-z0-9-]+\/)"/g)].map((m) => m[1]!);

describe('the directory listing', () => {
  const html = distFile('directory/index.html');

  it('links every entry without JavaScript, grouped with counts that add up', () => {
    const listed = new Set(links(html.slice(html.indexOf('id="dir-all"'))));
    for (const e of entries) expect(listed, e.service.service_id).toContain(`/directory/${e.service.service_id}/`);
    const counts = [...html.matchAll(/<h3 id="group-[a-z]+">[^<]*<span class="dir-count">\((\d+)\)<\/span>/g)].map(
      (m) => Number(m[1]),
    );
    expect(counts).toHaveLength(5);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(entries.length);
  });

  it('says above the search and results where the list comes from and when it was last checked', () => {
    const currency = html.indexOf('id="dir-currency"');
    expect(currency).toBeGreaterThan(0);
    expect(currency).toBeLessThan(html.indexOf('id="directory-search"'));
    const block = html.slice(currency, html.indexOf('id="directory-search"'));
    expect(block).toContain('Where this list comes from:');
    // Every date the entries were last checked, with what the data says about it.
    const checks = new Set(entries.map((e) => `${e.service.last_checked}\n${e.service.last_checked_note}`));
    expect(checks.size).toBeGreaterThan(0);
    for (const check of checks) {
      const [date, note] = check.split('\n');
      expect(block).toContain(`Last checked ${spelled(date!)}`);
      expect(block).toContain(note!.replace(/'/g, '&#39;'));
    }
  });

  it('is left out of the site search, so only entry pages are found', () => {
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe('entry pages', () => {
  it('exist for every entry, with how to refer, source and Pagefind filters', () => {
    for (const e of entries) {
      const page = distFile(`directory/${e.service.service_id}/index.html`);
      expect(page, e.service.service_id).toContain('<h2 id="how-to-refer">How to refer</h2>');
      expect(page).toContain('<h2 id="source">Source</h2>');
      expect(page).toContain('<span data-pagefind-filter="dir">entry</span>');
      expect(page).toContain('data-pagefind-body');
    }
  });

  it('claim no age when the source states none', () => {
    const page = distFile('directory/bromley-mentoring-programme/index.html');
    expect(page).toContain('<span data-pagefind-filter="dir_age">not-stated</span>');
    expect(page).not.toMatch(/data-pagefind-filter="dir_age">\d/);
    expect(page).toContain('Age not stated');
  });

  it('stay well under 100 KB gzipped', () => {
    for (const file of distFiles('.html').filter((f) => f.startsWith('directory/') || f.startsWith('help/'))) {
      expect(gzipSync(readFileSync(join(DIST, file))).length, file).toBeLessThan(100_000);
    }
  });
});

describe('Get help now and navigation', () => {
  it('lists 999 and the numbers of the source as phone links', () => {
    const html = distFile('help/index.html');
    for (const [text, tel] of [
      ['999', '999'],
      ['101', '101'],
      ['0800 555 111', '0800555111'],
      ['0800 032 9538', '08000329538'],
      ['0800 11 11', '08001111'],
    ]) {
      // Shown with no-break spaces so a number never wraps across lines.
      expect(html).toContain(`<a href="tel:${tel}">${text!.replace(/ /g, '\u00a0')}</a>`);
    }
  });

  it('is linked from the header of every page, with the directory', () => {
    for (const file of ['index.html', 'directory/index.html', 'directory/chance-uk/index.html', '404.html']) {
      const header = distFile(file).split('</header>')[0]!;
      expect(header, file).toContain('href="/help/"');
      expect(header, file).toContain('href="/directory/"');
    }
  });
});

describe('directory downloads', () => {
  it('serve the committed CSV and HSDS JSON byte for byte', () => {
    // Each dataset file is published once, at its data package path.
    expect(distFile('data/directory/directory.csv')).toBe(readFileSync('data/directory/directory.csv', 'utf8'));
    expect(distFile('data/directory/hsds.json')).toBe(readFileSync('data/directory/hsds.json', 'utf8'));
  });

  it('are listed in datapackage.json, and every resource path there resolves', () => {
    const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
      resources: Array<{ name: string; path: string }>;
    };
    const names = pkg.resources.map((r) => r.name);
    for (const n of [
      'directory-services',
      'directory-organizations',
      'directory-service-areas',
      'directory-phones',
      'directory-listings',
      'directory-flat',
      'directory-hsds',
    ])
      expect(names).toContain(n);
    for (const r of pkg.resources) expect(existsSync(join('data', r.path)), r.path).toBe(true);
  });
});

describe('currency, corrections and referral routes on entry pages', () => {
  const page = (id: string) => distFile(`directory/${id}/index.html`);

  it('show when each entry was last checked, from the data', () => {
    for (const e of entries) {
      const html = page(e.service.service_id);
      expect(html, e.service.service_id).toContain(`Last checked ${spelled(e.service.last_checked)}.`);
      expect(html, e.service.service_id).toContain(e.service.last_checked_note.replace(/'/g, '&#39;'));
    }
  });

  it('have no "Report a change" link while no organisational address is configured', () => {
    expect(siteConfig().contact?.email).toBeUndefined();
    for (const e of entries) expect(page(e.service.service_id)).not.toContain('mailto:');
  });

  it('give the general routes the source gives where it gives none for the entry', () => {
    const routes = loadTable(generalRoutesTable);
    const without = entries.filter(
      (e) => e.service.application_process === null && !routes.some((r) => r.service_id === e.service.service_id),
    );
    expect(without.length).toBeGreaterThan(0);
    for (const e of without) {
      const html = page(e.service.service_id);
      expect(html).toContain('The source does not describe how to refer to this service.');
      for (const r of routes) expect(html, e.service.service_id).toContain(`href="/directory/${r.service_id}/"`);
    }
    const withRoute = entries.find((e) => e.service.application_process !== null)!;
    expect(page(withRoute.service.service_id)).not.toContain('dir-general-routes');
  });
});
