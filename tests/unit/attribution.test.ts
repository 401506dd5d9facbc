import { describe, expect, it } from 'vitest';
import { misattributions, tableSourceProblems, type CheckedDataset } from '../../src/lib/catalogue/attribution';

// A synthetic fixture: a portal configured for Haringey that still holds a KPI table
// sourced from Bromley's performance review, and ward figures from London-wide files.
const haringey = { code: 'E09000014', name: 'Haringey' };
const sources = [
  {
    source_id: 'sbp-performance-review-2012-q1',
    title: 'Performance Review: Quarter 1 2012/13',
    area_code: 'E09000006',
  },
  { source_id: 'mps-ward-crime', title: 'MPS Ward Level Crime', area_code: 'E12000007' },
  { source_id: 'census', title: 'Census 2021', area_code: 'K04000001' },
  { source_id: 'derby-case-study', title: 'A case study from Derby', area_code: 'E06000015' },
];
const kpi: CheckedDataset = {
  resource: { name: 'kpi-indicators' },
  file: 'data/kpi/indicators.csv',
  rows: [{ indicator_id: 'violent-crime', source_id: 'sbp-performance-review-2012-q1' }],
};
const wardCrime: CheckedDataset = {
  resource: { name: 'ward-crime' },
  file: 'data/wards/crime.csv',
  rows: [{ ward_code: 'E05013589', source_id: 'mps-ward-crime' }],
};

