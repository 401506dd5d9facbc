import { describe, expect, it } from 'vitest';
import { neighbors } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { buildWardTopology, type WardFeature } from '../../scripts/import/geography/ward-topology';
import {
  boroughWards,
  importedSets,
  rewindRfc7946,
  type BoundarySource,
} from '../../scripts/import/geography/ward-boundaries';

/** A wiggly square cell of a grid, so simplification has points to remove. */
function cell(col: number, row: number, code: string): WardFeature {
  const x0 = col * 0.01,
    y0 = 51 + row * 0.01,
    n = 40;
  const edge = (t: number) => 0.0004 * Math.sin(t * 37);
  const ring: Array<[number, number]> = [];
  // Each shared edge is generated from absolute position, so neighbours get identical points.
  for (let i = 0; i < n; i++) ring.push([x0 + (0.01 * i) / n, y0 + edge(x0 + (0.01 * i) / n + y0)]);
  for (let i = 0; i < n; i++) ring.push([x0 + 0.01 + edge(y0 + (0.01 * i) / n + x0 + 0.01), y0 + (0.01 * i) / n]);
  for (let i = n; i > 0; i--) ring.push([x0 + (0.01 * i) / n, y0 + 0.01 + edge(x0 + (0.01 * i) / n + y0 + 0.01)]);
  for (let i = n; i > 0; i--) ring.push([x0 + edge(y0 + (0.01 * i) / n + x0), y0 + (0.01 * i) / n]);
  ring.push(ring[0]!);
  return { code, name: `Ward ${code}`, geometry: { type: 'Polygon', coordinates: [ring] } };
}

const grid = [cell(0, 0, 'E05990001'), cell(1, 0, 'E05990002'), cell(0, 1, 'E05990003'), cell(1, 1, 'E05990004')];

describe('buildWardTopology', () => {
  const full = buildWardTopology(grid, 1e6);
  const small = buildWardTopology(grid, Math.floor(full.bytes * 0.5));

  it('keeps every point when the target allows, and simplifies to fit a smaller target', () => {
    expect(full.points).toBe(full.sourcePoints);
    expect(small.bytes).toBeLessThanOrEqual(Math.floor(full.bytes * 0.5));
    expect(small.bytes).toBe(Buffer.byteLength(small.text));
    expect(small.points).toBeLessThan(full.points);
  });

  it('has one geometry per ward, identified by code, with its name', () => {
    const geoms = (small.topology.objects.wards as GeometryCollection).geometries;
    expect(geoms.map((g) => g.id)).toEqual(grid.map((w) => w.code));
    expect(geoms.map((g) => (g.properties as { name: string }).name)).toEqual(grid.map((w) => w.name));
  });

  it('keeps shared borders shared after simplification, so neighbours are still found', () => {
    const geoms = (small.topology.objects.wards as GeometryCollection).geometries;
    const n = neighbors(geoms as Parameters<typeof neighbors>[0]).map((list) => list.map((i) => geoms[i]!.id).sort());
    // Cells meeting only at a corner share no border, so they are not neighbours.
    expect(n).toEqual([
      ['E05990002', 'E05990003'],
      ['E05990001', 'E05990004'],
      ['E05990001', 'E05990004'],
      ['E05990002', 'E05990003'],
    ]);
  });

  it('writes the same bytes for the same input in any order', () => {
    expect(buildWardTopology([...grid].reverse(), Math.floor(full.bytes * 0.5)).text).toBe(small.text);
  });

  it('fails when even the coarsest topology is over the target', () => {
    expect(() => buildWardTopology(grid, 100)).toThrow(/over the 100-byte target/);
  });
});

describe("reading the borough's wards from a boundary file", () => {
  const src: BoundarySource = {
    set: '2022',
    codeProperty: 'CD',
    nameProperty: 'NM',
    boroughProperty: 'LAD',
    sourceId: 'x',
  };
  const feature = (
    props: Record<string, unknown>,
    geometry: GeoJSON.Geometry = grid[0]!.geometry,
  ): GeoJSON.Feature => ({ type: 'Feature', properties: props, geometry });
  const fc = (...features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });

  it("keeps only the borough's wards, sorted by code", () => {
    const wards = boroughWards(
      fc(
        feature({ CD: 'E05990002', NM: 'B', LAD: 'E09000001' }),
        feature({ CD: 'E05990001', NM: 'A ', LAD: 'E09000001' }),
        feature({ CD: 'E05990003', NM: 'C', LAD: 'E09000002' }),
      ),
      src,
      new Set(['E09000001']),
      'f.geojson',
    );
    expect(wards.map((w) => [w.code, w.name])).toEqual([
      ['E05990001', 'A'],
      ['E05990002', 'B'],
    ]);
  });

  it('fails on a bad code, a duplicate, a missing name, a non-polygon, or no wards', () => {
    expect(() => boroughWards(fc(feature({ CD: 'X1', NM: 'A', LAD: 'L' })), src, new Set(['L']), 'f.geojson')).toThrow(
      /"X1" is not a ward code/,
    );
    expect(() =>
      boroughWards(
        fc(feature({ CD: 'E05990001', NM: 'A', LAD: 'L' }), feature({ CD: 'E05990001', NM: 'A', LAD: 'L' })),
        src,
        new Set(['L']),
        'f.geojson',
      ),
    ).toThrow(/appears twice/);
    expect(() =>
      boroughWards(fc(feature({ CD: 'E05990001', NM: '', LAD: 'L' })), src, new Set(['L']), 'f.geojson'),
    ).toThrow(/no ward name/);
    expect(() =>
      boroughWards(
        fc(feature({ CD: 'E05990001', NM: 'A', LAD: 'L' }, { type: 'Point', coordinates: [0, 0] })),
        src,
        new Set(['L']),
        'f.geojson',
      ),
    ).toThrow(/geometry is Point/);
    expect(() => boroughWards(fc(), src, new Set(['L']), 'f.geojson')).toThrow(/no wards/);
  });

  it('orients rings as RFC 7946 asks: outer anticlockwise, holes clockwise', () => {
    const cw: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
        [
          [0.2, 0.2],
          [0.4, 0.2],
          [0.4, 0.4],
          [0.2, 0.4],
          [0.2, 0.2],
        ],
      ],
    };
    const fixed = rewindRfc7946(cw);
    expect(fixed.coordinates[0]).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(fixed.coordinates[1]).toEqual([
      [0.2, 0.2],
      [0.2, 0.4],
      [0.4, 0.4],
      [0.4, 0.2],
      [0.2, 0.2],
    ]);
    expect(rewindRfc7946(fixed)).toEqual(fixed);
  });
});

describe('importedSets', () => {
  const sets = (roles: string[]) => importedSets(roles).map((s) => s.set);

  it("imports both of London's ward sets when both boundary files are listed", () => {
    expect(sets(['2002-2022', '2022'])).toEqual(['2002-2022', '2022']);
  });

  it('leaves out the 2002–2022 set when its file is not listed, and always asks for the May 2022 file', () => {
    expect(sets(['2022'])).toEqual(['2022']);
    expect(sets([])).toEqual(['2022']);
  });
});
