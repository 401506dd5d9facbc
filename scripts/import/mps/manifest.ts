/**
 * The source manifest for an area within London: the London-wide Metropolitan Police, GLA
 * and ONS files in the raw data folder, by the roles the imports give them. Files marked
 * "covers" serve only that area; `npm run new-area` drops them for any other. A borough's
 * own files (the published borough's earlier police.uk records, its neighbours' and its
 * retired postcodes) are its own material, like its documents: its content/sources.json
 * adds them to this manifest, marked as covering it alone.
 */
import type { SourceManifest } from '../../../src/schemas/source-manifest';

export const LONDON_MANIFEST: SourceManifest = {
  about:
    'Which raw public files feed which import and which tables in data/. Paths are relative to the raw data folder (../shared/data-sources, or PORTAL_SOURCES_DIR). The area comes from site.json area.code; every import selects it by GSS code. An import with "run": false is skipped and its tables are published empty (only for a section that is switched off, or for the 2002–2022 wards\' crime import when a London portal leaves those wards out by deleting their "2002-2022" file from "ward-boundaries": see README, Publish for another area). "covers" is the GSS code of the area a file covers when it is narrower than London; the import refuses any other area. "notCovered" lists districts (by GSS code, with the reason) that the ward crime files do not cover: an area that contains one is imported without its wards.',
  wardToLad: {
    '2002-2022': {
      file: 'ward-boundaries-2002-2022-london-datastore/london_wards_citymerged_london-wards-2018_wgs84.geojson',
      ward: 'GSS_CODE',
      lad: 'LAGSSCODE',
    },
    '2022': {
      file: 'mps-ward-crime-london/ward_to_lad_dec2023_uk.csv',
      ward: 'WD23CD',
      lad: 'LAD23CD',
    },
  },
  notCovered: {
    E09000001:
      'The City of London has its own police force, the City of London Police; the Metropolitan Police ward files, the source of every ward figure here, do not cover it',
  },
  imports: {
    'mps-borough': {
      tables: ['borough/crime-monthly.csv', 'borough/indicator-quarters.csv'],
      files: {
        historical: 'mps-borough-crime-2010-2025/mps_borough_crime_london_201004-202302.csv',
        recent24: 'mps-borough-crime-2010-2025/mps_borough_crime_london_202303-202502.csv',
        boroughNames: 'mps-ward-crime-london/london_mps_ward_crime_202402-202601_wide.csv',
      },
    },
    'ward-boundaries': {
      tables: ['wards/wards.csv', 'wards/overlaps.csv', 'geo/wards-2002-2022.topojson', 'geo/wards-2022.topojson'],
      files: {
        '2002-2022':
          'ward-boundaries-2002-2022-london-datastore/london_wards_citymerged_london-wards-2018_wgs84.geojson',
        '2022': 'ward-boundaries-2022-wd22/london_wards_wd22_karenky010.geojson',
      },
    },
    'mps-ward-crime-2020-2022': {
      tables: ['wards/crime-monthly-2002-2022-wards.csv'],
      files: {
        '202009-202208': 'mps-ward-crime-london/london_mps_ward_crime_202009-202208_oldwards_wide.csv',
      },
    },
    'mps-ward-crime-2023-2026': {
      tables: ['wards/crime-monthly-2022-wards.csv'],
      files: {
        '202304-202503': 'mps-ward-crime-london/london_mps_ward_crime_202304-202503_wide.csv',
        '202307-202506': 'mps-ward-crime-london/london_mps_ward_crime_202307-202506_wide.csv',
        '202402-202601': 'mps-ward-crime-london/london_mps_ward_crime_202402-202601_wide.csv',
      },
    },
    // A borough's own earlier data.police.uk records by ward, where it has them (none London-wide).
    'policeuk-wards': {
      tables: ['wards/policeuk-monthly.csv'],
      files: {},
      run: false,
    },
    'ward-population': {
      tables: ['wards/population.csv'],
      files: {
        census2011: 'mps-ward-crime-london/london_ward_population_census2011.csv',
        census2021: 'ward-population-2021-wd22/london_ward_population_census2021_wd22.csv',
      },
    },
    postcodes: {
      tables: ['postcodes/postcodes.csv'],
      files: {
        live: 'postcodes-codepoint-open-2025-10/london_codepoint_2025-10.csv',
        councils: 'mps-ward-crime-london/ward_to_lad_dec2023_uk.csv',
        boundaries2022: 'ward-boundaries-2022-wd22/london_wards_wd22_karenky010.geojson',
      },
    },
    boroughs: {
      tables: ['wards/boroughs.csv'],
      files: {},
    },
    'directory-exports': {
      tables: ['directory/directory.csv', 'directory/hsds.json'],
      files: {},
    },
    'mopac-pas': {
      tables: ['borough/survey-confidence.csv'],
      files: {
        boroughs: 'mopac-pas-borough-2014-2023/pas_borough_quarterly_clean.csv',
      },
      covers: 'E12000007',
    },
    'strategy-links': {
      tables: ['strategy/action-indicators.csv', 'strategy/action-services.csv'],
      files: {},
    },
  },
};
