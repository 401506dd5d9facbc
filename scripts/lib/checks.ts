/**
 * Checks beyond single tables that `npm run validate` and the build run: for example,
 * that links from documents and directory entries point at ids that exist.
 * Each capability adds its checks to `extraChecks`.
 */
import type { DataProblem } from '../../src/core/errors';
import { dataDir } from '../../src/core/load';
import { wardChecks } from '../../src/lib/wards/checks';
import { directoryChecks } from '../../src/lib/directory/checks';
import { strategyChecks } from '../../src/lib/strategy/checks';

/** Every cross-dataset check, given the loaded tables by name. */
export function extraChecks(rows: Map<string, Record<string, unknown>[]>): DataProblem[] {
  return [
    // Wards: boundaries match the ward lists, every ward has crime figures (and a population where one exists).
    ...wardChecks(rows, dataDir()),
    ...directoryChecks(rows, dataDir()),
    // Strategy documents: frontmatter, and links to indicators, directory entries, sources and action data.
    ...strategyChecks(rows, dataDir()),
  ];
}
