/**
 * Names of directory entries that strategy actions link to. The directory's own tables
 * (`directory-*` in the registry) are read generically: an entry's id is its table's
 * single-column key and its name the `name` column, so this follows the directory's
 * definitions rather than copying them.
 */
import { allTables } from '../schemas/index';
import { loadTable } from './load';

let names: Map<string, string> | undefined;

/** Every directory entry's name by id (empty until the directory publishes data). */
export function directoryNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const t of allTables) {
    if (!t.name.startsWith('directory') || t.primaryKey.length !== 1 || !t.columns.includes('name')) continue;
    const key = t.primaryKey[0]!;
    for (const row of loadTable(t) as Array<Record<string, unknown>>) {
      const id = String(row[key]);
      if (!names.has(id)) names.set(id, String(row.name));
    }
  }
  return names;
}

/** An entry's name, or its id when the directory does not name it. */
export function directoryEntryName(id: string): string {
  return directoryNames().get(id) ?? id;
}
