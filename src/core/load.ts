/**
 * Loading the published tables from `data/` at build time. Each file is read,
 * validated and cached once per process; foreign keys are checked across tables.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseTableBytes } from './csv';
import { DataError, type DataProblem } from './errors';
import type { AnyTable, RowOf, Table } from './tables';
import type { Field } from './fields';
import { switchedOffSections } from './content-paths';
import { contentDir } from './config';

/** The data folder: `data/`, or `PORTAL_DATA_DIR` (used by tests to point at fixtures). */
export function dataDir(): string {
  return process.env.PORTAL_DATA_DIR ?? join(process.cwd(), 'data');
}

/** How a file is named in messages: relative to the working directory. */
export function displayPath(full: string): string {
  const rel = relative(process.cwd(), full);
  return rel.startsWith('..') ? full : rel;
}

const cache = new Map<string, unknown[]>();

/**
 * Whether a table may have no rows: when the section that owns it is switched off in the
 * site configuration (in `content`, the content folder), when its definition says so (a
 * table of links, none of which may be made), or when it is one source family's and the
 * area's figures come from another (`emptyWhen`). Any other table must have data.
 */
export function mayBeEmpty(
  table: Pick<AnyTable, 'section' | 'mayBeEmpty' | 'emptyWhen'>,
  content = contentDir(),
): boolean {
  return (
    table.mayBeEmpty === true ||
    table.emptyWhen !== undefined ||
    (table.section !== undefined && switchedOffSections(content).has(table.section))
  );
}

/**
 * Whether a table's file holds any row after its header, read without parsing the whole
 * file (a region's crime tables run to tens of megabytes). A missing file has none.
 */
export function hasRows(table: Pick<AnyTable, 'path'>, dir = dataDir()): boolean {
  const full = join(dir, table.path);
  const hit = cache.get(full);
  if (hit) return hit.length > 0;
  if (!existsSync(full)) return false;
  const fd = openSync(full, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    const end = text.indexOf('\n');
    return end >= 0 && text.slice(end + 1).trim() !== '';
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and validates one table from the data folder `dir`, the content folder `content`
 * saying which sections are switched off; throws DataError naming file, row, column and value.
 */
export function loadTable<F extends Record<string, Field<unknown>>>(
  table: Table<F>,
  dir = dataDir(),
  content = contentDir(),
): RowOf<F>[] {
  const full = join(dir, table.path);
  const hit = cache.get(full);
  if (hit) return hit as RowOf<F>[];
  const file = displayPath(full);
  if (!existsSync(full))
    throw new DataError([{ file, problem: `does not exist; expected the "${table.name}" table here` }]);
  const rows = parseTableBytes(table, readFileSync(full), file, mayBeEmpty(table, content)) as RowOf<F>[];
  cache.set(full, rows);
  return rows;
}

/** Forgets cached tables (tests that rewrite fixtures between loads). */
export function clearTableCache(): void {
  cache.clear();
}

/**
 * Checks every foreign key of every table: each referencing value must exist in the
 * referenced table. Returns the problems, with the referencing row number.
 */
export function checkForeignKeys(
  tables: readonly AnyTable[],
  rowsByName: Map<string, Record<string, unknown>[]>,
  dir = dataDir(),
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const table of tables) {
    for (const fk of table.foreignKeys ?? []) {
      const target = rowsByName.get(fk.reference.resource);
      const targetTable = tables.find((t) => t.name === fk.reference.resource);
      if (!target || !targetTable) {
        problems.push({
          file: displayPath(join(dir, table.path)),
          problem: `has a foreign key to unknown table "${fk.reference.resource}"`,
        });
        continue;
      }
      const keys = new Set(target.map((r) => fk.reference.fields.map((f) => String(r[f])).join(' | ')));
      (rowsByName.get(table.name) ?? []).forEach((row, i) => {
        const values = fk.fields.map((f) => row[f]);
        if (values.some((v) => v === null || v === undefined)) return;
        const key = values.map(String).join(' | ');
        if (!keys.has(key)) {
          problems.push({
            file: displayPath(join(dir, table.path)),
            row: i + 2,
            column: fk.fields.join('+'),
            value: key,
            problem: `does not match any ${fk.reference.fields.join(' + ')} in ${targetTable.path}`,
          });
        }
      });
    }
  }
  return problems;
}

/**
 * Loads and checks every table in the registry from the data folder `dir` (the content
 * folder `content` saying which sections are off), collecting problems from all files
 * before failing, so one run shows everything that needs fixing.
 */
export function loadAll(
  tables: readonly AnyTable[],
  dir = dataDir(),
  content = contentDir(),
): Map<string, Record<string, unknown>[]> {
  const problems: DataProblem[] = [];
  const rowsByName = new Map<string, Record<string, unknown>[]>();
  for (const table of tables) {
    try {
      rowsByName.set(table.name, loadTable(table, dir, content) as Record<string, unknown>[]);
    } catch (e) {
      if (e instanceof DataError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length === 0) problems.push(...checkForeignKeys(tables, rowsByName, dir));
  if (problems.length) throw new DataError(problems);
  return rowsByName;
}
