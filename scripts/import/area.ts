/**
 * Which wards and districts the portal's area holds, by GSS code only: never by how a
 * publisher spells a name. The area (content/site.json `area.code`) is a local authority
 * district (LAD: E06/E07/E08/E09, W06, S12, N09) or an area that holds districts, such as
 * London (E12000007: every LAD whose code starts E09), as src/core/areas.ts knows them. A
 * ward is in the area when the ward → LAD lookup of its ward set puts it in one of them.
 */
import { join } from 'node:path';
import {
  byText,
  fail,
  log,
  manifestPath,
  readGeoJson,
  readSourceCsv,
  sourceManifest,
  sourcesDir,
  type SourceManifest,
} from './lib';
import { displayPath } from '../../src/core/load';
import { areaContains, areaHasDistrict } from '../../src/core/areas';
import { siteConfig } from '../../src/lib/site';
import type { WardSet } from '../../src/schemas/vocab/ward-sets';

/**
 * The LADs an area code stands for, among `knownLads` (those a lookup holds): the LAD
 * itself, or every known LAD the area contains (London, E12000007: the E09 boroughs; see
 * src/core/areas.ts), less those the manifest's "notCovered" lists (the ward crime files
 * hold no figures for them, and wards without figures would read as wards without crime).
 * Fails, saying which file was searched, when none is left.
 */
export function ladsOfArea(
  areaCode: string,
  knownLads: Iterable<string>,
  lookupFile: string,
  notCovered: Readonly<Record<string, string>> = sourceManifest().notCovered ?? {},
): Set<string> {
  const inArea = new Set([...knownLads].filter((lad) => inPortalArea(areaCode, lad)));
  const left = [...inArea].filter((lad) => notCovered[lad] !== undefined).sort(byText);
  if (left.length && left.length === inArea.size) {
    fail(
      `the area ${areaCode} holds only ${left.join(', ')}, which the ward crime files do not cover: ${left.map((lad) => notCovered[lad]).join('; ')} (see "notCovered" in ${displayPath(manifestPath())})`,
    );
  }
  for (const lad of left) log(`left out ${lad}: ${notCovered[lad]}`);
  const lads = new Set([...inArea].filter(coveredDistrictTest(areaCode, notCovered)));
  if (lads.size === 0) {
    fail(
      `${lookupFile} has no ward in the area ${areaCode}; check area.code in content/site.json (a local authority such as E09000006, or E12000007 for London), or give a ward → LAD lookup that covers it under "wardToLad" in ${displayPath(manifestPath())}`,
    );
  }
  return lads;
}

/**
 * A test of whether a district is one of the area's and the ward crime files cover it (see
 * ladsOfArea). Made once and called per row: the manifest is read when the test is made.
 */
export function coveredDistrictTest(
  areaCode = siteConfig().area.code,
  notCovered: Readonly<Record<string, string>> = sourceManifest().notCovered ?? {},
): (district: string) => boolean {
  return (district) => district !== '' && inPortalArea(areaCode, district) && notCovered[district] === undefined;
}

/** Whether a district is in the area: by code, or (for the portal's own area) among the districts site.json lists. */
function inPortalArea(areaCode: string, district: string): boolean {
  const { area } = siteConfig();
  return area.code === areaCode ? areaHasDistrict(area, district) : areaContains(areaCode, district);
}

/** The codes of the wards whose LAD is in the area, from a ward → LAD map. */
export function wardsOfArea(areaCode: string, wardToLad: ReadonlyMap<string, string>, lookupFile: string): Set<string> {
  const lads = ladsOfArea(areaCode, wardToLad.values(), lookupFile);
  return new Set(
    [...wardToLad]
      .filter(([, lad]) => lads.has(lad))
      .map(([ward]) => ward)
      .sort(byText),
  );
}

/** Reads a ward set's ward → LAD lookup, a CSV or a GeoJSON whose feature properties carry both codes. */
export function readWardToLad(
  set: WardSet,
  manifest: SourceManifest = sourceManifest(),
): { map: Map<string, string>; file: string } {
  const spec = manifest.wardToLad[set];
  if (!spec) fail(`${displayPath(manifestPath())} has no "wardToLad" lookup for the ${set} ward set`);
  const full = join(sourcesDir(), spec.file);
  const records: Array<Record<string, unknown>> =
    spec.file.endsWith('.geojson') || spec.file.endsWith('.json')
      ? readGeoJson(full).features.map((f) => f.properties ?? {})
      : readSourceCsv(full);
  const map = new Map<string, string>();
  records.forEach((r, i) => {
    const ward = r[spec.ward],
      lad = r[spec.lad];
    if (typeof ward !== 'string' || typeof lad !== 'string')
      fail(
        `${spec.file} record ${i + 1}: no "${spec.ward}" and "${spec.lad}" codes; check the column names under "wardToLad" in ${displayPath(manifestPath())}`,
      );
    if (map.has(ward) && map.get(ward) !== lad)
      fail(`${spec.file} record ${i + 1}: ward ${ward} is in both ${map.get(ward)} and ${lad}`);
    map.set(ward, lad);
  });
  return { map, file: spec.file };
}

/** The configured area's wards of one ward set, by the manifest's lookup. */
export function areaWardCodes(set: WardSet, manifest: SourceManifest = sourceManifest()): Set<string> {
  const { map, file } = readWardToLad(set, manifest);
  return wardsOfArea(siteConfig().area.code, map, file);
}

/**
 * Refuses a file that covers a narrower area than the portal's (a one-borough
 * police.uk aggregation, say), telling the user to switch the import off instead.
 */
export function requireCoverage(importName: string, role: string | null, covers: string | undefined): void {
  const area = siteConfig().area.code;
  if (covers === undefined || areaContains(covers, area)) return;
  const what =
    role === null
      ? `the files of the import "${importName}" cover`
      : `the file "${role}" of the import "${importName}" covers`;
  fail(
    `${what} ${covers} only, not the portal's area ${area}. Give files that cover ${area} in ${displayPath(manifestPath())}, or set "run": false for "${importName}" there (its tables are then published empty, which only a switched-off section allows)`,
  );
}
