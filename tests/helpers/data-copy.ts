/**
 * A copy of data/ for one test file to edit into a fixture made from the real data, and
 * used as the data folder while that file's tests run: PORTAL_DATA_DIR points at it from
 * the first beforeAll, and is put back, and the copy removed, after the file. Call it at
 * the top of the file, edit the copy there, and import the modules under test inside a
 * beforeAll of the file's own (dynamically), so they read the copy.
 */
import { afterAll, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies data/ to a temporary folder and returns the copy's path. */
export function useDataCopy(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `${name}-`));
  const data = join(root, 'data');
  cpSync('data', data, { recursive: true });
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.PORTAL_DATA_DIR;
    process.env.PORTAL_DATA_DIR = data;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.PORTAL_DATA_DIR;
    else process.env.PORTAL_DATA_DIR = previous;
    rmSync(root, { recursive: true, force: true });
  });
  return data;
}
