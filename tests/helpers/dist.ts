/** Reading the built site in build tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/built-site';

export const DIST = 'dist';

/** The text of a file in dist/, failing clearly when the build did not produce it. */
export function distFile(path: string): string {
  const full = join(DIST, path);
  if (!existsSync(full)) throw new Error(`${full} was not built`);
  return readFileSync(full, 'utf8');
}

/** Every file under `root` (dist/ by default) as sorted relative paths, optionally filtered by extension. */
export function distFiles(ext?: string, root = DIST): string[] {
  return listFiles(root).filter((f) => !ext || f.endsWith(ext));
}
