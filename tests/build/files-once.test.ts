/**
 * Each file once: every file the build writes is offered by something (a page's link, the
 * data package descriptor, or the host), and no data file is published at two addresses.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DIST, distFile } from '../helpers/dist';
import { siteIndex } from '../helpers/site-index';

// Read by the host or the browser without a link: the host's files, the not-found page,
// Pagefind's index (its script fetches it), the postcode lookup's one file per outward
// code (its script fetches the one a search needs) and the bundles pages import from each other.
const UNLINKED_BY_DESIGN = /^(_headers|_redirects|404\.html|pagefind\/.*|postcodes\/[A-Z0-9]+\.json|_astro\/.*\.js)$/;

/** The dist/ file a link from `page` reaches, or null for links off the site. */
function target(page: string, link: string): string | null {
  if (/^(https?:|mailto:|tel:|data:|blob:)/.test(link)) return null;
  const path = (link.split('#')[0] ?? '').split('?')[0] ?? '';
  if (path === '') return null;
  const abs = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(page), path);
  return decodeURIComponent(abs === '' || abs.endsWith('/') ? `${abs}index.html` : abs);
}

describe('each file once', () => {
  const { files, pages } = siteIndex();

  it('every built file is linked from a page or named by the data package', () => {
    const linked = new Set<string>();
    for (const page of pages) {
      for (const link of page.links) {
        const t = target(page.path, link);
        if (t) linked.add(t);
      }
    }
    const pkg = JSON.parse(distFile('data/datapackage.json')) as { resources: Array<{ path: string }> };
    for (const r of pkg.resources) linked.add(`data/${r.path}`);
    const orphans = files.filter((f) => !linked.has(f) && !UNLINKED_BY_DESIGN.test(f));
    expect(files.length).toBeGreaterThan(100);
    expect(orphans).toEqual([]);
  });

  it('no two data files have the same bytes', () => {
    const byHash = new Map<string, string[]>();
    for (const f of files.filter((p) => p.startsWith('data/') && !p.endsWith('.html'))) {
      const hash = createHash('sha256')
        .update(readFileSync(join(DIST, f)))
        .digest('hex');
      byHash.set(hash, [...(byHash.get(hash) ?? []), f]);
    }
    expect([...byHash.values()].filter((list) => list.length > 1)).toEqual([]);
  });
});
