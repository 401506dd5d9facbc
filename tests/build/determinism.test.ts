/** Two builds from the same inputs produce identical bytes: a second build is compared with dist/. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DIST, distFiles } from '../helpers/dist';

const second = join('.tmp', `determinism-${process.pid}`);
afterAll(() => rmSync(second, { recursive: true, force: true }));

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('determinism', () => {
  it('a second build is byte-for-byte identical to dist/', () => {
    const r = spawnSync('node', ['scripts/build.mjs'], {
      env: { ...process.env, PORTAL_DIST: second },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const first = distFiles();
    const again = distFiles(undefined, second);
    expect(again).toEqual(first);
    const differing = first.filter((f) => hash(join(DIST, f)) !== hash(join(second, f)));
    expect(differing).toEqual([]);
  }, 600_000);
});
