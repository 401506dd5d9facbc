/**
 * How current the directory is and how to correct it: when entries were last checked
 * (from `last_checked` and `last_checked_note` in the data), the "Report a change" link
 * (only to an organisational address from the site configuration), and the general
 * referral routes the sources give for entries whose source gives none.
 */
import type { DirectoryEntry } from './';
import type { RowOf } from '../../core/tables';
import type { generalRoutesTable } from '../../schemas/directory';
import type { SiteConfig } from '../../schemas/site';

type RouteRow = RowOf<typeof generalRoutesTable.fields>;

/** A date as people write it: "27 September 2012". */
export function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Entries grouped by when they were last checked and what the data says about it, oldest first. */
export interface CurrencyGroup {
  lastChecked: string;
  note: string;
  count: number;
}

export function currencyGroups(entries: readonly DirectoryEntry[]): CurrencyGroup[] {
  const groups = new Map<string, CurrencyGroup>();
  for (const { service: s } of entries) {
    const key = `${s.last_checked}\n${s.last_checked_note}`;
    const g = groups.get(key) ?? { lastChecked: s.last_checked, note: s.last_checked_note, count: 0 };
    g.count += 1;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) =>
    a.lastChecked < b.lastChecked ? -1 : a.lastChecked > b.lastChecked ? 1 : b.count - a.count,
  );
}

/** Why "Report a change" links are left out, or null when an address is configured. */
export function missingContactReason(config: Pick<SiteConfig, 'contact'>): string | null {
  if (config.contact?.email) return null;
  return (
    'directory: "Report a change" links are left out because content/site.json sets no contact.email. ' +
    "Set it to an organisational address (the source documents give only named officers' addresses, which are never published)."
  );
}

/**
 * The "Report a change" link of an entry: a mailto: link to the organisational address,
 * with the entry's id and name in the subject; null when no address is configured.
 */
export function reportChangeHref(entry: DirectoryEntry, config: Pick<SiteConfig, 'contact'>): string | null {
  const email = config.contact?.email;
  if (!email) return null;
  const subject = `Directory entry ${entry.service.service_id}: ${entry.service.name}`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

let warned = false;
/** Says once per build why "Report a change" links are left out (the pages call it). */
export function warnIfNoContact(config: Pick<SiteConfig, 'contact'>, log: (m: string) => void = console.warn): void {
  const reason = missingContactReason(config);
  if (reason && !warned) {
    warned = true;
    log(reason);
  }
}

/** A general route with the entry it leads to. */
export interface GeneralRoute {
  route: string;
  id: string;
  name: string;
  sourceId: string;
  section: string;
}

/** The general routes the sources give, joined to their entries, in the order of the data. */
export function generalRoutes(rows: readonly RouteRow[], entries: readonly DirectoryEntry[]): GeneralRoute[] {
  const byId = new Map(entries.map((e) => [e.service.service_id, e]));
  return rows.flatMap((r) => {
    const e = byId.get(r.service_id);
    return e
      ? [{ route: r.route, id: r.service_id, name: e.service.name, sourceId: r.source_id, section: r.source_section }]
      : [];
  });
}
