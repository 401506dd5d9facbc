/**
 * Ward-level data: the ward lists of the area's ward sets, census populations, monthly
 * crime counts from the area's source family (the Metropolitan Police's ward files on
 * London's two ward sets, or data.police.uk's records placed in the area's wards, with
 * anti-social behaviour), how the police.uk records were placed, and how an old and a new
 * ward set overlap. Every row carries its ward set, and a ward is identified by its set and
 * code: a ward left unchanged in a redrawing keeps its code in both sets. The sets are never
 * joined by name.
 */
import { sourceKey } from './sources';
import { defineTable, type ForeignKey } from '../core/tables';
import type { ExtraResource } from '../core/tables';
import { date, decimal, gssCode, id, integer, month, oneOf, optional, text } from '../core/fields';
import { WARD_SETS } from './vocab/ward-sets';
import { MAJOR_CATEGORY_IDS, majorCategoryOf } from './vocab/crime-categories';
import { POLICEUK_CATEGORY_IDS } from './vocab/policeuk-categories';

const sourceId = id({
  title: 'Source',
  description: 'The source_id in meta/sources.csv of the dataset this row comes from.',
});
const wardKey: ForeignKey = {
  fields: ['ward_code', 'ward_set'],
  reference: { resource: 'wards', fields: ['ward_code', 'ward_set'] },
};
const wardCode = gssCode({
  title: 'Ward code',
  description:
    'GSS code of the ward (E05…). A ward redrawn in May 2022 got a new code; a ward left unchanged kept its code, which is then in both ward sets: identify a ward by its code and ward set.',
});
const wardSet = oneOf(WARD_SETS, {
  title: 'Ward set',
  description:
    '2002-2022: the wards in force from 2002 until the May 2022 elections; 2022: the wards in force from May 2022; 2023: the wards of the Office for National Statistics 2023 ward list. Wards redrawn between sets have different boundaries and codes.',
});
/** Said of the Metropolitan Police's tables: empty for an area outside London. */
const MPS_ONLY = 'the area is outside London: only the Metropolitan Police publish ward crime files';
/** Said of data.police.uk's tables: empty for an area whose files hold no data.police.uk records. */
const POLICEUK_ONLY = "the area's sources include no data.police.uk records";

/** `data/wards/wards.csv`: every ward of both ward sets, from the boundary files. */
export const wardsTable = defineTable({
  name: 'wards',
  path: 'wards/wards.csv',
  title: 'Wards of both ward sets',
  description:
    'Every ward of the area in each ward set, with its area measured from the published boundary. The boundaries themselves are in geo/, one TopoJSON file per ward set (geo/wards-<set>.topojson).',
  fields: {
    ward_code: wardCode,
    ward_name: text({
      title: 'Ward name',
      description:
        "The ward's name as the boundary file gives it. Several names were reused for different areas in 2022: always identify a ward by its code.",
    }),
    ward_set: wardSet,
    borough_code: gssCode({
      title: 'Borough code',
      description: 'GSS code of the borough or district the ward is in.',
    }),
    area_hectares: decimal(
      {
        title: 'Area',
        description:
          'Area of the ward measured from the full-resolution source boundary on an equal-area projection, to 0.1 hectare.',
        unit: 'hectares',
      },
      { minimum: 0 },
    ),
    source_id: sourceId,
    source_section: text({ title: 'Section', description: 'The file of the source dataset the boundary comes from.' }),
  },
  primaryKey: ['ward_code', 'ward_set'],
  foreignKeys: [{ fields: ['borough_code'], reference: { resource: 'boroughs', fields: ['borough_code'] } }, sourceKey],
  areaColumn: 'borough_code',
  section: 'wards',
});

/** `data/wards/boroughs.csv`: the name of every borough the wards lie in, from the boundary files. */
export const boroughsTable = defineTable({
  name: 'boroughs',
  path: 'wards/boroughs.csv',
  title: 'Boroughs of the wards',
  description:
    'The name of each borough (local authority district) that a ward of either ward set lies in, as the boundary file names it. Pages that group wards by borough take the names from here.',
  fields: {
    borough_code: gssCode({
      title: 'Borough code',
      description: 'GSS code of the borough (E09… in London), as wards/wards.csv gives it.',
    }),
    borough_name: text({ title: 'Borough name', description: "The borough's name as the boundary file gives it." }),
    source_id: sourceId,
  },
  primaryKey: ['borough_code'],
  foreignKeys: [sourceKey],
  sources: [
    { title: 'Wards (December 2022), generalised', publisher: 'Office for National Statistics' },
    {
      title: 'Statistical GIS boundary files for London: wards (London-wards-2018)',
      publisher: 'Greater London Authority, from Ordnance Survey Boundary-Line',
    },
  ],
});

