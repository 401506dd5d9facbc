/**
 * A portal without a directory (tests/sites/directory-off.ts: the directory section off in
 * site.json, its tables left with their header row, documents no longer linking to its
 * entries). That site validates and builds; no page of the section is written, nothing
 * links to it, the search has no filter for it and the data package leaves its tables out.
 * With the section on, the same empty tables stop the validation.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { allTables, extraResources } from '../../src/schemas';
import { FILTERS, ENTRY_FILTER, NAME_FILTER } from '../../src/lib/directory/url';
import { clearTableCache, hasRows } from '../../src/core/load';
import { validate } from '../../scripts/validate';
import { builtSite } from '../helpers/sites';
import { siteFolders } from '../sites/site';
import { setDirectorySection } from '../sites/directory-off';
import { siteIndex } from '../helpers/site-index';

const site = builtSite('directory-off');
const { content, data, dist } = siteFolders(site.dir);
const directoryTables = allTables.filter((t) => t.section === 'directory');
const directoryFiles = [...directoryTables, ...extraResources.filter((r) => r.section === 'directory')];
const html = () =>
  siteIndex(dist)
    .pages.map((p) => p.path)
    .map((f) => ({ f, text: readFileSync(join(dist, f), 'utf8') }));

describe('a portal with the directory switched off', () => {
  it('validates and builds with empty directory tables', () => {
    site.expectMade();
    for (const t of directoryTables)
      expect(readFileSync(join(data, t.path), 'utf8').trimEnd().split('\n'), t.path).toHaveLength(1);
  });

  it('writes no page of the section', () => {
    expect(existsSync(join(dist, 'directory'))).toBe(false);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'help', 'index.html'))).toBe(true);
  });

  it('links to it from nowhere: not the header, the home page, help or search', () => {
    const pages = siteIndex(dist).pages;
    expect(pages.length).toBeGreaterThan(50);
    const linking = pages.filter((p) => p.links.some((l) => l.startsWith('/directory/'))).map((p) => p.path);
    expect(linking).toEqual([]);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toMatch(/<nav aria-label="Main">[\s\S]*href="\/strategies\/"/);
    expect(home).not.toContain('>Directory<');
  });

  it('gives the search no directory filter, while the strategy filters remain', () => {
    const names = new Set(
      html().flatMap((p) => [...p.text.matchAll(/data-pagefind-filter="([^":]+)/g)].map((m) => m[1]!)),
    );
    for (const f of [ENTRY_FILTER.name, NAME_FILTER, ...FILTERS.map((x) => x.pagefind)])
      expect(names.has(f), f).toBe(false);
    expect(names.has('publisher')).toBe(true);
  });

  it('leaves its tables and files out of the data package and the catalogue', () => {
    const pkg = JSON.parse(readFileSync(join(dist, 'data', 'datapackage.json'), 'utf8')) as {
      resources: Array<{ name: string }>;
    };
    const names = pkg.resources.map((r) => r.name);
    for (const f of directoryFiles) {
      expect(names, f.name).not.toContain(f.name);
      for (const file of [f.name, `${f.name}.csv`, f.path])
        expect(existsSync(join(dist, 'data', file)), file).toBe(false);
    }
    // Every other table and file is published, but for a source family's table the area leaves empty or a ward set's boundary file it lacks.
    const published =
      allTables.filter((t) => !t.emptyWhen || hasRows(t, data)).length +
      extraResources.filter((r) => !r.absentWhen || existsSync(join(data, r.path))).length;
    expect(names.length).toBe(published - directoryFiles.length);
  });

  it('stops the validation when the section is on and its tables are empty', () => {
    // A copy of the site's content with the section switched back on: the site itself is shared.
    const on = mkdtempSync(join(site.dir, 'content-on-'));
    try {
      cpSync(content, on, { recursive: true });
      setDirectorySection(on, true);
      expect(() => validate({ data, content: on })).toThrow(
        `${join(data, directoryTables[0]!.path)}: has a header but no data rows`,
      );
    } finally {
      rmSync(on, { recursive: true, force: true });
      clearTableCache();
    }
  });
});
