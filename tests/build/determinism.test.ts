/** Two builds from the same inputs produce identical bytes: a second build (tests/sites/rebuild.ts) is compared with dist/. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DIST, distFiles } from '../helpers/dist';
import { listFiles } from '../../scripts/lib/built-site';
import { builtSite } from '../helpers/sites';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('determinism', () => {
  it('a second build is byte-for-byte identical to dist/', () => {
    const site = builtSite('rebuild');
    site.expectMade();
    const second = join(site.dir, 'dist');
    const first = distFiles();
    const again = listFiles(second);
    expect(again).toEqual(first);
    const differing = first.filter((f) => hash(join(DIST, f)) !== hash(join(second, f)));
    expect(differing).toEqual([]);
  });
});