const POPULATION_BASES = ['ward', 'lsoa-best-fit'] as const;

/** `data/wards/population.csv`: usual residents at the census counted on each ward set's boundaries. */
export const wardPopulationTable = defineTable({
  name: 'ward-population',
  path: 'wards/population.csv',
  title: 'Ward population, Census 2011 and Census 2021',
  description:
    "Usual resident population of each ward on census day: Census 2011 (27 March 2011) for the 2002–2022 wards; Census 2021 (21 March 2021) for the wards in force from May 2022, as published by ONS on the 2022 ward boundaries, and for the 2023 wards as the sum of the census's small areas (2021 LSOAs) that the ONS best-fit lookup assigns to each ward, which is approximate. Each ward set has one census; rates per 1,000 residents use it and say its year.",
  fields: {
    ward_code: wardCode,
    ward_set: wardSet,
    census_date: date({
      title: 'Census day',
      description: 'The date the population refers to: 2011-03-27 (Census 2011) or 2021-03-21 (Census 2021).',
    }),
    population: integer(
      {
        title: 'Residents',
        description:
          'Usual residents counted by the census. Census 2021 small-area counts are perturbed for disclosure control, so ward sums need not equal the published total of their borough or district exactly.',
        unit: 'people',
      },
      { minimum: 1 },
    ),
    basis: oneOf(POPULATION_BASES, {
      title: 'Basis',
      description:
        "ward: counted by the census on the ward's own boundaries. lsoa-best-fit: the sum of the 2021 LSOAs the ONS best-fit lookup assigns to the ward; LSOAs do not nest in wards, so the figure is approximate and pages say so.",
    }),
    source_id: sourceId,
  },
  primaryKey: ['ward_code', 'ward_set'],
  foreignKeys: [wardKey, sourceKey],
  section: 'wards',
  // London's Census 2021 counts come from two copies of the census table, by borough.
  sourcesFromRows: true,
});

/** Month coverage each MPS extract contributes to the published series. */
export const WARD_EXTRACT_MONTHS = {
  '202009-202208': { from: '2020-09', to: '2022-08' },
  '202304-202503': { from: '2023-04', to: '2023-06' },
  '202307-202506': { from: '2023-07', to: '2024-01' },
  '202402-202601': { from: '2024-02', to: '2026-01' },
} as const;
export type WardExtract = keyof typeof WARD_EXTRACT_MONTHS;

/** The columns shared by both MPS ward crime tables. */
function crimeFields<const S extends string, const E extends readonly [string, ...string[]]>(
  set: S,
  extracts: E,
  from: string,
  to: string,
) {
  return {
    ward_code: wardCode,
    ward_set: oneOf([set] as const, {
      title: 'Ward set',
      description: `Always ${set}: the ward set the MPS file reports on.`,
    }),
    month: month({ title: 'Month', description: 'Calendar month, YYYY-MM.' }, { from, to }),
    category_id: oneOf(MAJOR_CATEGORY_IDS, {
      title: 'Category id',
      description: "The portal's stable id for the major category, the same in both ward sets.",
    }),
    major_category: text({
      title: 'Major category',
      description: 'MPS major category (MajorText) exactly as published in this file.',
    }),
    minor_category: text({
      title: 'Minor category',
      description:
        'MPS minor category (MinorText) exactly as published; some names are cut at 50 characters in the source.',
    }),
    count: integer(
      { title: 'Offences', description: 'Offences recorded in the month.', unit: 'offences' },
      { minimum: 0 },
    ),
    extract: oneOf(extracts, {
      title: 'Extract',
      description: 'The 24-month MPS file the count comes from, named by its first and last month (YYYYMM-YYYYMM).',
    }),
    source_id: sourceId,
  };
}

