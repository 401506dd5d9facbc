/**
 * The data.police.uk street-file import on small synthetic files: both folder layouts,
 * every record counted as placed, outside the area or without a location, the full grid
 * with gaps for missing months, and each kind of bad input stopped with the file, row and
 * what to do. The wards are two squares side by side; a point is placed by the spatial
 * index and d3-geo, checked here against the squares' own bounds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  countStreetFile,
  missingMonths,
  streetFiles,
  streetGrid,
  STREET_COLUMNS,
  type StreetCounts,
} from '../../scripts/import/policeuk/street';
import { wardLocator } from '../../scripts/import/geography/ons-wards';
import { rewindRfc7946 } from '../../scripts/import/geography/ward-boundaries';
import { POLICEUK_CATEGORY_IDS, POLICEUK_TYPES, policeUkTypeOf } from '../../src/schemas/vocab/policeuk-categories';

const root = mkdtempSync(join(tmpdir(), 'policeuk-street-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A square ward from (x, y) of the given size in degrees. */
const square = (code: string, x: number, y: number, size = 0.01) => ({
  code,
  geometry: rewindRfc7946({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  }),
});
const WARDS = [square('E05000001', -1.5, 52.9), square('E05000002', -1.49, 52.9)];
const locator = wardLocator(WARDS);

/** A street-file row: month, point (empty for no location), LSOA and type. */
const row = (month: string, lon: string, lat: string, type = 'Burglary', lsoa = 'E01000001') =>
  ['', month, 'Force', 'Force', lon, lat, 'On or near X', lsoa, 'Area 001A', type, '', ''].join(',');
