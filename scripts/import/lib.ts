/**
 * Shared plumbing for the import scripts: where the raw public files are and which of
 * them feed which import (the source manifest, `content/sources.json`), reading them,
 * writing the portal's normalised CSV deterministically, and progress output.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { z } from 'astro/zod';
import { toCsv } from '../../src/core/csv-format';
import { dataDir, displayPath } from '../../src/core/load';
import { contentDir } from '../../src/core/content-paths';
import { sourcesDir } from '../lib/raw-files.mjs';

export { sourcesDir } from '../lib/raw-files.mjs';

const gss = z.string().regex(/^[EWSNK]\d{8}$/, 'is not a GSS code (a letter and eight digits, e.g. E09000006)');
/** A raw file: its path under the raw data folder, or that with the GSS code of the area it covers when narrower than London. */
const fileSchema = z.union([z.string().min(1), z.object({ path: z.string().min(1), covers: gss }).strict()]);
const manifestSchema = z
  .object({
    about: z.string().optional(),
    /** For each ward set, a raw file that says which local authority district (LAD) each ward is in. */
    wardToLad: z.record(
      z.string(),
      z.object({ file: z.string().min(1), ward: z.string().min(1), lad: z.string().min(1) }).strict(),
    ),
    /**
     * Local authority districts the ward crime files do not cover, by GSS code, each with the
     * reason in plain words. An area that contains one (London and the City of London, say)
     * is imported without its wards, and the import says so.
     */
    notCovered: z.record(gss, z.string().min(1)).optional(),
    imports: z.record(
      z.string(),
      z
        .object({
          /** What the import writes, relative to data/. */
          tables: z.array(z.string().min(1)),
          /** The raw files it reads, by the role the import gives them. */
          files: z.record(z.string(), fileSchema),
          /** The area every file of the import covers, when narrower than London. */
          covers: gss.optional(),
          /** false: skip the import and publish its tables empty (for a switched-off section). */
          run: z.boolean().optional(),
        })
        .strict(),
    ),
  })
  .strict();

/** The source manifest: which raw files feed which import and table. */
export type SourceManifest = z.infer<typeof manifestSchema>;

/** The manifest's path: `content/sources.json` (or under `PORTAL_CONTENT_DIR`). */
export function manifestPath(): string {
  return join(contentDir(), 'sources.json');
}

/** Reads and checks the source manifest; a mistake is reported by field, with no stack trace. */
export function sourceManifest(): SourceManifest {
  const file = manifestPath();
  if (!existsSync(file))
    fail(
      `${displayPath(file)} does not exist; expected the source manifest (copy it from the repository's content/sources.json)`,
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${displayPath(file)} is not valid JSON: ${(e as Error).message}`);
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    fail(result.error.issues.map((i) => `${displayPath(file)}, field ${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return result.data;
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

/** Compares strings in a locale-independent way, so output order never depends on the machine. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
