/**
 * The raw public files (../shared/data-sources, or PORTAL_SOURCES_DIR) that the import
 * tests, the second-area and borough-scale sites and the checks against the census read.
 * Outside CI a machine without them skips those tests, and this one says which files are
 * missing; with CI set their absence fails the run.
 */
import { describe, expect, it } from 'vitest';
import { rawFilesUsed } from '../../scripts/lib/raw-files.mjs';
import { missingRaw } from '../helpers/raw-files';

describe('the raw public files', () => {
  it('are named by the source manifest and the tests', () => {
    expect(rawFilesUsed().length).toBeGreaterThan(10);
  });

  it('are all here (required when CI is set)', (ctx) => {
    if (missingRaw.length && !process.env.CI)
      ctx.skip(`raw files missing, so the tests that read them are skipped: ${missingRaw.join(', ')}`);
    expect(missingRaw, 'raw public files missing').toEqual([]);
  });
});
