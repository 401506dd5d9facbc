// The raw public files (../shared/data-sources, or the folder PORTAL_SOURCES_DIR names)
// that the imports and the tests read. Outside CI a test that needs them is skipped when
// they are missing, and says so; under CI (`CI` set) their absence fails the run, naming
// each missing file (scripts/test.mjs and tests/unit/raw-files.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of raw public data, `../shared/data-sources` unless `PORTAL_SOURCES_DIR` says otherwise. */
export function sourcesDir() {
  return process.env.PORTAL_SOURCES_DIR ?? join(process.cwd(), '..', 'shared', 'data-sources');
}

/**
 * Files the tests read themselves, beside those the source manifest names: census counts, Bromley's own series, the
 * survey's original file, and what the area outside London (tests/sites/policeuk-area.ts) is made from: Derbyshire's
 * street files (the folder), Derby's ward boundaries, the LSOA → 2023 ward lookup, LSOA populations and postcodes.
 */
const READ_BY_TESTS = [
  'policeuk-street-derbyshire-2023-2025',
  'ward-boundaries-derbyshire-2025/ward/E06000015.geojson',
  'ons-lsoa21-ward-lad-lookups/lsoa21_ward23_lad23_best_fit_ew.csv',
  'census-2021-lsoa-population-ew/census2021_usual_residents_by_age_lsoa21_ew.csv',
  'postcodes-codepoint-open-2025-10/derbyshire_force_area_codepoint_2025-10.csv',
  'mopac-pas-borough-2014-2023/PAS_Dashboard_Borough_original.csv',
  'ward-population/bromley_ward_population_census2011.csv',
  'ward-population-2021-wd22/bromley_ward_population_census2021_wd22.csv',
  'mps-borough-crime-2010-2025/bromley_mps_borough_crime_201004-202502_long.csv',
  'mps-ward-crime-2023-2026-newwards/bromley_mps_ward_crime_2023-04_to_2026-01_merged_long.csv',
];

/**
 * Every raw file the imports (as content/sources.json names them) and the tests read,
 * relative to the raw data folder.
 * @returns {string[]}
 */
export function rawFilesUsed() {
  const manifest = JSON.parse(readFileSync(join('content', 'sources.json'), 'utf8'));
  const named = [
    ...Object.values(manifest.wardToLad).map((w) => w.file),
    ...Object.values(manifest.imports).flatMap((i) =>
      Object.values(i.files).map((f) => (typeof f === 'string' ? f : f.path)),
    ),
  ];
  return [...new Set([...named, ...READ_BY_TESTS])].sort();
}

/**
 * The raw files that are not there, as full paths.
 * @returns {string[]}
 */
export function missingRawFiles() {
  return rawFilesUsed()
    .map((f) => join(sourcesDir(), f))
    .filter((f) => !existsSync(f));
}
