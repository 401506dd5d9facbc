import { describe, expect, it } from 'vitest';
import { districtsLeftOut } from '../../src/lib/wards/coverage';

describe('districts left out of the ward pages', () => {
  it("names the City of London for a London-wide area, with the manifest's reason", () => {
    const reasons = districtsLeftOut({ code: 'E12000007' });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/City of London Police/);
  });
  it('names none for a borough the files cover', () => {
    expect(districtsLeftOut({ code: 'E09000006' })).toEqual([]);
  });
  it('reads the districts an area named by a force-area code lists', () => {
    const reasons = districtsLeftOut({ code: 'E23000001', districts: ['E09000001', 'E09000006'] });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/City of London Police/);
  });
});

describe('what the districts of a large area are called', () => {
  it("calls London's boroughs boroughs, and any other area's districts districts", async () => {
    const { districtNoun } = await import('../../src/lib/wards/boroughs');
    expect(districtNoun(['E09000006', 'E09000021'])).toBe('borough');
    expect(districtNoun(['E07000032', 'E06000015'])).toBe('district');
    expect(districtNoun([])).toBe('district');
  });
});
