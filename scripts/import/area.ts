/**
 * Which wards and districts the portal's area holds, by GSS code only: never by how a
 * publisher spells a name. The area (content/site.json `area.code`) is a local authority
 * district (LAD: E06/E07/E08/E09, W06, S12, N09) or a region the manifest lists (London,
 * E12000007: every LAD whose code starts E09). A ward is in the area when the ward→LAD
 * lookup of its ward set puts it in one of the area's LADs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byText, fail, manifestPath, readSourceCsv, sourceManifest, sourcesDir, type SourceManifest } from './lib';
import { displayPath } from '../../src/core/load';
import { siteConfig } from '../../src/lib/site';
import type { WardSet } from '../../src/schemas/vocab/ward-sets';

/** A local authority district code: English unitary, metropolitan, London borough and non-metropolitan district; Welsh, Scottish and Northern Irish councils. */
export const LAD_CODE = /^(E06|E07|E08|E09|W06|S12|N09)\d{6}$/;

export type Regions = SourceManifest['regions'];

/**
 * The LADs an area code stands for, among `knownLads` (those a lookup holds): the LAD
 * itself, or every known LAD of a region. Fails on a code that is neither, or a LAD the
 * lookup does not know, saying which file was searched.
 */
export function ladsOfArea(areaCode: string, knownLads: Iterable<string>, regions: Regions, lookupFile: string): Set<string> {
  const known = new Set(knownLads);
  const region = regions[areaCode];
  if (region) {
    const lads = new Set([...known].filter((l) => l.startsWith(region.ladCodePrefix)));
    if (lads.size === 0) fail(`${lookupFile} has no district of the region ${areaCode} (${region.name}: codes starting ${region.ladCodePrefix})`);
    return lads;
  }
  if (!LAD_CODE.test(areaCode)) {
    fail(`area code ${areaCode} in content/site.json is neither a local authority district (E06, E07, E08, E09, W06, S12, N09) nor a region listed under "regions" in ${displayPath(manifestPath())}`);
  }
  if (!known.has(areaCode)) fail(`${lookupFile} has no ward in the area ${areaCode}; check area.code in content/site.json, or give a lookup that covers it in ${displayPath(manifestPath())}`);
  return new Set([areaCode]);
}

/** Whether the area `outer` holds the area `inner`: the same code, or a region whose LAD prefix `inner` carries. */
export function areaContains(outer: string, inner: string, regions: Regions): boolean {
  if (outer === inner) return true;
  const region = regions[outer];
  if (!region) return false;
  return inner.startsWith(region.ladCodePrefix) || regions[inner]?.ladCodePrefix === region.ladCodePrefix;
}

/** The codes of the wards whose LAD is in the area, from a ward → LAD map. */
export function wardsOfArea(areaCode: string, wardToLad: ReadonlyMap<string, string>, regions: Regions, lookupFile: string): Set<string> {
  const lads = ladsOfArea(areaCode, wardToLad.values(), regions, lookupFile);
  return new Set([...wardToLad].filter(([, lad]) => lads.has(lad)).map(([ward]) => ward).sort(byText));
}

/** Reads a ward set's ward → LAD lookup, a CSV or a GeoJSON whose feature properties carry both codes. */
export function readWardToLad(set: WardSet, manifest: SourceManifest = sourceManifest()): { map: Map<string, string>; file: string } {
  const spec = manifest.wardToLad[set];
  if (!spec) fail(`${displayPath(manifestPath())} has no "wardToLad" lookup for the ${set} ward set`);
  const full = join(sourcesDir(), spec.file);
  const records: Array<Record<string, unknown>> = spec.file.endsWith('.geojson') || spec.file.endsWith('.json')
    ? (JSON.parse(readFileSync(full, 'utf8')) as GeoJSON.FeatureCollection).features.map((f) => f.properties ?? {})
    : readSourceCsv(full);
  const map = new Map<string, string>();
  records.forEach((r, i) => {
    const ward = r[spec.ward], lad = r[spec.lad];
    if (typeof ward !== 'string' || typeof lad !== 'string') fail(`${spec.file} record ${i + 1}: no "${spec.ward}" and "${spec.lad}" codes; check the column names under "wardToLad" in ${displayPath(manifestPath())}`);
    if (map.has(ward) && map.get(ward) !== lad) fail(`${spec.file} record ${i + 1}: ward ${ward} is in both ${map.get(ward)} and ${lad}`);
    map.set(ward, lad);
  });
  return { map, file: spec.file };
}

/** The configured area's wards of one ward set, by the manifest's lookup. */
export function areaWardCodes(set: WardSet, manifest: SourceManifest = sourceManifest()): Set<string> {
  const { map, file } = readWardToLad(set, manifest);
  return wardsOfArea(siteConfig().area.code, map, manifest.regions, file);
}

/**
 * Refuses a file that covers a narrower area than the portal's (the Bromley-only
 * police.uk aggregation, say), telling the user to switch the import off instead.
 */
export function requireCoverage(importName: string, role: string | null, covers: string | undefined, manifest: SourceManifest = sourceManifest()): void {
  const area = siteConfig().area.code;
  if (covers === undefined || areaContains(covers, area, manifest.regions)) return;
  const what = role === null ? `the files of the import "${importName}" cover` : `the file "${role}" of the import "${importName}" covers`;
  fail(`${what} ${covers} only, not the portal's area ${area}. Give files that cover ${area} in ${displayPath(manifestPath())}, or set "run": false for "${importName}" there (its tables are then published empty, which only a switched-off section allows)`);
}
