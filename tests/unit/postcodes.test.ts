import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGeoJson } from '../../scripts/import/lib';
import { bngToWgs84, inGeometry } from '../../scripts/import/geography/osgb';
import { postcodeRows } from '../../scripts/import/geography/postcodes';
import { answerPostcode, parsePostcode, postcodeFile } from '../../src/lib/wards/postcode';
import { pickExamplePostcode } from '../../src/lib/wards/postcode-data';

describe('British National Grid to WGS84', () => {
  it('puts the grid origin meridian and a known point where Ordnance Survey does', () => {
    // OS worked example (A guide to coordinate systems in Great Britain): E 651409.903, N 313177.270 is
    // 52°39'27.2531"N 1°43'4.5177"E on OSGB36; the Helmert shift to WGS84 moves it about 100 m west.
    const [lon, lat] = bngToWgs84(651409.903, 313177.27);
    expect(lat).toBeCloseTo(52.6576, 3);
    expect(lon).toBeCloseTo(1.7164, 2);
  });
});

const square = (x0: number, y0: number, d: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0 + d, y0],
      [x0 + d, y0 + d],
      [x0, y0 + d],
      [x0, y0],
    ],
  ],
});

describe('postcode rows', () => {
  // Two test wards side by side around a point whose grid reference we convert.
  const [lon, lat] = bngToWgs84(540000, 170000);
  const wards = [
    { code: 'E05990001', geometry: square(lon - 0.01, lat - 0.01, 0.01) },
    { code: 'E05990002', geometry: square(lon, lat - 0.01, 0.01) },
  ];
  const rec = (pc: string, district: string, ward: string, e = 539990, n = 169990) => ({
    Postcode: pc,
    Eastings: String(e),
    Northings: String(n),
    Admin_district_code: district,
    Admin_ward_code: ward,
  });
  const input = {
    live: [
      {
        file: 'live.csv',
        records: [
          rec('AB1 1AA', 'E09000001', 'E05990001'),
          rec('AB1 4BY', 'E09000002', 'E05999999'),
          rec('ZZ9 9ZZ', 'E09000002', 'E05999999'),
        ],
      },
    ],
    terminated: {
      file: 'old.csv',
      records: [{ ...rec('AB1 1ZZ', 'E09000001', 'E05000001', 540010, 169990), Postcode_normalised: 'AB1 1ZZ' }],
    },
    inArea: (d: string) => d === 'E09000001',
    wardCodes: ['E05990001', 'E05990002'],
    wardSet: '2022',
    councilNames: new Map([
      ['E09000001', 'Testham'],
      ['E09000002', 'Otherham'],
    ]),
    wards,
  };

  it("keeps the area's outward codes, with neighbours by council, and places a terminated postcode by position", () => {
    const { rows, agreement } = postcodeRows(input);
    expect(rows.map((r) => [r.postcode, r.ward_code, r.council_name, r.status])).toEqual([
      ['AB1 1AA', 'E05990001', 'Testham', 'live'],
      ['AB1 1ZZ', 'E05990002', 'Testham', 'terminated'],
      ['AB1 4BY', null, 'Otherham', 'live'],
    ]);
    expect(agreement).toBe(1);
    expect(inGeometry([lon + 0.005, lat - 0.005], wards[1]!.geometry)).toBe(true);
  });

  it('stops on a bad postcode or grid reference, naming the file, row and column', () => {
    expect(() =>
      postcodeRows({ ...input, live: [{ file: 'live.csv', records: [rec('AB11AA', 'E09000001', 'E05990001')] }] }),
    ).toThrow(/live\.csv row 2, column Postcode: "AB11AA"/);
    expect(() =>
      postcodeRows({
        ...input,
        live: [{ file: 'live.csv', records: [{ ...rec('AB1 1AA', 'E09000001', 'E05990001'), Eastings: '5x' }] }],
      }),
    ).toThrow(/live\.csv row 2, column Eastings: "5x"/);
  });
});

