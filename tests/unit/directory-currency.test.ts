/** How current the directory is, "Report a change" with and without an organisational address, and general routes. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDirectory } from '../../src/lib/directory';
import {
  currencyGroups,
  generalRoutes,
  longDate,
  missingContactReason,
  reportChangeHref,
  warnIfNoContact,
} from '../../src/lib/directory/currency';
import { siteConfigSchema } from '../../src/schemas/site';
import { loadTable } from '../../src/core/load';
import { generalRoutesTable } from '../../src/schemas/directory';

const entries = loadDirectory();
const config = (file: string) => siteConfigSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const published = config('content/site.json');
const withContact = config('tests/fixtures/site-contact/site.json');

describe('last checked', () => {
  it('groups every entry by its last-checked date and note, from the data', () => {
    const groups = currencyGroups(entries);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(entries.length);
    const first = entries[0]!.service;
    expect(groups).toContainEqual(
      expect.objectContaining({ lastChecked: first.last_checked, note: first.last_checked_note }),
    );
    expect(longDate('2012-09-27')).toBe('27 September 2012');
  });
});

describe('Report a change', () => {
  const chance = entries.find((e) => e.service.service_id === 'chance-uk')!;

  it('is a mailto: link to the configured organisational address with the entry id and name in the subject', () => {
    expect(withContact.contact?.email).toBe('directory@example.org');
    expect(reportChangeHref(chance, withContact)).toBe(
      'mailto:directory@example.org?subject=Directory%20entry%20chance-uk%3A%20Chance%20UK',
    );
    expect(missingContactReason(withContact)).toBeNull();
  });

  it('is left out, with a reason for the build log, when no address is configured', () => {
    expect(published.contact?.email).toBeUndefined();
    expect(reportChangeHref(chance, published)).toBeNull();
    const said: string[] = [];
    warnIfNoContact(published, (m) => said.push(m));
    warnIfNoContact(published, (m) => said.push(m));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('"Report a change" links are left out because content/site.json sets no contact.email');
  });

  it('accepts only an e-mail address in the site configuration', () => {
    expect(siteConfigSchema.safeParse({ ...withContact, contact: { email: 'not an address' } }).success).toBe(false);
  });
});

describe('general referral routes', () => {
  it('lead to directory entries and cite the source section', () => {
    const rows = loadTable(generalRoutesTable);
    const routes = generalRoutes(rows, entries);
    expect(routes).toHaveLength(rows.length);
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      expect(
        entries.some((e) => e.service.service_id === r.id),
        r.id,
      ).toBe(true);
      expect(r.section.length).toBeGreaterThan(5);
      expect(r.route).not.toMatch(/@|\b0\d{3}\s?\d{3}/);
    }
  });
});
