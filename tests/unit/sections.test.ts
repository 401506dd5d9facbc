import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteConfigSchema, SECTION_IDS, type SiteConfig } from '../../src/schemas/site';
import { allTables, extraResources } from '../../src/schemas';
import { clearTableCache, dataDir, hasRows, loadTable } from '../../src/core/load';
import { DataError } from '../../src/core/errors';
import { allMainNav, forSections } from '../../src/lib/nav';
import { isPublished, publishedTables } from '../../src/lib/catalogue';

const config = JSON.parse(readFileSync('content/site.json', 'utf8')) as SiteConfig;
const withSections = (sections: Partial<SiteConfig['sections']>): SiteConfig => ({
  ...config,
  sections: { ...config.sections, ...sections },
});
const dirs: string[] = [];
afterEach(() => {
  delete process.env.PORTAL_CONTENT_DIR;
  clearTableCache();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the site configuration', () => {
  it('accepts the configured site and any local authority or region code', () => {
    expect(siteConfigSchema.safeParse(config).success).toBe(true);
    for (const code of [
      'E06000015',
      'E07000008',
      'E08000025',
      'E09000014',
      'W06000015',
      'S12000036',
      'N09000003',
      'E12000007',
    ]) {
      expect(siteConfigSchema.safeParse({ ...config, area: { ...config.area, code } }).success, code).toBe(true);
    }
  });

  it('refuses ward, county and made-up codes, and a sections block with a key missing or misspelt', () => {
    for (const code of ['E05000106', 'E10000016', 'X09000014', 'E0900001']) {
      expect(siteConfigSchema.safeParse({ ...config, area: { ...config.area, code } }).success, code).toBe(false);
    }
    // A county or police force area is an area only with its districts listed.
    const force = { ...config.area, code: 'E23000018', districts: ['E06000015', 'E07000032'] };
    expect(siteConfigSchema.safeParse({ ...config, area: force }).success).toBe(true);
    const { directory: _directory, ...missing } = config.sections;
    expect(siteConfigSchema.safeParse({ ...config, sections: missing }).success).toBe(false);
    expect(siteConfigSchema.safeParse({ ...config, sections: { ...config.sections, directry: false } }).success).toBe(
      false,
    );
  });

  it('publishes every section when the block is left out', () => {
    const { sections: _sections, ...without } = config;
    expect(siteConfigSchema.parse(without).sections).toEqual(Object.fromEntries(SECTION_IDS.map((s) => [s, true])));
  });

  it('gives every table and file a section the configuration knows, or none', () => {
    for (const r of [...allTables, ...extraResources]) {
      if (r.section !== undefined) expect(SECTION_IDS as readonly string[], r.name).toContain(r.section);
    }
  });
});

describe('a switched-off section', () => {
  const table = allTables.find((t) => t.section === 'directory')!;

  /** A data folder holding only `table` with a header and no rows, and a content folder with the given sections. */
  function fixture(sections: Partial<SiteConfig['sections']>): string {
    const root = mkdtempSync(join(tmpdir(), 'sections-'));
    dirs.push(root);
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'site.json'), JSON.stringify(withSections(sections)));
    mkdirSync(join(root, 'data', table.path, '..'), { recursive: true });
    writeFileSync(join(root, 'data', table.path), `${table.columns.join(',')}\n`);
    process.env.PORTAL_CONTENT_DIR = join(root, 'content');
    return join(root, 'data');
  }

  it('may leave its tables with a header and no rows', () => {
    expect(loadTable(table, fixture({ directory: false }))).toEqual([]);
  });

  it('may not when the section is on', () => {
    const dir = fixture({ directory: true });
    expect(() => loadTable(table, dir)).toThrow(DataError);
    expect(() => loadTable(table, dir)).toThrow(`${table.path}: has a header but no data rows`);
  });

  it('may not when another section is off', () => {
    expect(() => loadTable(table, fixture({ strategies: false }))).toThrow('has a header but no data rows');
  });

  it('is left out of the header links, and the others stay in order', () => {
    const links = forSections(allMainNav, withSections({ directory: false })).map((i) => i.href);
    expect(links).not.toContain('/directory/');
    expect(links).toEqual(allMainNav.map((i) => i.href).filter((h) => h !== '/directory/'));
    expect(forSections(allMainNav, config).map((i) => i.href)).toEqual(
      allMainNav.filter((i) => !i.section || config.sections[i.section]).map((i) => i.href),
    );
  });

  it('has its tables and files left out of the data package, and only those', () => {
    const off = withSections({ directory: false });
    const names = publishedTables(off).map((t) => t.name);
    // Besides: a source family's table left empty, or a ward set's boundary file absent, because the area's figures come from another.
    for (const t of allTables)
      expect(names.includes(t.name), t.name).toBe(t.section !== 'directory' && (!t.emptyWhen || hasRows(t)));
    for (const r of extraResources)
      expect(isPublished(r, off), r.name).toBe(
        r.section !== 'directory' && (!r.absentWhen || existsSync(join(dataDir(), r.path))),
      );
  });
});
