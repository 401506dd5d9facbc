/**
 * `npm run import [-- name …]`: runs the import scripts that turn the raw public files
 * named in content/sources.json into the portal's own files in data/. The imports are
 * those of every source family, one folder each under scripts/import/ (see family.ts).
 * With no names, runs every import content/sources.json lists, each after the imports whose
 * tables it reads.
 *
 * All or nothing: the imports write into a scratch copy of data/, and data/ is replaced
 * by it only when every import has succeeded. A failure prints what went wrong (file,
 * row, what to do), without a stack trace, and leaves data/ exactly as it was.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, importInputs, log, manifestPath, sourceManifest, writeDataFile } from './lib';
import { requireCoverage } from './area';
import { importOrder, loadFamilies, type NamedImport } from './families';
import { clearTableCache, dataDir, displayPath } from '../../src/core/load';
import { allTables } from '../../src/schemas';
import { dataPackageText } from '../lib/datapackage-file';
import { toCsv } from '../../src/core/csv-format';

/** Every import of every source family, by name, in the order a full run takes them. */
export const IMPORTS: ReadonlyMap<string, NamedImport> = new Map(
  importOrder(await loadFamilies()).map((i) => [i.name, i]),
);
const known = () => [...IMPORTS.keys()].join(', ');

/**
 * Publishes a skipped import's tables empty (the header row alone), so nothing from
 * another area is left behind. Only CSV tables can be empty.
 */
function writeEmptyTables(name: string, tables: readonly string[]): void {
  for (const path of tables) {
    const table = allTables.find((t) => t.path === path);
    if (!table)
      fail(
        `the import "${name}" is switched off in ${displayPath(manifestPath())}, but ${path} is not a table that can be published empty; run the import for this area`,
      );
    writeDataFile(path, toCsv(table.columns, []), 'empty: import switched off');
  }
}

/** Runs the named imports (all when none are named) into `dir`'s scratch copy, then swaps it in. */
export async function runImports(names: readonly string[], dir = dataDir()): Promise<void> {
  const manifest = sourceManifest();
  for (const name of Object.keys(manifest.imports)) {
    if (!IMPORTS.has(name))
      fail(`${displayPath(manifestPath())} lists an import "${name}" that does not exist; known: ${known()}`);
  }
  // A full run takes every import the manifest lists (an area uses one family's), in the families' order.
  const wanted = names.length ? names : [...IMPORTS.keys()].filter((name) => manifest.imports[name]);
  for (const name of wanted) if (!IMPORTS.has(name)) fail(`unknown import "${name}"; known: ${known()}`);

  const scratch = join(dirname(dir), `.${basename(dir)}-import-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  if (existsSync(dir)) cpSync(dir, scratch, { recursive: true });
  else mkdirSync(scratch, { recursive: true });
  const before = process.env.PORTAL_DATA_DIR;
  process.env.PORTAL_DATA_DIR = scratch;
  try {
    for (const name of wanted) {
      clearTableCache();
      const inputs = importInputs(name, manifest);
      if (manifest.imports[name]!.run === false) {
        console.log(`import ${name}: switched off in ${displayPath(manifestPath())}`);
        writeEmptyTables(name, inputs.tables);
        continue;
      }
      console.log(`import ${name}`);
      requireCoverage(name, null, manifest.imports[name]!.covers);
      await IMPORTS.get(name)!.run();
    }
    // A full run describes what it wrote: the data package follows the tables the area fills.
    if (!names.length) {
      clearTableCache();
      writeDataFile('datapackage.json', dataPackageText(), 'described the tables');
    }
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    throw e;
  } finally {
    if (before === undefined) delete process.env.PORTAL_DATA_DIR;
    else process.env.PORTAL_DATA_DIR = before;
    clearTableCache();
  }
  // Every import succeeded: swap the scratch copy in, putting the old folder back if that fails.
  const old = `${scratch}-old`;
  if (existsSync(dir)) renameSync(dir, old);
  try {
    renameSync(scratch, dir);
  } catch (e) {
    if (existsSync(old)) renameSync(old, dir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  log(`replaced ${displayPath(dir)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await runImports(process.argv.slice(2));
  } catch (e) {
    // The message names the file, row and what to do; a stack trace would only bury it.
    const message = e instanceof Error ? e.message : String(e);
    console.error(
      `\n${message.startsWith('Import stopped') ? message : `Import stopped: ${message}`}\n\nNothing in ${displayPath(dataDir())} was changed. Fix what is named above and run the import again.`,
    );
    process.exit(1);
  }
}