function writeFile(dir: string, month: string, rows: string[], header = STREET_COLUMNS.join(',')): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${month}-testforce-street.csv`);
  writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
  return path;
}
const lsoa2021 = new Set(['E01000001']);
const fresh = (): StreetCounts => ({ cells: new Map(), files: [] });

describe('the police.uk vocabulary', () => {
  it("has data.police.uk's 14 types, each with where it counts and why", () => {
    expect(POLICEUK_TYPES).toHaveLength(14);
    expect(POLICEUK_CATEGORY_IDS).toEqual([...POLICEUK_CATEGORY_IDS].sort());
    for (const t of POLICEUK_TYPES) expect(t.reason.length, t.id).toBeGreaterThan(20);
    expect(policeUkTypeOf('Violence and sexual offences')?.indicator).toBe('violence');
    expect(policeUkTypeOf('Anti-social behaviour')).toMatchObject({ crime: false, indicator: 'anti-social-behaviour' });
    expect(policeUkTypeOf('Violent crime')).toBeUndefined();
  });
});

describe('placing points in wards', () => {
  it('agrees with the squares’ own bounds, inside, outside and in the gap', () => {
    expect(locator.locate(-1.495, 52.905)).toBe('E05000001');
    expect(locator.locate(-1.485, 52.905)).toBe('E05000002');
    expect(locator.locate(-1.47, 52.905)).toBeNull();
    expect(locator.locate(-1.495, 52.95)).toBeNull();
    // Whatever the ring order in the file, the inside is the small side.
    const reversed = wardLocator([
      {
        code: 'R',
        geometry: { ...WARDS[0]!.geometry, coordinates: [[...WARDS[0]!.geometry.coordinates[0]!].reverse()] },
      },
    ]);
    expect(reversed.locate(-1.495, 52.905)).toBe('R');
    expect(reversed.locate(10, 10)).toBeNull();
  });
});

describe('reading street files', () => {
  it('finds the files in either layout, by month', () => {
    const perMonth = join(root, 'per-month');
    writeFile(join(perMonth, '2024-02'), '2024-02', []);
    writeFile(join(perMonth, '2024-01'), '2024-01', []);
    const flat = join(root, 'flat');
    writeFile(flat, '2024-02', []);
    writeFile(flat, '2024-01', []);
    for (const dir of [perMonth, flat])
      expect(streetFiles(dir).map((f) => [f.month, f.force, f.name])).toEqual([
        ['2024-01', 'testforce', '2024-01-testforce-street.csv'],
        ['2024-02', 'testforce', '2024-02-testforce-street.csv'],
      ]);
    mkdirSync(join(root, 'empty'));
    expect(() => streetFiles(join(root, 'empty'))).toThrow(/holds no data.police.uk street file/);
  });

  it('counts every record: placed by ward and type, outside, without a location, with a 2011 LSOA', async () => {
    const path = writeFile(join(root, 'count'), '2024-03', [
      row('2024-03', '-1.495', '52.905'),
      row('2024-03', '-1.495', '52.905', 'Anti-social behaviour', 'E01099999'),
      row('2024-03', '-1.485', '52.905', 'Violence and sexual offences'),
      row('2024-03', '-1.2', '52.1'),
      row('2024-03', '', ''),
    ]);
    const counts = fresh();
    const c = await countStreetFile(
      { path, name: '2024-03-testforce-street.csv', month: '2024-03', force: 'testforce' },
      locator,
      lsoa2021,
      counts,
    );
    expect(c).toEqual({
      file: '2024-03-testforce-street.csv',
      month: '2024-03',
      records: 5,
      placed: 3,
      outside: 1,
      noLocation: 1,
      lsoa2011: 1,
    });
    expect(c.placed + c.outside + c.noLocation).toBe(c.records);
    expect(Object.fromEntries(counts.cells)).toEqual({
      'E05000001|2024-03|burglary': 1,
      'E05000001|2024-03|anti-social-behaviour': 1,
      'E05000002|2024-03|violent-crime': 1,
    });
    // A month without a file between two with files is a gap, never zeros.
    counts.files.push({ ...c, file: 'x', month: '2024-05' });
    const grid = streetGrid(counts, ['E05000002', 'E05000001'], '2023');
    expect(grid).toHaveLength(2 * 3 * 14);
    expect(grid.filter((r) => r.month === '2024-04').every((r) => r.count === null && r.status === 'missing')).toBe(
      true,
    );
    expect(
      grid.find((r) => r.ward_code === 'E05000002' && r.month === '2024-03' && r.category === 'violent-crime'),
    ).toMatchObject({ count: 1, status: 'recorded' });
    expect(
      grid.find((r) => r.ward_code === 'E05000002' && r.month === '2024-03' && r.category === 'burglary'),
    ).toMatchObject({ count: 0, status: 'recorded' });
    expect(missingMonths([{ month: '2024-01' }, { month: '2024-04' }] as never)).toEqual(['2024-02', '2024-03']);
  });
});

describe('bad street files', () => {
  const run = (rows: string[], header?: string, month = '2024-06') => {
    const dir = join(root, `bad-${Math.random().toString(36).slice(2)}`);
    const path = writeFile(dir, month, rows, header);
    return countStreetFile(
      { path, name: `${month}-testforce-street.csv`, month, force: 'testforce' },
      locator,
      lsoa2021,
      fresh(),
    );
  };

  it('stops on another header, naming the file, row 1 and what was expected', async () => {
    await expect(run([row('2024-06', '-1.495', '52.905')], 'Crime ID,Month,Reported by')).rejects.toThrow(
      /2024-06-testforce-street.csv row 1: the header is "Crime ID,Month,Reported by"; expected data.police.uk's street-file header/,
    );
  });

  it('stops on a month that disagrees with the file name', async () => {
    await expect(run([row('2024-06', '-1.495', '52.905'), row('2024-07', '-1.495', '52.905')])).rejects.toThrow(
      /row 3, column Month: "2024-07" disagrees with the file's name, which says 2024-06/,
    );
  });

  it('stops on unreadable coordinates, naming row, column and value', async () => {
    await expect(run([row('2024-06', '-1.495', '52,905')])).rejects.toThrow();
    await expect(run([row('2024-06', 'west', '52.905')])).rejects.toThrow(
      /row 2, column Longitude: "west" is not a longitude in degrees/,
    );
    await expect(run([row('2024-06', '-1.495', '')])).rejects.toThrow(/row 2, column Latitude: "" is not a latitude/);
  });

  it('stops on a type data.police.uk does not publish', async () => {
    await expect(run([row('2024-06', '-1.495', '52.905', 'Cybercrime')])).rejects.toThrow(
      /row 2, column Crime type: "Cybercrime" is not one of data.police.uk's 14 types/,
    );
  });

  it('stops on a file none of whose records lies in the area: another force’s file', async () => {
    await expect(run([row('2024-06', '-2.5', '53.4'), row('2024-06', '-2.6', '53.4')])).rejects.toThrow(
      /none of its 2 records lies in the area .*another force's file/,
    );
  });
});
