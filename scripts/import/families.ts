/**
 * Finds the source families: every folder beside this file with an `index.ts` that
 * exports `family` (see family.ts), by folder name. Adding a family is adding a folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ImportStep, SourceFamily } from './family';

/** An import as the runner knows it: its name, its family's folder and what it does. */
export interface NamedImport extends ImportStep {
  name: string;
  family: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Every family under `dir`, by folder name; fails on a folder whose index.ts exports no family. */
export async function loadFamilies(dir = here): Promise<Array<{ id: string; family: SourceFamily }>> {
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.ts')))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const mod = (await import(pathToFileURL(join(dir, id, 'index.ts')).href)) as { family?: SourceFamily };
      if (!mod.family?.imports)
        throw new Error(`scripts/import/${id}/index.ts exports no "family" (see scripts/import/family.ts)`);
      return { id, family: mod.family };
    }),
  );
}

/**
 * Every import of every family, in the order a full run takes them: families by folder
 * name and imports as each family lists them, except that an import waits for those it
 * names in `after`. Fails on a name used twice, an unknown `after` or a cycle.
 */
export function importOrder(families: ReadonlyArray<{ id: string; family: SourceFamily }>): NamedImport[] {
  const all: NamedImport[] = [];
  for (const { id, family } of families)
    for (const [name, step] of Object.entries(family.imports)) {
      const twice = all.find((i) => i.name === name);
      if (twice) throw new Error(`the import "${name}" is in both scripts/import/${twice.family}/ and ${id}/`);
      all.push({ ...step, name, family: id });
    }
  for (const i of all)
    for (const a of i.after ?? [])
      if (!all.some((x) => x.name === a))
        throw new Error(`the import "${i.name}" waits for "${a}", which no family has`);
  const done = new Set<string>();
  const ordered: NamedImport[] = [];
  while (ordered.length < all.length) {
    const next = all.find((i) => !done.has(i.name) && (i.after ?? []).every((a) => done.has(a)));
    if (!next)
      throw new Error(
        `the imports ${all
          .filter((i) => !done.has(i.name))
          .map((i) => i.name)
          .join(', ')} wait for each other`,
      );
    done.add(next.name);
    ordered.push(next);
  }
  return ordered;
}
