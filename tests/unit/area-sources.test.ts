/**
 * What an area's sources give it: ward populations for any area (Census 2021 LSOA counts
 * summed through the best-fit lookup, each row marked as a best-fit sum), and the source
 * manifests new-area writes (a London borough's from the repository's own, a district's
 * outside London from the police.uk family's files).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { wardPopulationsFromLsoas } from '../../scripts/import/geography/lsoa-population';
import { LONDON_MANIFEST } from '../../scripts/import/mps/manifest';
import { londonManifest, policeUkManifest } from '../../scripts/new-area/manifest';
import type { SourceManifest } from '../../src/schemas/source-manifest';

const census = {
  file: 'c.csv',
  rows: [
    { lsoa21_code: 'E01000001', usual_residents: '1500' },
    { lsoa21_code: 'E01000002', usual_residents: '1400' },
    { lsoa21_code: 'E01000003', usual_residents: '1600' },
    { lsoa21_code: 'E01000009', usual_residents: '900' },
  ],
};
const lookup = {
  file: 'l.csv',
  lsoa: 'LSOA21CD',
  ward: 'WD23CD',
  rows: [
    { LSOA21CD: 'E01000001', WD23CD: 'E05000002' },
    { LSOA21CD: 'E01000002', WD23CD: 'E05000001' },
    { LSOA21CD: 'E01000003', WD23CD: 'E05000002' },
    { LSOA21CD: 'E01000009', WD23CD: 'E05999999' },
  ],
};

describe('ward populations summed from LSOAs', () => {
  it("adds each ward's LSOAs, in code order, marked as best-fit sums of Census 2021", () => {
    expect(wardPopulationsFromLsoas({ wards: ['E05000002', 'E05000001'], set: '2023', lookup, census })).toEqual([
      {
        ward_code: 'E05000001',
        ward_set: '2023',
        census_date: '2021-03-21',
        population: 1400,
        basis: 'lsoa-best-fit',
        source_id: 'census-2021-lsoa-population',
      },
      {
        ward_code: 'E05000002',
        ward_set: '2023',
        census_date: '2021-03-21',
        population: 3100,
        basis: 'lsoa-best-fit',
        source_id: 'census-2021-lsoa-population',
      },
    ]);
  });

  it('fails on a ward with no LSOA, an LSOA the census lacks, or a count that is not a positive whole number', () => {
    expect(() => wardPopulationsFromLsoas({ wards: ['E05000003'], set: '2023', lookup, census })).toThrow(
      'l.csv: no LSOA is assigned to ward(s) E05000003',
    );
    expect(() =>
      wardPopulationsFromLsoas({
        wards: ['E05000001'],
        set: '2023',
        lookup,
        census: { file: 'c.csv', rows: census.rows.filter((r) => r.lsoa21_code !== 'E01000002') },
      }),
    ).toThrow('l.csv row 3: LSOA E01000002 (ward E05000001) has no row in c.csv');
    expect(() =>
      wardPopulationsFromLsoas({
        wards: ['E05000001'],
        set: '2023',
        lookup,
        census: { file: 'c.csv', rows: [{ lsoa21_code: 'E01000002', usual_residents: '1,400' }] },
      }),
    ).toThrow('c.csv row 2, column usual_residents: "1,400" is not a positive whole number');
  });
});

const committed = JSON.parse(readFileSync('content/sources.json', 'utf8')) as SourceManifest;

/** A borough's manifest less its own files: those, and the imports, that cover the borough alone. */
function londonWideOnly(m: SourceManifest, area: string): SourceManifest {
  const c = structuredClone(m);
  for (const entry of Object.values(c.imports)) {
    if (entry.covers === area) {
      entry.files = {};
      entry.run = false;
      delete entry.covers;
    }
    for (const [role, file] of Object.entries(entry.files))
      if (typeof file !== 'string' && file.covers === area) delete entry.files[role];
  }
  return c;
}

describe('the London manifest', () => {
  it.runIf('mps-ward-crime-2023-2026' in committed.imports)(
    "is the published London borough's content/sources.json, less the files that cover the borough alone",
    () => {
      const area = (JSON.parse(readFileSync('content/site.json', 'utf8')) as { area: { code: string } }).area.code;
      expect(LONDON_MANIFEST).toEqual(londonWideOnly(committed, area));
    },
  );
});

describe('the manifests new-area writes', () => {
  it("gives another London borough London's files, less those of the published borough alone", () => {
    const m = londonManifest('E09000022');
    expect(m.imports['policeuk-wards']).toMatchObject({ run: false, files: {} });
    expect(Object.keys(m.imports['postcodes']!.files)).toEqual(['live', 'councils', 'boundaries2022']);
    // Census 2021 ward counts are London-wide, so Lambeth keeps them and its May 2022 wards have rates.
    expect(Object.keys(m.imports['ward-population']!.files)).toEqual(['census2011', 'census2021']);
    // The published borough keeps everything its manifest has.
    expect(londonManifest('E09000006')).toEqual(LONDON_MANIFEST);
  });

  it("gives a district outside London the police.uk family's imports, on the files found", () => {
    const m = policeUkManifest({
      names: new Map(),
      lookup: 'l.csv',
      census: 'c.csv',
      wards: 'w/',
      street: { folder: 's/', force: 'Force', files: 36, from: '2023-01', to: '2025-12' },
      codepoint: 'p.csv',
      notes: [],
    });
    expect(m.wardToLad).toEqual({ '2023': { file: 'l.csv', ward: 'WD23CD', lad: 'LAD23CD' } });
    expect(Object.keys(m.imports).sort()).toEqual([
      'directory-exports',
      'lsoa-ward-population',
      'ons-ward-boundaries',
      'policeuk-street',
      'postcodes',
      'strategy-links',
    ]);
    expect(m.imports['policeuk-street']!.files).toEqual({ records: 's/', lsoa21: 'l.csv' });
  });
});