describe('misattributions', () => {
  it('stops a Bromley-sourced KPI table under a Haringey configuration, naming the dataset, the source and both areas', () => {
    const problems = misattributions(
      [kpi],
      [{ resource: 'kpi-indicators', source_id: 'sbp-performance-review-2012-q1' }],
      sources,
      haringey,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('data/kpi/indicators.csv');
    expect(problems[0]!.problem).toContain(
      'dataset "kpi-indicators" comes from source "sbp-performance-review-2012-q1" ("Performance Review: Quarter 1 2012/13"), which covers E09000006',
    );
    expect(problems[0]!.problem).toContain('the portal is for Haringey (area.code E09000014 in content/site.json)');
  });

  it('finds the source from the rows when table-sources.csv does not list it', () => {
    expect(misattributions([kpi], [], sources, haringey)).toHaveLength(1);
  });

  it('accepts sources covering the area itself or a wider area that contains it', () => {
    const census: CheckedDataset = {
      resource: { name: 'ward-population' },
      file: 'data/wards/population.csv',
      rows: [{ source_id: 'census' }],
    };
    expect(misattributions([wardCrime, census], [], sources, haringey)).toEqual([]);
    expect(misattributions([kpi], [], sources, { code: 'E09000006', name: 'Bromley' })).toEqual([]);
  });

  it("fails a London-wide portal on one borough's source", () => {
    expect(misattributions([kpi], [], sources, { code: 'E12000007', name: 'London' })).toHaveLength(1);
  });

  it('skips empty tables (a switched-off section) and tables that record what documents about other areas say', () => {
    const empty: CheckedDataset = { ...kpi, rows: [] };
    const outcomes: CheckedDataset = {
      resource: { name: 'strategy-outcomes', aboutArea: false },
      file: 'data/strategy/outcomes.csv',
      rows: [{ source_id: 'derby-case-study' }],
    };
    expect(
      misattributions(
        [empty, outcomes],
        [{ resource: 'kpi-indicators', source_id: 'sbp-performance-review-2012-q1' }],
        sources,
        haringey,
      ),
    ).toEqual([]);
  });

  it('checks files without rows by their listed sources', () => {
    const boundaries: CheckedDataset = {
      resource: { name: 'ward-boundaries' },
      file: 'data/geo/wards.topojson',
      rows: null,
    };
    expect(
      misattributions(
        [boundaries],
        [{ resource: 'ward-boundaries', source_id: 'sbp-performance-review-2012-q1' }],
        sources,
        haringey,
      ),
    ).toHaveLength(1);
    expect(
      misattributions([boundaries], [{ resource: 'ward-boundaries', source_id: 'mps-ward-crime' }], sources, haringey),
    ).toEqual([]);
  });

  it("requires rows that name their area to be within the portal's area", () => {
    const borough: CheckedDataset = {
      resource: { name: 'borough-crime', areaColumn: 'area_code' },
      file: 'data/borough/crime.csv',
      rows: [
        { area_code: 'E09000006', source_id: 'mps-ward-crime' },
        { area_code: 'E09000014', source_id: 'mps-ward-crime' },
      ],
    };
    const problems = misattributions([borough], [], sources, haringey);
    expect(problems).toEqual([
      {
        file: 'data/borough/crime.csv',
        column: 'area_code',
        value: 'E09000006',
        problem: expect.stringContaining("is not within the portal's area Haringey"),
      },
    ]);
  });
});

describe('tableSourceProblems', () => {
  const known = [
    { name: 'kpi-indicators' },
    { name: 'ward-crime' },
    { name: 'ward-overlaps', sources: [{ title: 'Computed by the portal' }] },
  ];

  it('accepts a dataset whose rows cite only listed sources, and one described in its definition', () => {
    const overlaps: CheckedDataset = {
      resource: { name: 'ward-overlaps' },
      file: 'data/wards/overlaps.csv',
      rows: [{ ward_code: 'x' }],
    };
    expect(
      tableSourceProblems([kpi, overlaps], known, [
        { resource: 'kpi-indicators', source_id: 'sbp-performance-review-2012-q1' },
      ]),
    ).toEqual([]);
  });

  it("does not ask tables of what documents say to list each document's source", () => {
    const actions: CheckedDataset = {
      resource: { name: 'strategy-actions', aboutArea: false },
      file: 'data/strategy/actions.csv',
      rows: [{ source_id: 'new-plan' }],
    };
    expect(
      tableSourceProblems(
        [actions],
        [{ name: 'strategy-actions' }],
        [{ resource: 'strategy-actions', source_id: 'derby-case-study' }],
      ),
    ).toEqual([]);
  });

  it('names a listed source that sources.csv lacks, but only for a published dataset', () => {
    const listed = [
      { resource: 'kpi-indicators', source_id: 'gone' },
      { resource: 'ward-crime', source_id: 'also-gone' },
    ];
    const problems = tableSourceProblems(
      [{ ...kpi, rows: [] }],
      known,
      listed,
      'table-sources.csv',
      new Set(['mps-ward-crime']),
    );
    expect(problems).toEqual([
      {
        file: 'table-sources.csv',
        row: 2,
        column: 'source_id',
        value: 'gone',
        problem: 'does not match any source_id in meta/sources.csv',
      },
    ]);
  });

  it('names a dataset without any source, a cited source that is not listed, and a listed dataset that does not exist', () => {
    const problems = tableSourceProblems([kpi, wardCrime], known, [
      { resource: 'kpi-indicator', source_id: 'sbp-performance-review-2012-q1' },
    ]).map((p) => `${p.row ?? ''} ${p.value ?? ''} ${p.problem}`);
    expect(problems).toEqual([
      '2 kpi-indicator is not a dataset in data/datapackage.json; expected a resource name such as kpi-indicators',
      '  lists no source for dataset "kpi-indicators" (data/kpi/indicators.csv); expected a row kpi-indicators,<source_id>',
      '  does not list source "sbp-performance-review-2012-q1" for dataset "kpi-indicators", though rows of data/kpi/indicators.csv cite it; expected a row kpi-indicators,sbp-performance-review-2012-q1',
      '  lists no source for dataset "ward-crime" (data/wards/crime.csv); expected a row ward-crime,<source_id>',
      '  does not list source "mps-ward-crime" for dataset "ward-crime", though rows of data/wards/crime.csv cite it; expected a row ward-crime,mps-ward-crime',
    ]);
  });
});
