/** Every internal link and anchor in the built site resolves: no broken download or page link. */
import { describe, expect, it } from 'vitest';
import { posix } from 'node:path';
import { siteIndex } from '../helpers/site-index';

describe('internal links', () => {
  it('every href and src on every page points at a built file, and every #anchor exists', () => {
    const site = siteIndex();
    const files = new Set(site.files);
    /** The built file a site path names (a folder by its index.html), or null. */
    const resolve = (path: string): string | null => {
      const file = posix.normalize(`/${decodeURIComponent(path)}`).slice(1);
      if (files.has(file)) return file;
      const index = posix.join(file, 'index.html');
      return files.has(index) ? index : null;
    };
    const idSets = new Map<string, Set<string>>();
    const idsOf = (file: string) => idSets.get(file) ?? idSets.set(file, new Set(site.page(file).ids)).get(file)!;
    const broken: string[] = [];
    for (const page of site.pages) {
      for (const link of page.links) {
        if (/^(https?:|mailto:|tel:|data:|blob:)/.test(link)) continue;
        const [pathPart, anchor] = link.split('#');
        const path = (pathPart ?? '').split('?')[0] ?? '';
        const target =
          path === '' ? page.path : resolve(path.startsWith('/') ? path : posix.join(posix.dirname(page.path), path));
        if (!target) {
          broken.push(`${page.path}: ${link}`);
          continue;
        }
        if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor))
          broken.push(`${page.path}: ${link} (no #${anchor})`);
      }
    }
    expect(site.pages.length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });
});