describe('postcode lookup answers', () => {
  const file = postcodeFile(
    'AB1',
    'Testham',
    [
      { postcode: 'AB1 1AA', ward_code: 'E05990001', council_name: 'Testham', status: 'live' },
      { postcode: 'AB1 1ZZ', ward_code: 'E05990002', council_name: 'Testham', status: 'terminated' },
      { postcode: 'AB1 4BY', ward_code: null, council_name: 'Otherham', status: 'live' },
    ],
    (c) => (c === 'E05990001' ? 'North' : 'South'),
  );

  it('reads any case, with or without the space, and explains malformed input', () => {
    expect(parsePostcode('ab11aa', 'DE1 0FD')).toEqual({
      ok: true,
      postcode: 'AB1 1AA',
      outward: 'AB1',
      inward: '1AA',
    });
    expect(parsePostcode(' AB1  1AA ', 'DE1 0FD')).toMatchObject({ ok: true, postcode: 'AB1 1AA' });
    expect(parsePostcode('hello', 'DE1 0FD')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/is not a postcode. A postcode looks like DE1 0FD:/),
    });
    expect(parsePostcode('AB1', 'DE1 0FD')).toMatchObject({ ok: false, problem: expect.stringMatching(/first half/) });
    expect(parsePostcode('x'.repeat(40), 'DE1 0FD')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/too long/),
    });
  });

  it('answers each case', () => {
    expect(answerPostcode('AB1 1AA', '1AA', 'AB1', 'Testham', file)).toMatchObject({
      kind: 'ward',
      href: '/wards/E05990001/',
      text: 'AB1 1AA is in North ward.',
    });
    expect(answerPostcode('AB1 1ZZ', '1ZZ', 'AB1', 'Testham', file)).toMatchObject({
      kind: 'terminated',
      href: '/wards/E05990002/',
    });
    expect(answerPostcode('AB1 4BY', '4BY', 'AB1', 'Testham', file)).toEqual({
      kind: 'elsewhere',
      text: 'AB1 4BY is in Otherham, not Testham.',
    });
    expect(answerPostcode('AB1 9QQ', '9QQ', 'AB1', 'Testham', file).kind).toBe('not-found');
    expect(answerPostcode('ZZ9 9ZZ', '9ZZ', 'ZZ9', 'Testham', null).kind).toBe('outside');
  });
});

describe('the example postcode', () => {
  const row = (postcode: string, ward_code: string | null = 'E05000001', status: 'live' | 'terminated' = 'live') => ({
    postcode,
    outward_code: postcode.split(' ')[0]!,
    ward_code,
    status,
  });

  it("comes from the outward code with most of the area's live postcodes, not the table's first row", () => {
    const rows = [row('CR4 1TL'), row('SW2 2AB'), row('SW2 1AA'), row('SW9 1AA'), row('SW2 9ZZ', null)];
    expect(pickExamplePostcode(rows)).toBe('SW2 1AA');
  });

  it('skips postcodes no longer in use and those outside the area', () => {
    const rows = [row('BR1 1AA', 'E05000001', 'terminated'), row('BR1 1AB', null), row('BR3 1AB')];
    expect(pickExamplePostcode(rows)).toBe('BR3 1AB');
    expect(pickExamplePostcode([])).toBe('');
  });
});

describe('a raw boundary file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geojson-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('that is cut short or not GeoJSON stops the import, naming the file and what was expected', () => {
    const cut = join(dir, 'cut.geojson');
    writeFileSync(cut, '{"type":"FeatureCollection","features":[{"type":"Fea');
    expect(() => readGeoJson(cut)).toThrow(/cut\.geojson: is not valid JSON .*expected a GeoJSON FeatureCollection/);
    const other = join(dir, 'other.geojson');
    writeFileSync(other, '{"type":"Topology","objects":{}}');
    expect(() => readGeoJson(other)).toThrow(
      /other\.geojson: is not a GeoJSON FeatureCollection \(its "type" is "Topology"\)/,
    );
    const good = join(dir, 'good.geojson');
    writeFileSync(good, '{"type":"FeatureCollection","features":[]}');
    expect(readGeoJson(good).features).toEqual([]);
  });
});
