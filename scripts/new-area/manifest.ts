/**
 * The source manifest (content/sources.json) new-area writes: a London borough's from the
 * London-wide files the imports know, any other district's from the files found for it.
 */
import { areaContains } from '../../src/core/areas';
import type { SourceManifest } from '../../src/schemas/source-manifest';
import { LONDON_MANIFEST } from '../import/mps/manifest';
import type { Found } from './discover';

/** The manifest for a London borough: London's files, less those that serve another area only. */
export function londonManifest(code: string): SourceManifest {
  const m = structuredClone(LONDON_MANIFEST);
  for (const entry of Object.values(m.imports)) {
    if (entry.covers && !areaContains(entry.covers, code)) entry.run = false;
    for (const [role, file] of Object.entries(entry.files))
      if (typeof file !== 'string' && !areaContains(file.covers, code)) delete entry.files[role];
  }
  return m;
}

/** The manifest for an area served by data.police.uk's street files, from what was found. */
export function policeUkManifest(f: Found): SourceManifest {
  return {
    about:
      'Which raw public files feed which import and which tables in data/, written by `npm run new-area`. Paths are relative to the raw data folder (../shared/data-sources, or PORTAL_SOURCES_DIR). The area comes from site.json area.code (and area.districts); every import selects it by GSS code.',
    wardToLad: { '2023': { file: f.lookup!, ward: 'WD23CD', lad: 'LAD23CD' } },
    imports: {
      'ons-ward-boundaries': {
        tables: ['wards/wards.csv', 'wards/boroughs.csv', 'wards/overlaps.csv', 'geo/wards-2023.topojson'],
        files: { '2023': f.wards! },
      },
      'lsoa-ward-population': { tables: ['wards/population.csv'], files: { census: f.census! } },
      'policeuk-street': {
        tables: ['wards/policeuk-monthly.csv', 'wards/policeuk-placement.csv'],
        files: { records: f.street!.folder, lsoa21: f.lookup! },
      },
      postcodes: { tables: ['postcodes/postcodes.csv'], files: { live: f.codepoint!, councils: f.lookup! } },
      // Made from the portal's own tables: the directory's downloads and the strategy actions' links.
      'directory-exports': { tables: ['directory/directory.csv', 'directory/hsds.json'], files: {} },
      'strategy-links': {
        tables: ['strategy/action-indicators.csv', 'strategy/action-services.csv'],
        files: {},
      },
    },
  };
}
