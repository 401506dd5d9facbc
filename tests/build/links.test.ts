/** Every internal link and anchor in the built site resolves: no broken download or page link. */
import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distFile, distFiles } from '../helpers/dist';
import { ids, links } from '../helpers/html';

function resolve(path: string): string | null {
  const full = join(DIST, decodeURIComponent(path));
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (existsSync(join(full, 'index.html'))) return join(full, 'index.html');
  return null;
}

describe('internal links', () => {
  it('every href and src on every page points at a built file, and every #anchor exists', () => {
    const broken: string[] = [];
    const idCache = new Map<string, Set<string>>();
    const idsOf = (file: string) =>
      idCache.get(file) ?? idCache.set(file, ids(distFile(file.slice(DIST.length + 1)))).get(file)!;
    const pages = distFiles('.html');
    for (const page of pages) {
      for (const link of links(distFile(page))) {
        if (/^(https?:|mailto:|tel:|data:|blob:)/.test(link)) continue;
        const [pathPart, anchor] = link.split('#');
        const path = (pathPart ?? '').split('?')[0] ?? '';
        const target =
          path === '' ? join(DIST, page) : path.startsWith('/') ? resolve(path) : resolve(join(page, '..', path));
        if (!target) {
          broken.push(`${page}: ${link}`);
          continue;
        }
        if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor))
          broken.push(`${page}: ${link} (no #${anchor})`);
      }
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });
});
