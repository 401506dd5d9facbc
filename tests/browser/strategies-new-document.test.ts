/**
 * "A new document added by following content/README.md appears in navigation and
 * search with no code change": copies the content and data, adds a document, its source
 * row and its action rows exactly as the guide says, builds that site, and finds the
 * document in the library, on the indicator commitments and in search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startSession, type Session } from '../helpers/browser';

const FIXTURE = 'tests/fixtures/strategies/new-document';
// Inside the project: the build moves its output into place with a rename, which cannot cross file
// systems. A fixed path, because Astro's content cache remembers where an unchanged file was last seen.
const root = join('.tmp', 'new-document');
const dist = join(root, 'dist');
let session: Session;

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('data', join(root, 'data'), { recursive: true });
  cpSync(
    join(FIXTURE, 'community-safety-plan-2013-2016.mdx'),
    join(root, 'content', 'strategies', 'community-safety-plan-2013-2016.mdx'),
  );
  // The guide: add the source to data/meta/sources.csv, keeping rows in order of source_id.
  const sources = readFileSync(join(root, 'data', 'meta', 'sources.csv'), 'utf8')
    .trimEnd()
    .split('\n');
  const rows = [...sources.slice(1), readFileSync(join(FIXTURE, 'sources.csv'), 'utf8').trimEnd()].sort();
  writeFileSync(join(root, 'data', 'meta', 'sources.csv'), `${[sources[0], ...rows].join('\n')}\n`);
  // The guide: one row per action in data/strategy/actions.csv.
  appendFileSync(join(root, 'data', 'strategy', 'actions.csv'), readFileSync(join(FIXTURE, 'actions.csv'), 'utf8'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PORTAL_CONTENT_DIR: join(root, 'content'),
    PORTAL_DATA_DIR: join(root, 'data'),
    PORTAL_DIST: dist,
  };
  // The guide: spell the action rows' links out, one per row.
  const links = spawnSync('node_modules/.bin/tsx', ['scripts/import/all.ts', 'strategy-links'], {
    encoding: 'utf8',
    env,
  });
  if (links.status !== 0) throw new Error(`strategy-links failed:\n${links.stdout}\n${links.stderr}`);

  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`fixture site did not build:\n${r.stdout}\n${r.stderr}`);
  session = await startSession(dist);
}, 300_000);

afterAll(async () => {
  await session?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a document added by following content/README.md', () => {
  it('gets its own page with its action table and download', () => {
    const page = join(dist, 'strategies', 'community-safety-plan-2013-2016', 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h1 data-pagefind-weight="10">Neighbourhood Harmony Plan 2013–2016</h1>');
    expect([...html.matchAll(/<tr id="action-\d+"/g)]).toHaveLength(2);
    expect(
      readFileSync(join(dist, 'strategies', 'community-safety-plan-2013-2016', 'actions.csv'), 'utf8')
        .trimEnd()
        .split('\n'),
    ).toHaveLength(3);
  });

  it('shows markup in its frontmatter as text, never as elements that run', async () => {
    const html = readFileSync(join(dist, 'strategies', 'community-safety-plan-2013-2016', 'index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;window.__frontmatterRan = true&lt;/script&gt;');
    const { page } = await session.open('/strategies/community-safety-plan-2013-2016/');
    expect(
      await page.$$eval('img[src="x"], body script:not([src]):not([type="application/ld+json"])', (els) => els.length),
    ).toBe(0);
    expect(await page.textContent('main')).toContain('<img src=x onerror="window.__frontmatterRan = true">');
    expect(
      await page.evaluate(() => (window as unknown as { __frontmatterRan?: boolean }).__frontmatterRan ?? false),
    ).toBe(false);
    expect(await page.textContent('main')).toContain('<script>window.__frontmatterRan = true</script>');
  });

  it('appears in the library, reached from the header, and among the commitments for its indicator', async () => {
    const { page } = await session.open('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Strategies' }).click();
    await page.waitForURL(/\/strategies\/$/);
    const link = page.getByRole('link', { name: 'Neighbourhood Harmony Plan 2013–2016' }).first();
    expect(await link.getAttribute('href')).toBe('/strategies/community-safety-plan-2013-2016/');
    const asb = await page.textContent('#commitments-anti-social-behaviour + p + ul');
    expect(asb).toContain('Neighbourhood Harmony Plan 2013–2016');
    expect(asb).toContain('Action point 1: Fewer noise complaints');
  });

  it('is found by search, first for its exact title, and by its publisher filter', async () => {
    const { page } = await session.open(`/search/?q=${encodeURIComponent('Neighbourhood Harmony Plan 2013–2016')}`);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
    const first = await page.getAttribute('[data-search-results] li h2 a', 'href');
    expect(first).toBe('/strategies/community-safety-plan-2013-2016/');

    const filtered = await session.open('/search/?publisher=Test+Community+Safety+Partnership');
    await filtered.page.waitForFunction(
      () => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '',
    );
    expect(
      await filtered.page.$$eval('[data-search-results] li h2 a', (as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(['/strategies/community-safety-plan-2013-2016/']);
  });
});
