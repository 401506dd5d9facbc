/**
 * A portal without a directory: copies the content and data, switches the directory
 * section off in site.json, leaves only the header row in every directory table, and
 * removes the links strategy documents make to directory entries (as a partnership
 * without a directory would). That site validates and builds; no page of the section is
 * written, nothing links to it, the search has no filter for it and the data package
 * leaves its tables out. With the section on, the same empty tables stop the build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { allTables, extraResources } from '../../src/schemas';
import { strategiesDir } from '../../src/core/content-paths';
import { directoryExportFiles } from '../../src/lib/directory/export';
import { FILTERS, ENTRY_FILTER, NAME_FILTER } from '../../src/lib/directory/url';
import { listFiles } from '../../scripts/lib/built-site';
import Papa from 'papaparse';

// Inside the project: the build renames its output into place, which cannot cross file systems.
const root = join('.tmp', 'directory-off');
const content = join(root, 'content');
const data = join(root, 'data');
const dist = join(root, 'dist');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_CONTENT_DIR: content,
  PORTAL_DATA_DIR: data,
  PORTAL_DIST: dist,
};
const directoryTables = allTables.filter((t) => t.section === 'directory');
const directoryFiles = [...directoryTables, ...extraResources.filter((r) => r.section === 'directory')];
const html = () =>
  listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ f, text: readFileSync(join(dist, f), 'utf8') }));
let build: ReturnType<typeof spawnSync>;

function setSection(on: boolean): void {
  const file = join(content, 'site.json');
  const site = JSON.parse(readFileSync(file, 'utf8'));
  site.sections.directory = on;
  writeFileSync(file, `${JSON.stringify(site, null, 2)}\n`);
}

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('content', content, { recursive: true });
  cpSync('data', data, { recursive: true });
  setSection(false);
  for (const t of directoryTables) writeFileSync(join(data, t.path), `${t.columns.join(',')}\n`);
  for (const f of directoryExportFiles([], [])) writeFileSync(join(data, f.path), f.text);
  // Documents keep their text but no longer link to directory entries.
  const docs = strategiesDir(content);
  for (const name of readdirSync(docs).filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(join(docs, name), 'utf8')
      .replace(/related_interventions:\n(?: {2}- .*\n)+/, 'related_interventions: []\n')
      .replace(/\[([^\]]+)\]\(\/directory\/[^)]*\)/g, '$1');
    writeFileSync(join(docs, name), text);
  }
  const actions = join(data, 'strategy', 'actions.csv');
  const [header, ...rows] = readFileSync(actions, 'utf8').trimEnd().split('\n');
  const column = header!.split(',').indexOf('directory_ids');
  const parsed = Papa.parse<string[]>(rows.join('\n')).data.map((cells) => {
    cells[column] = '';
    return cells;
  });
  writeFileSync(actions, `${header}\n${Papa.unparse(parsed, { newline: '\n' })}\n`);
  spawnSync('node_modules/.bin/tsx', ['scripts/import/all.ts', 'strategy-links'], { env, encoding: 'utf8' });
  spawnSync('node_modules/.bin/tsx', ['scripts/datapackage.ts'], { env, encoding: 'utf8' });
  build = spawnSync(process.execPath, ['scripts/build.mjs'], { env, encoding: 'utf8' });
}, 400_000);

afterAll(() => {
  if (!process.env.KEEP_FIXTURE) rmSync(root, { recursive: true, force: true });
});

describe('a portal with the directory switched off', () => {
  it('validates and builds with empty directory tables', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    for (const t of directoryTables)
      expect(readFileSync(join(data, t.path), 'utf8').trimEnd().split('\n'), t.path).toHaveLength(1);
  });

  it('writes no page of the section', () => {
    expect(existsSync(join(dist, 'directory'))).toBe(false);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'help', 'index.html'))).toBe(true);
  });

  it('links to it from nowhere: not the header, the home page, help or search', () => {
    const pages = html();
    expect(pages.length).toBeGreaterThan(50);
    const linking = pages.filter((p) => /href="\/directory\//.test(p.text)).map((p) => p.f);
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
    expect(names.length).toBe(allTables.length + extraResources.length - directoryFiles.length);
  });

  it('stops the build when the section is on and its tables are empty', () => {
    setSection(true);
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts'], { env, encoding: 'utf8' });
    setSection(false);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(data, directoryTables[0]!.path)}: has a header but no data rows`);
  });
});