type CrimeRow = { month: string; category_id: string; major_category: string; extract: string };
function crimeRowCheck(row: CrimeRow): Array<{ column: string; problem: string }> {
  const problems: Array<{ column: string; problem: string }> = [];
  if (majorCategoryOf(row.major_category)?.id !== row.category_id) {
    problems.push({ column: 'category_id', problem: `does not match the major category "${row.major_category}"` });
  }
  const range = WARD_EXTRACT_MONTHS[row.extract as WardExtract];
  if (range && (row.month < range.from || row.month > range.to)) {
    problems.push({
      column: 'month',
      problem: `is outside the months ${range.from} to ${range.to} taken from extract ${row.extract}`,
    });
  }
  return problems;
}

const absentRows =
  "The MPS file lists a ward and minor category only when it had at least one offence in the extract's 24 months, so a ward, category and month with no row had no offences recorded in that extract.";

/** `data/wards/crime-monthly-2002-2022-wards.csv`: MPS counts on the wards in force until May 2022. */
export const wardCrimeOldTable = defineTable({
  name: 'ward-crime-2002-2022-wards',
  path: 'wards/crime-monthly-2002-2022-wards.csv',
  title: 'Recorded crime by ward, month and category, 2002–2022 wards',
  description: `Offences recorded by the Metropolitan Police in each ward in force from 2002 to May 2022, by month and by major and minor category, September 2020 to August 2022, from one 24-month extract of about October 2022. The MPS kept reporting on these wards until August 2022, after the new wards came into force. ${absentRows}`,
  fields: crimeFields('2002-2022', ['202009-202208'] as const, '2020-09', '2022-08'),
  primaryKey: ['ward_code', 'month', 'major_category', 'minor_category'],
  foreignKeys: [wardKey, sourceKey],
  section: 'wards',
  emptyWhen: MPS_ONLY,
  rowCheck: crimeRowCheck,
  caveats: ['Counts are as recorded at the time of extraction; later extracts revise recent months.'],
});

/** `data/wards/crime-monthly-2022-wards.csv`: MPS counts on the wards in force from May 2022, merged from three extracts. */
export const wardCrimeNewTable = defineTable({
  name: 'ward-crime-2022-wards',
  path: 'wards/crime-monthly-2022-wards.csv',
  title: 'Recorded crime by ward, month and category, May 2022 wards',
  description: `Offences recorded by the Metropolitan Police in each ward in force from May 2022, by month and by major and minor category, April 2023 to January 2026, built from three overlapping 24-month extracts. Newer-series rule: where the extracts overlap, each month is taken whole from the latest extract that covers it (the most recently published, whose months end latest): April–June 2023 from 202304-202503, July 2023–January 2024 from 202307-202506, February 2024–January 2026 from 202402-202601. Counts are never added or mixed across extracts. ${absentRows}`,
  fields: crimeFields('2022', ['202304-202503', '202307-202506', '202402-202601'] as const, '2023-04', '2026-01'),
  primaryKey: ['ward_code', 'month', 'major_category', 'minor_category'],
  foreignKeys: [wardKey, sourceKey],
  section: 'wards',
  emptyWhen: MPS_ONLY,
  rowCheck: crimeRowCheck,
  caveats: [
    'The MPS revises counts between extracts; the same month can differ slightly between downloads.',
    'From February 2024 residential burglary replaced burglary in a dwelling, and stalking and harassment became a separate violence category: compare minor categories across that month with care.',
  ],
});

export const POLICEUK_STATUSES = ['recorded', 'missing'] as const;

