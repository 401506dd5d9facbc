/** Names of the directory entries that strategy documents and actions link to. */
import { servicesTable } from '../../schemas/directory';
import { loadTable } from '../../core/load';

let names: Map<string, string> | undefined;

/** Every directory entry's name by id (its service_id). */
export function directoryNames(): Map<string, string> {
  names ??= new Map(loadTable(servicesTable).map((s) => [s.service_id, s.name]));
  return names;
}

/** An entry's name; the id itself if the directory has no such entry (validate reports that). */
export function directoryEntryName(id: string): string {
  return directoryNames().get(id) ?? id;
}
