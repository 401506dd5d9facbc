/**
 * Import: the name of every borough the wards lie in → `data/wards/boroughs.csv`, taken
 * from the boundary files the ward list itself comes from (the May-2022 file first, then
 * the 2002–2022 one). Fails on a borough code no boundary file names.
 *
 * Run with `npm run import -- boroughs`. Needs `data/wards/wards.csv`; reads the boundary
 * files of the ward-boundaries import in content/sources.json.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { byText, fail, importInputs, log, readGeoJson, writeDataCsv } from '../lib';
import { BOUNDARY_SOURCES, boundaryFile, importedSets } from './ward-boundaries';
import { clearTableCache, loadTable } from '../../../src/core/load';
import { wardsTable } from '../../../src/schemas/wards';
import type { WardSet } from '../../../src/schemas/vocab/ward-sets';

/** The property holding the borough's name in each ward set's boundary file. */
const NAME_PROPERTY: Partial<Record<WardSet, string>> = { '2022': 'LAD22NM', '2002-2022': 'DISTRICT' };
const ORDER: WardSet[] = ['2022', '2002-2022'];

export interface BoroughRow {
  borough_code: string;
  borough_name: string;
  source_id: string;
}

/** Names for the given borough codes from the boundary files' features, in code order. */
export function boroughNames(
  files: ReadonlyArray<{
    set: WardSet;
    sourceId: string;
    boroughProperty: string;
    file: string;
    fc: GeoJSON.FeatureCollection;
  }>,
  codes: readonly string[],
): BoroughRow[] {
  return [...new Set(codes)].sort(byText).map((code) => {
    for (const set of ORDER) {
      const f = files.find((x) => x.set === set);
      const hit = f?.fc.features.find((feat) => feat.properties?.[f.boroughProperty] === code);
      const name = hit?.properties?.[NAME_PROPERTY[set] ?? ''];
      if (typeof name === 'string' && name.trim())
        return { borough_code: code, borough_name: name.trim(), source_id: f!.sourceId };
    }
    return fail(`borough ${code} (from wards/wards.csv) has no name in ${files.map((f) => f.file).join(' or ')}`);
  });
}

/** The boundary files the ward-boundaries import reads (named in content/sources.json), parsed. */
export function boundaryFiles(): Array<
  (typeof BOUNDARY_SOURCES)[number] & { file: string; fc: GeoJSON.FeatureCollection }
> {
  return importedSets(importInputs('ward-boundaries').roles()).map((src) => {
    const path = boundaryFile(src.set);
    return { ...src, file: basename(path), fc: readGeoJson(path) };
  });
}

/** Runs the import against the raw boundary files. */
export function main(): void {
  clearTableCache();
  const codes = loadTable(wardsTable).map((w) => w.borough_code);
  const files = boundaryFiles();
  for (const f of files) log(`read ${f.file}`);
  writeDataCsv('wards/boroughs.csv', ['borough_code', 'borough_name', 'source_id'], boroughNames(files, codes));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