/** `data/wards/policeuk-monthly.csv`: data.police.uk street-level records counted by ward, month and category. */
export const wardPoliceUkTable = defineTable({
  name: 'ward-policeuk-monthly',
  path: 'wards/policeuk-monthly.csv',
  title: 'data.police.uk records by ward, month and category',
  description:
    "Street-level crime and anti-social behaviour records published on data.police.uk, counted by ward, month and data.police.uk's own type, every ward, month and type listed (0 where none was recorded). Each source says how its records were put in wards: counted by data.police.uk for each ward boundary, or placed by the portal in the ward that holds each record's map point (wards/policeuk-placement.csv counts those placed and those left out). A month missing from a source for every ward has rows with an empty count and status missing.",
  fields: {
    ward_code: wardCode,
    ward_set: wardSet,
    month: month({ title: 'Month', description: 'Calendar month, YYYY-MM.' }),
    category: oneOf(POLICEUK_CATEGORY_IDS, {
      title: 'Category',
      description:
        "data.police.uk's type, by its own id (violent-crime is violence and sexual offences); /wards/about/ lists them all with where each counts.",
    }),
    count: optional(
      integer(
        {
          title: 'Records',
          description: 'Records in the month. Empty where the month is missing from the source (see status).',
          unit: 'records',
        },
        { minimum: 0 },
      ),
    ),
    status: oneOf(POLICEUK_STATUSES, {
      title: 'Status',
      description:
        'recorded: counted from the source; missing: the source has no records for this month, so there is no figure (not zero).',
    }),
    source_id: sourceId,
  },
  primaryKey: ['ward_code', 'ward_set', 'month', 'category'],
  foreignKeys: [wardKey, sourceKey],
  section: 'wards',
  emptyWhen: POLICEUK_ONLY,
  rowCheck: (row) =>
    (row.count === null) === (row.status === 'missing')
      ? []
      : [
          {
            column: 'status',
            problem: `does not match the count: a count needs status recorded, an empty count needs status missing`,
          },
        ],
  caveats: [
    'Locations on data.police.uk are moved to anonymised points near where the incident happened, so a record near a ward edge can be counted in a neighbouring ward.',
    'These are data.police.uk records, not the Metropolitan Police ward files: categories differ (violence and sexual offences are one type) and totals do not match.',
  ],
});

/** `data/wards/policeuk-placement.csv`: how many records of each data.police.uk file were placed in the area's wards. */
export const wardPlacementTable = defineTable({
  name: 'ward-policeuk-placement',
  path: 'wards/policeuk-placement.csv',
  title: 'data.police.uk records placed in wards, by file',
  description:
    "For each monthly street file read, how many records it holds, how many the portal placed in one of the area's wards by their map point, how many lie outside the area, and how many have no location and so cannot be placed. Records carrying a 2011 LSOA code are placed by their point like the rest, and counted here too.",
  fields: {
    file: text({
      title: 'File',
      description: 'The street file as data.police.uk names it (YYYY-MM-force-street.csv).',
    }),
    month: month({ title: 'Month', description: 'The month the file covers, YYYY-MM.' }),
    ward_set: wardSet,
    records: integer({ title: 'Records', description: 'Rows in the file.', unit: 'records' }, { minimum: 0 }),
    placed: integer(
      { title: 'Placed', description: "Records whose map point lies in one of the area's wards.", unit: 'records' },
      { minimum: 0 },
    ),
    outside_area: integer(
      {
        title: 'Outside the area',
        description:
          "Records with a map point outside every ward of the area (the force's other districts, or a neighbour).",
        unit: 'records',
      },
      { minimum: 0 },
    ),
    no_location: integer(
      {
        title: 'No location',
        description: 'Records published without coordinates ("No Location"): they cannot be placed in a ward.',
        unit: 'records',
      },
      { minimum: 0 },
    ),
    lsoa_2011: integer(
      {
        title: '2011 LSOA code',
        description:
          'Records whose LSOA is a 2011 code rather than a 2021 one; placed by their map point like the rest, so the code does not matter here.',
        unit: 'records',
      },
      { minimum: 0 },
    ),
    source_id: sourceId,
  },
  primaryKey: ['file'],
  foreignKeys: [sourceKey],
  section: 'wards',
  emptyWhen: POLICEUK_ONLY,
  rowCheck: (row) =>
    row.placed + row.outside_area + row.no_location === row.records
      ? []
      : [
          {
            column: 'records',
            problem: `is not placed + outside_area + no_location (${row.placed} + ${row.outside_area} + ${row.no_location})`,
          },
        ],
});

