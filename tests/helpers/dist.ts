/** Reading the built site in build tests. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

/** The text of a file in dist/, failing clearly when the build did not produce it. */
export function distFile(path: string): string {
  const full = join(DIST, path);
  if (!existsSync(full)) throw new Error(`${full} was not built`);
  return readFileSync(full, 'utf8');
}

/** Every file under `root` (dist/ by default) as sorted relative paths, optionally filtered by extension. */
export function distFiles(ext?: string, root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!ext || name.endsWith(ext)) out.push(relative(root, full));
    }
  };
  walk(root);
  return out.sort();
}
