import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/core/csv';
import { DataError } from '../../src/core/errors';
import { listingsTable, serviceAreasTable, servicesTable } from '../../src/schemas/directory';
import type { AnyTable } from '../../src/core/tables';

const FILE = 'data/directory/services.csv';
const HEADER = servicesTable.columns.join(',');

/** A services row with overrides, in column order. */
function row(over: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    service_id: 'test-mentoring',
    organization_id: 'test-org',
    name: 'Test mentoring',
    alternate_name: '',
    entry_kind: 'programme',
    description: 'Mentoring for tests.',
    intervention_types: 'diversion',
    type_basis: 'portal',
    themes: 'mentoring',
    minimum_age: '11',
    maximum_age: '16',
    eligibility_description: '',
    application_process: '',
    referral_routes: 'school',
    start_year: '2010',
    start_detail: '',
    delivery: 'Weekly sessions',
    reported_results: '',
    url: '',
    status: 'historic-listing-2012',
    last_checked: '2012-09-27',
    last_checked_note: 'Listed in a test review; not checked since',
  };
  return servicesTable.columns.map((c) => ({ ...base, ...over })[c] ?? '').join(',');
}

function errorOf(table: AnyTable, text: string, file = FILE): string {
  try {
    parseTable(table, text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected the table to be rejected');
}

describe('directory services schema', () => {
  it('accepts a well-formed row, with ages and lists typed', () => {
    const [r] = parseTable(servicesTable, `${HEADER}\n${row()}\n`, FILE);
    expect(r).toMatchObject({
      service_id: 'test-mentoring',
      minimum_age: 11,
      maximum_age: 16,
      themes: ['mentoring'],
      alternate_name: null,
    });
  });

  it('rejects an age range whose maximum is below its minimum, naming row and column', () => {
    expect(errorOf(servicesTable, `${HEADER}\n${row({ minimum_age: '14', maximum_age: '10' })}\n`)).toBe(
      'data/directory/services.csv row 2, column maximum_age: "10" is less than minimum_age (14); expected an age range with the maximum at least the minimum',
    );
  });

  it('rejects an age that is not a whole number of years', () => {
    expect(errorOf(servicesTable, `${HEADER}\n${row({ minimum_age: '11.5' })}\n`)).toContain(
      'row 2, column minimum_age: "11.5" is not a whole number',
    );
  });

  it('rejects an unknown theme and lists the allowed ones', () => {
    const message = errorOf(servicesTable, `${HEADER}\n${row({ themes: 'mentoring;juggling' })}\n`);
    expect(message).toContain(
      'row 2, column themes: "mentoring;juggling" has an item "juggling" that is not one of the allowed values: mentoring, mediation, knife-and-gun-crime',
    );
  });

  it('rejects an unknown intervention type and an unknown referral route', () => {
    expect(errorOf(servicesTable, `${HEADER}\n${row({ intervention_types: 'rehabilitation' })}\n`)).toContain(
      'column intervention_types: "rehabilitation" has an item "rehabilitation" that is not one of the allowed values: prevention, diversion, enforcement, intelligence',
    );
    expect(errorOf(servicesTable, `${HEADER}\n${row({ referral_routes: 'carrier-pigeon' })}\n`)).toContain(
      'column referral_routes',
    );
  });

  it('rejects a duplicate id, pointing at the first row with it', () => {
    expect(errorOf(servicesTable, `${HEADER}\n${row()}\n${row({ name: 'Another' })}\n`)).toBe(
      'data/directory/services.csv row 3, column service_id: "test-mentoring" repeats the key of row 2; expected each row to have a unique service_id',
    );
  });

  it('rejects an id that is not a lower-case hyphenated slug', () => {
    expect(errorOf(servicesTable, `${HEADER}\n${row({ service_id: 'Test Mentoring' })}\n`)).toContain(
      'is not an id of lower-case letters, digits and hyphens',
    );
  });

  it('requires type_basis exactly when a type is given', () => {
    expect(errorOf(servicesTable, `${HEADER}\n${row({ type_basis: '' })}\n`)).toContain(
      'column type_basis: "" is empty, but intervention_types is given; expected source or portal',
    );
    expect(errorOf(servicesTable, `${HEADER}\n${row({ intervention_types: '' })}\n`)).toContain(
      'is given, but intervention_types is empty',
    );
  });

  it('accepts only http and https web addresses, so no script can hide in a link', () => {
    expect(errorOf(servicesTable, `${HEADER}\n${row({ url: 'javascript:alert(1)' })}\n`)).toContain(
      'column url: "javascript:alert(1)" is not a web address starting http:// or https://',
    );
  });

  it('rejects a status outside the listing and HSDS statuses', () => {
    expect(errorOf(servicesTable, `${HEADER}\n${row({ status: 'open' })}\n`)).toContain(
      'column status: "open" is not one of the allowed values: historic-listing-2012, active',
    );
  });
});

describe('directory listings and service areas schemas', () => {
  it('rejects a listing whose section names a different appendix', () => {
    const header = listingsTable.columns.join(',');
    const line = 'chance-uk,4,Chance UK,,,sbp-gangs-review-2012,"Appendix 3, case studies: Mentoring"';
    expect(errorOf(listingsTable, `${header}\n${line}\n`, 'data/directory/listings.csv')).toContain(
      'column source_section: "Appendix 3, case studies: Mentoring" does not start with "Appendix 4,"',
    );
  });

  it('requires a GSS code for a borough and rejects one for unnamed boroughs', () => {
    const header = serviceAreasTable.columns.join(',');
    expect(
      errorOf(serviceAreasTable, `${header}\nchance-uk,borough,Lambeth,,\n`, 'data/directory/service-areas.csv'),
    ).toContain('column area_code: "" is empty, but area_type is borough; expected a GSS code');
    expect(
      errorOf(
        serviceAreasTable,
        `${header}\nchance-uk,borough,Lambeth,E12000007,\n`,
        'data/directory/service-areas.csv',
      ),
    ).toContain('is not a London borough code');
    expect(
      errorOf(
        serviceAreasTable,
        `${header}\nuncut,unnamed-boroughs,Various,E09000022,\n`,
        'data/directory/service-areas.csv',
      ),
    ).toContain('is given for unnamed boroughs');
  });
});
