/**
 * Whether the raw public files the imports read are here (scripts/lib/raw-files.mjs). Tests
 * that need them run only when they are; tests/unit/raw-files.test.ts says which are missing,
 * and fails when CI is set, so in CI they can never be left out unnoticed.
 */
import { describe, it } from 'vitest';
import { missingRawFiles } from '../../scripts/lib/raw-files.mjs';

/** The raw files that are missing, as full paths. */
export const missingRaw = missingRawFiles();

/** True when every raw file the tests read is here. */
export const haveRawFiles = missingRaw.length === 0;

/**
 * A suite that reads the raw files: run when they are here; otherwise reported as one
 * skipped test naming what is missing. Its body is not even collected then, since a body
 * that reads a raw file or a site made from them (builtSite) would fail while collecting.
 */
export function describeWithRawFiles(name: string, body: () => void, options: { timeout?: number } = {}): void {
  if (haveRawFiles) describe(name, options, body);
  else describe.skip(name, () => it(`needs the raw public files, missing: ${missingRaw.join(', ')}`, () => {}));
}
