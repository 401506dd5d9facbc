/**
 * Shared plumbing for the import scripts: where the raw public files are and which of
 * them feed which import (the source manifest, `content/sources.json`), reading them,
 * writing the portal's normalised CSV deterministically, and progress output.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { toCsv } from '../../src/core/csv-format';
import { dataDir, displayPath } from '../../src/core/load';
import { sourcesDir } from '../lib/raw-files.mjs';
import { ConfigError, configPath, parseConfig } from '../../src/core/config';
import { sourceManifestSchema, type SourceManifest } from '../../src/schemas/source-manifest';

export type { SourceManifest };

export { sourcesDir } from '../lib/raw-files.mjs';

/** The manifest's path: `content/sources.json` (or under `PORTAL_CONTENT_DIR`). */
export function manifestPath(): string {
  return configPath('sources');
}

/** Reads and checks the source manifest; a mistake is reported by field, with no stack trace. */
export function sourceManifest(): SourceManifest {
  try {
    return parseConfig('sources', sourceManifestSchema, {
      display: displayPath,
      missing: "expected the source manifest (copy it from the repository's content/sources.json)",
    });
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
}

/** One import's entry in the manifest, with its files resolved under the raw data folder. */
export interface ImportInputs {
  name: string;
  tables: readonly string[];
  /** Absolute path of the file with this role; fails, naming the manifest, when it is not listed or not there. */
  file(role: string): string;
  /** The roles listed, in the manifest's order. */
  roles(): string[];
  /** The area a file covers when the manifest says it is narrower than London. */
  covers(role: string): string | undefined;
}

/** The manifest entry of one import. */
export function importInputs(name: string, manifest: SourceManifest = sourceManifest()): ImportInputs {
  const entry = manifest.imports[name];
  const where = displayPath(manifestPath());
  if (!entry) fail(`${where} has no entry for the import "${name}"; add one under "imports" naming its files`);
  const spec = (role: string) => {
    const f = entry.files[role];
    if (f === undefined) fail(`${where}: the import "${name}" needs a file "${role}" under "files"`);
    return typeof f === 'string' ? { path: f, covers: undefined } : f;
  };
  return {
    name,
    tables: entry.tables,
    roles: () => Object.keys(entry.files),
    covers: (role) => spec(role).covers ?? entry.covers,
    file: (role) => {
      const full = join(sourcesDir(), spec(role).path);
      if (!existsSync(full))
        fail(
          `${full} (file "${role}" of the import "${name}" in ${where}) does not exist; check the path, which is relative to ${sourcesDir()}`,
        );
      return full;
    },
  };
}

/** Reads a raw CSV with a header row into records (a leading BOM is dropped). */
export function readSourceCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    fail(`${path} row ${(e.row ?? 0) + 2}: ${e.message}; expected a CSV file with a header row`);
  }
  return parsed.data;
}

/** Writes a file to `data/<path>` (or `PORTAL_DATA_DIR`), creating folders, and says so; `detail` is added to the message. */
export function writeDataFile(path: string, text: string, detail: string): void {
  const full = join(dataDir(), path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  log(`wrote ${path} (${detail})`);
}

/** Removes `data/<path>` if it is there (a file the area does not publish), and says so. */
export function removeDataFile(path: string, why: string): void {
  const full = join(dataDir(), path);
  if (!existsSync(full)) return;
  rmSync(full);
  log(`removed ${path} (${why})`);
}

/** Writes rows to `data/<path>` as CSV with the given columns; returns the row count. */
export function writeDataCsv<R extends object>(
  path: string,
  columns: readonly (keyof R & string)[],
  rows: readonly R[],
): number {
  writeDataFile(path, toCsv(columns, rows), `${rows.length} rows`);
  return rows.length;
}

/** Progress output for long imports. */
export function log(message: string): void {
  process.stdout.write(`  ${message}\n`);
}

/** An import stopped on input it does not expect; the runner prints the message alone, without a stack trace. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Stops the import with a message; used for any input the import does not expect. */
export function fail(message: string): never {
  throw new ImportError(`Import stopped: ${message}`);
}

/**
 * A raw GeoJSON FeatureCollection, or a stop naming the file and what is wrong with it (a
 * download cut short, another kind of file) instead of the parser's bare message.
 */
export function readGeoJson<G extends GeoJSON.Geometry | null = GeoJSON.Geometry>(
  path: string,
): GeoJSON.FeatureCollection<G> {
  let fc: Partial<GeoJSON.FeatureCollection<G>>;
  try {
    fc = JSON.parse(readFileSync(path, 'utf8')) as Partial<GeoJSON.FeatureCollection<G>>;
  } catch (e) {
    fail(
      `${displayPath(path)}: is not valid JSON (${(e as Error).message}); expected a GeoJSON FeatureCollection. Download the file again`,
    );
  }
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    fail(
      `${displayPath(path)}: is not a GeoJSON FeatureCollection (its "type" is ${JSON.stringify(fc?.type ?? null)}); expected the boundary file as the source publishes it`,
    );
  return fc as GeoJSON.FeatureCollection<G>;
}

/** Compares strings in a locale-independent way, so output order never depends on the machine. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
