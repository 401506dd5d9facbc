/**
 * The sources an area built from data.police.uk's street files cites (rows of
 * data/meta/sources.csv), and which published table draws on which (data/meta/table-sources.csv).
 * `npm run new-area` writes them for such an area; the wording is the sources' own, never an area's.
 */
import { SOURCE_ID as STREET } from './street';
import { SOURCE_ID as WARDS } from '../geography/ons-ward-boundaries';
import { SOURCE_ID as POPULATION } from '../geography/lsoa-population';

/** A row of data/meta/sources.csv. */
export interface SourceRow {
  source_id: string;
  kind: 'dataset';
  title: string;
  publisher: string;
  published: string;
  url: string;
  licence: string;
  area_code: string;
  note: string;
}

const OGL = 'Open Government Licence v3.0';
export const CODEPOINT = 'codepoint-open-2025-10';
export const LOOKUP = 'ons-lsoa-ward-lookup-2023';

/** The datasets an area from police.uk's street files draws on. */
export const POLICEUK_SOURCES: readonly SourceRow[] = [
  {
    source_id: CODEPOINT,
    kind: 'dataset',
    title: 'Code-Point Open, release 2025.4.0 (October 2025)',
    publisher: 'Ordnance Survey',
    published: '17 October 2025 (Royal Mail update)',
    url: '',
    licence: `${OGL} (OS OpenData). Contains Ordnance Survey data © Crown copyright and database right 2025; contains Royal Mail data © Royal Mail copyright and database right 2025; contains National Statistics data © Crown copyright and database right 2025`,
    area_code: 'E92000001',
    note: "Copies of the unchanged OS download: every live postcode of the area's districts and their neighbours, each with the ward Code-Point gives it.",
  },
  {
    source_id: POPULATION,
    kind: 'dataset',
    title: 'Census 2021: usual residents by 2021 lower layer super output area (LSOA)',
    publisher: 'Office for National Statistics',
    published: '21 March 2021 (census day)',
    url: '',
    licence: `${OGL} (ONS census outputs)`,
    area_code: 'K04000001',
    note: 'Usual residents of every 2021 LSOA of England and Wales, summed into wards by the portal through the ONS best-fit lookup; the ward figures are approximate.',
  },
  {
    source_id: LOOKUP,
    kind: 'dataset',
    title: 'LSOA (2021) to Electoral Ward (2023) to LAD (2023) Best Fit Lookup in EW',
    publisher: 'Office for National Statistics',
    published: '2023',
    url: '',
    licence: OGL,
    area_code: 'K04000001',
    note: 'Assigns each whole 2021 LSOA to the ward holding most of its people, and each ward to its district.',
  },
  {
    source_id: WARDS,
    kind: 'dataset',
    title: 'Wards, generalised clipped boundaries (ward codes of the 2023 ward list)',
    publisher: 'Office for National Statistics',
    published: '2025',
    url: '',
    licence: `${OGL}. Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right`,
    area_code: 'K04000001',
    note: "Ward polygons of the area's districts, one GeoJSON file per district, as the ONS boundary service gives them.",
  },
  {
    source_id: STREET,
    kind: 'dataset',
    title: 'data.police.uk street-level crime and anti-social behaviour, monthly files',
    publisher: 'data.police.uk (Home Office and police forces)',
    published: 'monthly',
    url: 'https://data.police.uk/data/',
    licence: `${OGL} (data.police.uk)`,
    area_code: 'K04000001',
    note: "The force's monthly street files as published, one row per crime or incident with its anonymised map point; the portal places each record in the ward holding its point.",
  },
];

/** Which published table draws on which of those sources (with a caveat where one applies). */
export const POLICEUK_TABLE_SOURCES: ReadonlyArray<{ resource: string; source_id: string; caveat: string }> = [
  { resource: 'boroughs', source_id: WARDS, caveat: '' },
  { resource: 'postcodes', source_id: CODEPOINT, caveat: '' },
  { resource: 'ward-policeuk-monthly', source_id: STREET, caveat: '' },
  { resource: 'ward-policeuk-placement', source_id: STREET, caveat: '' },
  {
    resource: 'ward-population',
    source_id: POPULATION,
    caveat: 'Sums of small areas assigned to wards by best fit: approximate.',
  },
  { resource: 'ward-population', source_id: LOOKUP, caveat: '' },
  { resource: 'wards', source_id: WARDS, caveat: '' },
  { resource: 'wards-2023-boundaries', source_id: WARDS, caveat: '' },
];
