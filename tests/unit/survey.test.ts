/**
 * The confidence indicator's nearest published measure: MOPAC's Public Attitude Survey,
 * imported for the area and checked against the survey file as MOPAC's dashboard gave it
 * (decimal commas, day/month/year dates), read here independently of the import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sourcesDir } from '../../scripts/import/lib';
import { haveRawFiles } from '../helpers/raw-files';
import { surveyRows } from '../../scripts/import/mopac/pas';
import { loadKpiData } from '../../src/lib/kpi/data';
import { surveySeries, surveySpec } from '../../src/lib/kpi/survey';
import { currentSpecs } from '../../src/lib/kpi/specs';

const folder = join(sourcesDir(), 'mopac-pas-borough-2014-2023');
// The raw file, when it is here (tests/unit/raw-files.test.ts says when it is not, and fails under CI).
const original = haveRawFiles
  ? Papa.parse<string[]>(readFileSync(join(folder, 'PAS_Dashboard_Borough_original.csv'), 'utf8'), {
      skipEmptyLines: true,
    }).data.slice(1)
  : [];
/** Bromley's "Good Job" local figures in the original file, by ISO quarter end: [borough, London]. */
const bromley = new Map<string, readonly [number, number]>(
  original
    .filter((r) => r[2] === 'Bromley' && r[3] === '"Good Job" local')
    .map((r) => {
      const [d, m, y] = r[0]!.split('/');
      const iso: string = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
      return [iso, [Number(r[4]!.replace(',', '.')), Number(r[5]!.replace(',', '.'))] as const];
    }),
);
const data = loadKpiData();
const confidence = data.indicators.find((i) => i.indicator_id === 'confidence')!;

describe('Public Attitude Survey, good job in the local area', () => {
  it.runIf(haveRawFiles)(
    'publishes every quarter of the original file for the area, to December 2023, value for value',
    () => {
      const rows = surveySeries(confidence);
      expect(rows).toHaveLength(bromley.size);
      expect(rows).toHaveLength(37);
      expect(rows.at(-1)).toMatchObject({ quarter_end: '2023-12-31', period_start: '2023-01', period_end: '2023-12' });
      for (const r of rows) expect([r.proportion, r.london_proportion]).toEqual(bromley.get(r.quarter_end));
    },
  );

  it('shows it as the nearest published measure, labelled a different question, with no target verdict', () => {
    const spec = surveySpec(data, confidence)!;
    expect(currentSpecs(data, confidence).map((s) => s.anchor)).toEqual(['survey']);
    expect(spec.summary).toContain('51% of Bromley residents asked agreed that the police do a good job');
    expect(spec.summary).toContain("not the confidence indicator's own question");
    expect(spec.summary).toContain("the partnership's target is not applied");
    expect(spec.summary).not.toMatch(/on track|off track|meeting the target/i);
    expect(spec.table.rows.at(-1)).toMatchObject({ period_end: '2023-12', area_percent: 51, london_percent: 47 });
  });

  it('stops the import, naming the row, on a share it cannot read and on an area with no rows', () => {
    const good = {
      quarter_end: '2023-12-31',
      borough: 'Bromley',
      measure: 'Good Job local',
      proportion: '0.51',
      mps_proportion: '0.47',
    };
    expect(() => surveyRows([{ ...good, proportion: '0,51' }], 'E09000006', 'Bromley', 'pas.csv')).toThrow(
      'pas.csv row 2, column proportion: "0,51" is not a share between 0 and 1',
    );
    expect(() => surveyRows([good], 'E09000001', 'City of London', 'pas.csv')).toThrow(
      /no "Good Job local" rows for City of London/,
    );
    expect(surveyRows([good, { ...good, borough: 'Bexley', proportion: '0.6' }], 'E12000007', null, 'pas.csv')).toEqual(
      [expect.objectContaining({ area_code: 'E12000007', proportion: '0.47', london_proportion: '0.47' })],
    );
  });
});
