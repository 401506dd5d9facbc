/**
 * The published site goes onto any static host as built: no file over 25 MiB, at most
 * 20,000 files and 400 MB in all (scripts/lib/host-limits.ts says which host sets each
 * limit). A failure names the largest files, or the folders holding the most files.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { siteIndex } from '../helpers/site-index';
import { HOST_LIMITS, hostLimitProblems, siteSize } from '../../scripts/lib/host-limits';

describe('static host limits', () => {
  const { sizes } = siteIndex();

  it('counts every file of the site and its bytes, as a walk of dist/ finds them', () => {
    const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const bytes = files.reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
    expect(sizes.length).toBe(files.length);
    expect(siteSize(sizes).totalBytes).toBe(bytes);
  });

  it(`has no file over ${HOST_LIMITS.fileBytes / 1024 / 1024} MiB, at most ${HOST_LIMITS.files} files and ${HOST_LIMITS.totalBytes / 1e6} MB in all`, () => {
    expect(hostLimitProblems(sizes)).toEqual([]);
  });
});
