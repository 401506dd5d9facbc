/**
 * The published directory data against the source: every line and case study of
 * Appendices 2, 3 and 4 is listed, each entry cites it, and no personal contact
 * details are published.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { appendicesOf, loadDirectory, loadDirectoryTables } from '../../src/lib/directory';

const tables = loadDirectoryTables();
const entries = loadDirectory();
const rowsIn = (section: string) => tables.listings.filter((l) => l.source_section === section);

describe('directory data', () => {
  it('has well over 100 entries, each cited to at least one appendix', () => {
    expect(entries.length).toBe(133);
    for (const e of entries) expect(e.listings.length, e.service.service_id).toBeGreaterThan(0);
  });

  it('counts entries by appendix as the source lists them', () => {
    const count = (n: number) => entries.filter((e) => appendicesOf(e).includes(n)).length;
    expect([count(2), count(3), count(4)]).toEqual([40, 60, 57]);
  });

  it('has a listing for every row of each section of the appendices', () => {
    // Row counts of the source's own tables and headings (one Appendix 2 row names three
    // voluntary organisations; Khulisa's one Appendix 4 line covers two programmes).
    const expected: Record<string, number> = {
      'Appendix 2, current partnership activities: Prevention': 12,
      'Appendix 2, current partnership activities: Diversion': 4,
      'Appendix 2, current partnership activities: Enforcement': 16,
      'Appendix 2, current partnership activities: Intelligence': 10,
      'Appendix 3, case studies: Mentoring': 3,
      'Appendix 3, case studies: Youth Engagement – Primary school': 3,
      'Appendix 3, case studies: Youth Engagement – Secondary school': 20,
      'Appendix 3, case studies: Awareness Raising': 4,
      'Appendix 3, case studies: School Specific Interventions': 2,
      'Appendix 3, case studies: Gun and Knife Crime': 3,
      'Appendix 3, case studies: Mediation': 2,
      'Appendix 3, case studies: Housing & Resettlement': 4,
      'Appendix 3, case studies: Intensive Support': 9,
      'Appendix 3, case studies: Enforcement': 10,
      'Appendix 4, contacts and organisations: Reporting': 2,
      'Appendix 4, contacts and organisations: Advice': 2,
      'Appendix 4, contacts and organisations: General Gang Information': 5,
      'Appendix 4, contacts and organisations: Statutory Agencies': 6,
      'Appendix 4, contacts and organisations: Community Organisations': 40,
      'Appendix 4, contacts and organisations: Offender Employment': 4,
    };
    for (const [section, n] of Object.entries(expected)) expect(rowsIn(section).length, section).toBe(n);
    expect(tables.listings.length).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
    expect(
      new Set(rowsIn('Appendix 4, contacts and organisations: Community Organisations').map((l) => l.listed_as)).size,
    ).toBe(39);
  });

  it('keeps the names of the source, misspellings included, in the listings', () => {
    const listed = new Set(tables.listings.map((l) => l.listed_as));
    for (const name of [
      "Barnado's Early Intervention",
      'Centrepont',
      'Barnados',
      'Princes Trust',
      'Your life, you choose (Ealing)',
    ])
      expect(listed).toContain(name);
  });

  it('gives ids as lower-case hyphenated slugs of the names', () => {
    const ids = tables.services.map((s) => s.service_id);
    expect(ids).toContain('bromley-mentoring-programme');
    expect(ids).toContain('chance-uk');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('publishes organisational phone numbers only, as the source prints them', () => {
    expect(tables.phones.map((p) => [p.service_id, p.number]).sort()).toEqual([
      ['childline', '0800 11 11'],
      ['crimestoppers', '0800 555 111'],
      ['gangline', '0800 032 9538'],
      ['police-101', '101'],
    ]);
  });

  it('contains no e-mail address and no phone number outside the phones table', () => {
    const dir = join('data', 'directory');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      if (!['phones.csv', 'directory.csv', 'hsds.json', 'listings.csv'].includes(file))
        expect(text, file).not.toMatch(/\b0\d{3}\s?\d{3}\s?\d{3,4}\b|\b07\d{3}\s?\d{6}\b/);
    }
  });

  it('never states an age the source does not give', () => {
    const notStated = entries
      .filter((e) => e.service.minimum_age === null && e.service.maximum_age === null)
      .map((e) => e.service.service_id);
    expect(notStated).toContain('bromley-mentoring-programme');
    expect(notStated).toContain('junior-citizens-programme');
    const chance = entries.find((e) => e.service.service_id === 'chance-uk')!.service;
    expect([chance.minimum_age, chance.maximum_age]).toEqual([5, 11]);
  });
});
