/**
 * The directory as pages use it: each service joined to its organisation, service
 * areas, phone lines and source listings. `assembleDirectory` is pure (tests feed it
 * rows); `loadDirectory` reads and validates the tables in `data/directory/`.
 */
import type { RowOf } from '../../core/tables';
import { loadTable } from '../../core/load';
import {
  listingsTable,
  organizationsTable,
  phonesTable,
  serviceAreasTable,
  servicesTable,
} from '../../schemas/directory';

export type OrganizationRow = RowOf<typeof organizationsTable.fields>;
export type ServiceRow = RowOf<typeof servicesTable.fields>;
export type ServiceAreaRow = RowOf<typeof serviceAreasTable.fields>;
export type PhoneRow = RowOf<typeof phonesTable.fields>;
export type ListingRow = RowOf<typeof listingsTable.fields>;

/** The directory's tables, as loaded. */
export interface DirectoryTables {
  organizations: OrganizationRow[];
  services: ServiceRow[];
  areas: ServiceAreaRow[];
  phones: PhoneRow[];
  listings: ListingRow[];
}

/** One directory entry: a service with everything known about it. */
export interface DirectoryEntry {
  service: ServiceRow;
  organization: OrganizationRow;
  /** Areas in the order the data lists them (by name). */
  areas: ServiceAreaRow[];
  phones: PhoneRow[];
  /** Where the source lists it, by appendix then section. */
  listings: ListingRow[];
}

function groupBy<R, K>(rows: readonly R[], key: (r: R) => K): Map<K, R[]> {
  const out = new Map<K, R[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Case- and accent-insensitive name order, the same on every machine. */
export const byName = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/**
 * Joins the tables into entries, sorted by name. Throws if a service names an
 * organisation that does not exist (the foreign-key check normally catches this first).
 */
export function assembleDirectory(t: DirectoryTables): DirectoryEntry[] {
  const orgs = new Map(t.organizations.map((o) => [o.organization_id, o]));
  const areas = groupBy(t.areas, (a) => a.service_id);
  const phones = groupBy(t.phones, (p) => p.service_id);
  const listings = groupBy(t.listings, (l) => l.service_id);
  return t.services
    .map((service) => {
      const organization = orgs.get(service.organization_id);
      if (!organization)
        throw new Error(
          `directory service ${service.service_id} names unknown organisation ${service.organization_id}`,
        );
      return {
        service,
        organization,
        areas: areas.get(service.service_id) ?? [],
        phones: phones.get(service.service_id) ?? [],
        listings: [...(listings.get(service.service_id) ?? [])].sort(
          (a, b) => a.appendix - b.appendix || byName(a.source_section, b.source_section),
        ),
      };
    })
    .sort((a, b) => byName(a.service.name, b.service.name) || byName(a.service.service_id, b.service.service_id));
}

/** Reads the directory tables from `data/` and joins them (build time only). */
export function loadDirectoryTables(): DirectoryTables {
  return {
    organizations: loadTable(organizationsTable),
    services: loadTable(servicesTable),
    areas: loadTable(serviceAreasTable),
    phones: loadTable(phonesTable),
    listings: loadTable(listingsTable),
  };
}

let entriesCache: DirectoryEntry[] | undefined;

/** Every directory entry, joined and sorted by name (build time only; joined once, shared by every page). */
export function loadDirectory(): DirectoryEntry[] {
  return (entriesCache ??= assembleDirectory(loadDirectoryTables()));
}

/** The appendices an entry is listed in, ascending. */
export function appendicesOf(entry: DirectoryEntry): number[] {
  return [...new Set(entry.listings.map((l) => l.appendix))].sort((a, b) => a - b);
}
