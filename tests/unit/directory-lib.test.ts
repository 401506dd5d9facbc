import { describe, expect, it } from 'vitest';
import { assembleDirectory, type DirectoryTables, type ServiceRow } from '../../src/lib/directory';
import {
  ageLabel,
  ageValues,
  areaLabel,
  areaValues,
  boroughOptions,
  entryFilterValues,
  nameKeys,
} from '../../src/lib/directory/filters';
import { formatSearch, isActive, normaliseName, pagefindFilters, parseSearch } from '../../src/lib/directory/url';

function service(over: Partial<ServiceRow>): ServiceRow {
  return {
    service_id: 'x',
    organization_id: 'org',
    name: 'X',
    alternate_name: null,
    entry_kind: 'programme',
    description: 'D',
    intervention_types: ['diversion'],
    type_basis: 'portal',
    themes: ['mentoring'],
    minimum_age: null,
    maximum_age: null,
    eligibility_description: null,
    application_process: null,
    referral_routes: [],
    start_year: null,
    start_detail: null,
    delivery: [],
    reported_results: null,
    url: null,
    status: 'historic-listing-2012',
    last_checked: '2012-09-27',
    last_checked_note: 'Listed in a test review; not checked since',
    ...over,
  };
}

const tables: DirectoryTables = {
  organizations: [
    {
      organization_id: 'org',
      name: 'Org',
      description: 'An organisation.',
      url: null,
      source_id: 's',
      source_section: 'Appendix 3, x',
    },
  ],
  services: [
    service({ service_id: 'b', name: 'Beta', minimum_age: 5, maximum_age: 11 }),
    service({ service_id: 'a', name: 'alpha', minimum_age: 12 }),
    service({ service_id: 'c', name: 'Gamma', maximum_age: 17, alternate_name: 'T.A.G' }),
  ],
  areas: [
    { service_id: 'b', area_type: 'borough', area_name: 'Lambeth', area_code: 'E09000022', description: null },
    { service_id: 'b', area_type: 'borough', area_name: 'Hackney', area_code: 'E09000012', description: null },
    { service_id: 'a', area_type: 'london', area_name: 'London', area_code: 'E12000007', description: null },
  ],
  phones: [
    {
      phone_id: 'p',
      service_id: 'c',
      number: '0800 11 11',
      description: 'Advice.',
      source_id: 's',
      source_section: 'Appendix 4, Advice',
    },
  ],
  listings: [
    {
      service_id: 'b',
      appendix: 4,
      listed_as: 'Beta',
      listed_under: null,
      listed_note: null,
      source_id: 's',
      source_section: 'Appendix 4, y',
    },
    {
      service_id: 'b',
      appendix: 3,
      listed_as: 'Beta (Lambeth)',
      listed_under: null,
      listed_note: null,
      source_id: 's',
      source_section: 'Appendix 3, x',
    },
  ],
};

describe('assembleDirectory', () => {
  const entries = assembleDirectory(tables);
  it('joins organisation, areas, phones and listings, sorted by name regardless of case', () => {
    expect(entries.map((e) => e.service.service_id)).toEqual(['a', 'b', 'c']);
    const beta = entries[1]!;
    expect(beta.organization.name).toBe('Org');
    expect(beta.areas.map((a) => a.area_name)).toEqual(['Lambeth', 'Hackney']);
    expect(beta.listings.map((l) => l.appendix)).toEqual([3, 4]);
    expect(entries[2]!.phones).toHaveLength(1);
  });

  it('fails on a service whose organisation does not exist', () => {
    expect(() => assembleDirectory({ ...tables, organizations: [] })).toThrow('names unknown organisation org');
  });

  it('describes areas, expanding all of London to every borough in the directory', () => {
    const boroughs = boroughOptions(entries);
    expect(boroughs.map((b) => b.value)).toEqual(['hackney', 'lambeth']);
    expect(areaValues(entries[0]!, boroughs)).toEqual(['hackney', 'lambeth', 'london']);
    expect(areaValues(entries[2]!, boroughs)).toEqual(['not-stated']);
    expect(areaLabel(entries[1]!)).toBe('Lambeth and Hackney');
    expect(areaLabel(entries[0]!)).toBe('All of London');
  });
});

describe('ages', () => {
  const span = { min: 3, max: 30 };
  it('indexes every age of a stated range and nothing when no age is stated', () => {
    expect(ageValues(service({ minimum_age: 5, maximum_age: 7 }), span)).toEqual(['5', '6', '7']);
    expect(ageValues(service({}), span)).toEqual(['not-stated']);
  });
  it('runs a one-sided range to the edge of the filter span', () => {
    expect(ageValues(service({ minimum_age: 28 }), span)).toEqual(['28', '29', '30']);
    expect(ageValues(service({ maximum_age: 4 }), span)).toEqual(['3', '4']);
  });
  it('labels ranges in words', () => {
    expect(ageLabel(service({ minimum_age: 5, maximum_age: 11 }))).toBe('Ages 5 to 11');
    expect(ageLabel(service({ minimum_age: 12 }))).toBe('Ages 12 and over');
    expect(ageLabel(service({ maximum_age: 17 }))).toBe('Up to age 17');
    expect(ageLabel(service({}))).toBe('Age not stated');
  });
  it('gives every filter a value, so each entry can be found by filters alone', () => {
    const e = assembleDirectory(tables)[2]!;
    expect(entryFilterValues(e, span, [])).toMatchObject({
      type: ['diversion'],
      theme: ['mentoring'],
      area: ['not-stated'],
      route: ['not-stated'],
    });
  });
});

describe('search state in the address', () => {
  it('round-trips a query and filters in a fixed order', () => {
    const state = parseSearch('?age=12&q=+mentoring+&theme=mentoring&junk=1');
    expect(state).toEqual({ q: 'mentoring', filters: { age: '12', theme: 'mentoring' } });
    expect(formatSearch(state)).toBe('?q=mentoring&theme=mentoring&age=12');
    expect(formatSearch({ q: ' ', filters: {} })).toBe('');
  });
  it('ignores malformed filter values', () => {
    expect(parseSearch('?theme=%3Cscript%3E&area=lambeth').filters).toEqual({ area: 'lambeth' });
  });
  it('knows when a search is active and builds Pagefind filters restricted to entries', () => {
    expect(isActive(parseSearch(''))).toBe(false);
    expect(isActive(parseSearch('?age=10'))).toBe(true);
    const state = parseSearch('?theme=mentoring&age=12');
    expect(pagefindFilters(state)).toEqual({ dir: 'entry', dir_theme: 'mentoring', dir_age: '12' });
    expect(pagefindFilters(state, 'age')).toEqual({ dir: 'entry', dir_theme: 'mentoring' });
  });
  it('normalises names so punctuation and case do not matter', () => {
    expect(normaliseName('T.A.G')).toBe('t a g');
    expect(normaliseName("  Eastside Young Leaders' Academy ")).toBe('eastside young leaders academy');
    expect(normaliseName('Safer Neighbourhood Teams & Panels')).toBe('safer neighbourhood teams and panels');
    expect(nameKeys(service({ name: 'Gamma', alternate_name: 'T.A.G' }))).toEqual(['gamma', 't a g']);
  });
});
