/** Reading the built site in build tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteIndex } from './site-index';

export const DIST = 'dist';

/** The text of a file in dist/, failing clearly when the build did not produce it. */
export function distFile(path: string): string {
  const full = join(DIST, path);
  if (!existsSync(full)) throw new Error(`${full} was not built`);
  return readFileSync(full, 'utf8');
}

/** Every file of the built site (dist/) as sorted relative paths, from its index, optionally filtered by ending. */
export function distFiles(ext?: string): string[] {
  return siteIndex(DIST).files.filter((f) => !ext || f.endsWith(ext));
}