/** `data/wards/overlaps.csv`: how much of each ward lies in each ward of the other set. */
export const wardOverlapsTable = defineTable({
  name: 'ward-overlaps',
  path: 'wards/overlaps.csv',
  title: 'How the 2002–2022 wards and the May 2022 wards overlap',
  description:
    'For each ward, the wards of the other ward set that cover at least 1% of its area, with the shared area. Computed by the portal from the full-resolution boundary files by scanning the borough in 5-metre rows on an equal-area projection. The May 2022 boundaries are generalised, so edges match only to within tens of metres and shares below 1% are left out.',
  fields: {
    ward_code: wardCode,
    ward_set: wardSet,
    other_ward_code: gssCode({
      title: 'Other ward code',
      description: 'GSS code of the overlapping ward of the other set.',
    }),
    other_ward_set: wardSet,
    shared_hectares: decimal(
      { title: 'Shared area', description: 'Area covered by both wards, to 0.1 hectare.', unit: 'hectares' },
      { minimum: 0 },
    ),
    share_of_ward: decimal(
      {
        title: 'Share of ward',
        description: "The shared area as a percentage of this ward's area, to 0.1%.",
        unit: 'percent',
      },
      { minimum: 0, maximum: 100 },
    ),
  },
  primaryKey: ['ward_code', 'ward_set', 'other_ward_code'],
  emptyWhen: 'the area has one ward set',
  foreignKeys: [
    wardKey,
    {
      fields: ['other_ward_code', 'other_ward_set'],
      reference: { resource: 'wards', fields: ['ward_code', 'ward_set'] },
    },
  ],
  sources: [{ title: 'Computed by the portal from the ward boundaries of both ward sets' }],
  section: 'wards',
  rowCheck: (row) =>
    row.ward_set === row.other_ward_set
      ? [{ column: 'other_ward_set', problem: 'is the same ward set as the ward; overlaps are between the two sets' }]
      : [],
});

export const wardTables = [
  wardsTable,
  boroughsTable,
  wardPopulationTable,
  wardCrimeOldTable,
  wardCrimeNewTable,
  wardPoliceUkTable,
  wardPlacementTable,
  wardOverlapsTable,
] as const;

/** The ward boundary files (TopoJSON), published next to the tables. */
export const WARD_TOPOLOGY_PATHS = {
  '2002-2022': 'geo/wards-2002-2022.topojson',
  '2022': 'geo/wards-2022.topojson',
  '2023': 'geo/wards-2023.topojson',
} as const;

/** Largest size allowed for each ward set's TopoJSON, in bytes (40 KiB). */
export const WARD_TOPOLOGY_BUDGET = 40 * 1024;

/**
 * The budget in words. The site gives file sizes in units of 1,000 bytes (sizeLabel), in
 * which this budget is 41 KB, so the words name its own unit and its bytes.
 */
export const WARD_TOPOLOGY_BUDGET_WORDS = `${WARD_TOPOLOGY_BUDGET / 1024} KiB (${WARD_TOPOLOGY_BUDGET.toLocaleString('en-GB')} bytes)`;

/** Said of a ward set's boundary file: absent when the area's files use other ward sets. */
const ABSENT_SET = "the area's ward figures are on other ward sets";

/** The TopoJSON boundary files, as data package resources. */
export const wardTopologyResources: readonly ExtraResource[] = [
  {
    name: 'wards-2002-2022-boundaries',
    path: WARD_TOPOLOGY_PATHS['2002-2022'],
    title: 'Ward boundaries, 2002–2022 wards (TopoJSON)',
    description:
      'Boundaries of the wards in force from 2002 to May 2022, as one TopoJSON topology (object "wards", each geometry\'s id the ward code and property "name"), longitude and latitude (WGS 84). Simplified on the shared topology, so neighbouring wards still share borders, and quantised to fit 40 KiB (40,960 bytes); for display, not for measuring.',
    format: 'topojson',
    mediatype: 'application/json',
    section: 'wards',
    absentWhen: ABSENT_SET,
  },
  {
    name: 'wards-2022-boundaries',
    path: WARD_TOPOLOGY_PATHS['2022'],
    title: 'Ward boundaries, May 2022 wards (TopoJSON)',
    description:
      'Boundaries of the wards in force from May 2022, as one TopoJSON topology (object "wards", each geometry\'s id the ward code and property "name"), longitude and latitude (WGS 84), quantised. The source is already generalised by the Office for National Statistics; for display, not for measuring.',
    format: 'topojson',
    mediatype: 'application/json',
    section: 'wards',
    absentWhen: ABSENT_SET,
  },
  {
    name: 'wards-2023-boundaries',
    path: WARD_TOPOLOGY_PATHS['2023'],
    title: 'Ward boundaries, 2023 wards (TopoJSON)',
    description:
      'Boundaries of the wards of the Office for National Statistics 2023 ward list, as one TopoJSON topology (object "wards", each geometry\'s id the ward code and property "name"), longitude and latitude (WGS 84), quantised. The source is already generalised by the Office for National Statistics; for display, not for measuring.',
    format: 'topojson',
    mediatype: 'application/json',
    section: 'wards',
    absentWhen: ABSENT_SET,
  },
];
