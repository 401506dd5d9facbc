/**
 * No import circle in src/lib/wards: no file there imports, directly or through other
 * files (in the folder or anywhere else under src/), a file that imports it. Circles make
 * the order modules load in matter (a value read before its module has run is undefined)
 * and knot modules together that should stand alone; the ward addresses live in
 * src/lib/wards/paths.ts, which imports nothing from the folder, for this reason.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The project files a module imports: static imports and re-exports (type-only ones too) and dynamic import(). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    // Packages and virtual modules (astro:content) are not part of the walk.
    if (!fileName.startsWith('.')) return [];
    const base = resolve(dirname(file), fileName);
    const found = [base, `${base}.ts`, join(base, 'index.ts')].find((f) => f.endsWith('.ts') && existsSync(f));
    return found ? [found] : [];
  });
}

/** Every import circle reachable from the given files, each as the list of files round it (relative to `root`). */
function importCircles(starts: readonly string[], root: string): string[][] {
  const circles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      circles.push([...path.slice(at), file].map((f) => relative(root, f)));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of importsOf(file)) visit(next);
    path.pop();
    done.add(file);
  };
  for (const f of starts) visit(f);
  return circles;
}

describe('imports of src/lib/wards', () => {
  it('form no circle, through the folder or through any other file of src/', () => {
    const dir = resolve('src/lib/wards');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(dir, f));
    expect(files.length).toBeGreaterThan(10);
    expect(importCircles(files, resolve('.'))).toEqual([]);
  });

  it('are walked far enough to find a circle: one through a type import and a folder index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-circle-'));
    try {
      writeFileSync(join(dir, 'index.ts'), "import { b } from './b';\nexport const a = b;\n");
      writeFileSync(join(dir, 'b.ts'), "import type { C } from './c';\nexport const b: C = 1;\n");
      writeFileSync(join(dir, 'c.ts'), "export type C = number;\nexport { a } from './';\n");
      writeFileSync(join(dir, 'd.ts'), "export const d = await import('./b');\n");
      expect(importCircles([join(dir, 'd.ts')], dir)).toEqual([['b.ts', 'c.ts', 'index.ts', 'b.ts']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
