/**
 * The Office for National Statistics' ward boundaries as it publishes them (GeoJSON in
 * longitude and latitude, one file for a district or for many), and finding which ward a
 * point lies in. The columns are found by their ONS names, whatever the year they carry:
 * `WDyyCD`, `WDyyNM` and `LADyyCD`. A file, or a folder of files, is read whole; the
 * area's wards are chosen by district code, never by a file's name.
 *
 * Points are placed with a spatial index (flatbush, over each ward's bounding box) and
 * d3-geo's point-in-polygon test on the candidates it returns, never hand-written geometry.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Flatbush from 'flatbush';
import { geoArea, geoBounds, geoContains } from 'd3';
import { byText, fail, readGeoJson } from '../lib';
import { rewindRfc7946 } from './ward-boundaries';

/** A ward read from an ONS file, its geometry wound as RFC 7946 asks (outer rings anticlockwise). */
export interface OnsWard {
  code: string;
  name: string;
  lad: string;
  ladName: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  /** The file it was read from, for messages. */
  file: string;
}

/** The GeoJSON files a path names: the file itself, or every .geojson in the folder, by name. */
function geoJsonFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.geojson') || f.endsWith('.json'))
    .sort(byText)
    .map((f) => join(path, f));
}

/** The property of a feature matching an ONS column pattern (WD25CD, LAD23NM …), or undefined. */
function column(props: Record<string, unknown>, pattern: RegExp): string | undefined {
  return Object.keys(props).find((k) => pattern.test(k));
}

/**
 * Every ward in the files a path names whose district is one of `lads` (all when null):
 * fails, naming file and feature, on a missing or malformed code, a ward twice, or a
 * geometry that is not a polygon.
 */
export function readOnsWards(path: string, lads: ReadonlySet<string> | null): OnsWard[] {
  const out = new Map<string, OnsWard>();
  for (const full of geoJsonFiles(path)) {
    const file = basename(full);
    const fc = readGeoJson(full);
    fc.features.forEach((f, i) => {
      const p = (f.properties ?? {}) as Record<string, unknown>;
      const codeCol = column(p, /^WD\d{2}CD$/),
        nameCol = column(p, /^WD\d{2}NM$/),
        ladCol = column(p, /^LAD\d{2}CD$/),
        ladNameCol = column(p, /^LAD\d{2}NM$/);
      if (!codeCol || !nameCol || !ladCol)
        fail(
          `${file} feature ${i + 1}: no ward code, ward name and district code (properties WDyyCD, WDyyNM and LADyyCD, as ONS publishes them); found ${Object.keys(p).join(', ')}`,
        );
      const lad = String(p[ladCol]);
      if (lads && !lads.has(lad)) return;
      const code = String(p[codeCol]),
        name = String(p[nameCol] ?? '').trim();
      if (!/^[EW]05\d{6}$/.test(code))
        fail(`${file} feature ${i + 1}: ${codeCol} "${code}" is not a ward code (E05…, W05…)`);
      if (!name) fail(`${file} feature ${i + 1} (${code}): no ward name in ${nameCol}`);
      if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')
        fail(`${file} ward ${code}: geometry is ${f.geometry?.type ?? 'missing'}, expected a polygon`);
      if (out.has(code)) fail(`${file}: ward ${code} appears twice (also in ${out.get(code)!.file})`);
      out.set(code, {
        code,
        name,
        lad,
        ladName: String(p[ladNameCol ?? ''] ?? lad).trim(),
        geometry: rewindRfc7946(f.geometry),
        file,
      });
    });
  }
  return [...out.values()].sort((a, b) => byText(a.code, b.code));
}

/** d3-geo reads a polygon's outer ring clockwise (RFC 7946 winds it the other way): reversed where needed. */
function forD3(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  const polygon = (rings: GeoJSON.Position[][]) => {
    const p: GeoJSON.Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(p) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  };
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(polygon) };
}

/** Finds the ward a longitude and latitude lie in. */
export interface WardLocator {
  /** The code of the ward holding the point, or null when it lies outside them all. */
  locate(lon: number, lat: number): string | null;
}

/** A locator over the given wards: a flatbush index of their bounding boxes, then d3-geo's exact test. */
export function wardLocator(
  wards: ReadonlyArray<{ code: string; geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon }>,
): WardLocator {
  if (wards.length === 0) return { locate: () => null };
  const shapes = wards.map((w) => ({ code: w.code, geometry: forD3(w.geometry) }));
  const index = new Flatbush(shapes.length);
  for (const s of shapes) {
    const [[x0, y0], [x1, y1]] = geoBounds({ type: 'Feature', properties: {}, geometry: s.geometry });
    index.add(x0, y0, x1, y1);
  }
  index.finish();
  return {
    locate(lon, lat) {
      for (const i of index.search(lon, lat, lon, lat)) {
        const s = shapes[i]!;
        if (geoContains(s.geometry, [lon, lat])) return s.code;
      }
      return null;
    },
  };
}
