/**
 * The dashboard on current data: the recomputed monthly series against hand sums from
 * the raw police files, the splice of borough and ward sources, rolling totals,
 * quarters, and the target arithmetic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadKpiData } from '../../src/lib/kpi/data';
import { loadCurrentSeries, yearTargetLevels } from '../../src/lib/kpi/current';
import {
  overlapAgreement,
  portfolioByMonth,
  quarterTotals,
  indicatorSeries,
  rollingTotals,
  spliceSeries,
  type MonthPoint,
} from '../../src/lib/kpi/monthly';
import { compareWithRule, targetThreshold } from '../../src/lib/kpi/targets';
import {
  currentVerdictSentence,
  quartersSpec,
  rollingSpec,
  sourceDifferenceSentence,
} from '../../src/lib/kpi/current-charts';
import { sourcesDir } from '../../scripts/import/lib';
import { describeWithRawFiles, haveRawFiles } from '../helpers/raw-files';
import { addMonths } from '../../src/core/periods';

/** The raw Bromley files, read here with an independent CSV parser (none when they are missing: see raw-files.test.ts). */
function raw(folder: string, file: string): Record<string, string>[] {
  if (!haveRawFiles) return [];
  return Papa.parse<Record<string, string>>(readFileSync(join(sourcesDir(), folder, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}
const boroughRaw = raw('mps-borough-crime-2010-2025', 'bromley_mps_borough_crime_201004-202502_long.csv');
const wardRaw = raw('mps-ward-crime-2023-2026-newwards', 'bromley_mps_ward_crime_2023-04_to_2026-01_merged_long.csv');

// The portfolios by MPS major category, written out from Appendix 1 of the Performance
// Review, independently of data/borough/portfolio-mapping.csv.
const MAJORS = {
  'violent-crime': ['VIOLENCE AGAINST THE PERSON'],
  'property-crime': ['ARSON AND CRIMINAL DAMAGE', 'BURGLARY', 'ROBBERY', 'THEFT', 'VEHICLE OFFENCES'],
};
const handSum = (rows: Record<string, string>[], majors: string[], month: string) =>
  rows.filter((r) => r.Month === month && majors.includes(r.MajorText ?? '')).reduce((s, r) => s + Number(r.Count), 0);

const data = loadKpiData();
const indicator = (id: string) => data.indicators.find((i) => i.indicator_id === id)!;

describe('the recomputed monthly series', () => {
  // Against the raw files: skipped without them (tests/unit/raw-files.test.ts says so, and fails under CI).
  describeWithRawFiles('against the raw files', () => {
    for (const [id, majors] of Object.entries(MAJORS)) {
      const series = loadCurrentSeries(data, indicator(id))!;
      const at = (m: string) => series.monthly.find((p) => p.month === m);

      it(`${id}: borough months equal hand sums of the raw borough file`, () => {
        for (const month of ['2010-04', '2012-06', '2019-11', '2024-01']) {
          expect(at(month)).toEqual({ month, count: handSum(boroughRaw, majors, month), source: 'borough' });
        }
      });

      it(`${id}: the 24 months compared, and the months after the borough file, are hand sums of the raw ward file`, () => {
        for (const month of ['2024-02', '2025-02', '2025-03', '2025-09', '2026-01']) {
          expect(at(month)).toEqual({ month, count: handSum(wardRaw, majors, month), source: 'wards' });
        }
        expect(series.monthly.at(-1)!.month).toBe('2026-01');
        expect(series.monthly).toHaveLength(190); // April 2010 to January 2026, no gap
      });

      it(`${id}: the latest 12 months and the 12 before are hand sums of one ward extract`, () => {
        const months = (from: number, to: number) => series.monthly.slice(from, to).map((p) => p.month);
        const sum = (ms: string[]) => ms.reduce((s, m) => s + handSum(wardRaw, majors, m), 0);
        expect(series.comparison!.latest.total).toBe(sum(months(-12, series.monthly.length)));
        expect(series.comparison!.previous.total).toBe(sum(months(-24, -12)));
        expect(new Set(wardRaw.filter((r) => r.Month! >= '2024-02').map((r) => r.SourceVintage))).toEqual(
          new Set(series.comparisonSource.extracts),
        );
      });

      it(`${id}: shows one figure per period: the comparison, the 12-month totals and the quarters agree`, () => {
        const rolling = (end: string) => series.rolling.find((r) => r.end === end)!;
        expect(rolling('2026-01').total).toBe(series.comparison!.latest.total);
        expect(rolling('2025-01').total).toBe(series.comparison!.previous.total);
        const q = series.quarters.find((x) => x.financial_year === '2024/25' && x.quarter === 3)!;
        expect(q.count).toBe(['2024-10', '2024-11', '2024-12'].reduce((n, m) => n + at(m)!.count, 0));
        expect(q.wardMonths).toBe(3);
        expect(series.coverage.borough).toEqual({ from: '2010-04', to: '2024-01', fileEnd: '2025-02' });
      });

      it(`${id}: measures the overlap month by month`, () => {
        expect(series.overlap[0]!.month).toBe('2023-04');
        expect(series.overlap.at(-1)!.month).toBe('2025-02');
        const jan25 = series.overlap.find((o) => o.month === '2025-01')!;
        expect(jan25.borough).toBe(handSum(boroughRaw, majors, '2025-01'));
        expect(jan25.wards).toBe(handSum(wardRaw, majors, '2025-01'));
      });
    }
  });

  it('pins hand-checked values (summed with awk over the raw long files)', () => {
    const v = loadCurrentSeries(data, indicator('violent-crime'))!;
    const p = loadCurrentSeries(data, indicator('property-crime'))!;
    // awk -F, '$1=="VIOLENCE AGAINST THE PERSON" && $3=="2012-04"{s+=$4} END{print s}' on the borough long file
    expect(v.monthly.find((x) => x.month === '2012-04')!.count).toBe(254);
    // the same over the ward long file ($3 major, $5 month, $6 count) for 2025-03
    expect(v.monthly.find((x) => x.month === '2025-03')!.count).toBe(548);
    expect(p.monthly.find((x) => x.month === '2026-01')!.count).toBe(911);
    expect(v.comparison).toMatchObject({
      latest: { start: '2025-02', end: '2026-01', total: 6684 },
      previous: { start: '2024-02', end: '2025-01', total: 6570 },
      threshold: 6438,
      met: false,
    });
    expect(p.comparison).toMatchObject({
      latest: { total: 12819 },
      previous: { total: 13691 },
      threshold: 13417,
      met: true,
    });
    expect(v.straddlesCategoryChange).toBe(false);
    // The borough file gives 6,673 for February 2024–January 2025; the page uses the ward sums (6,570) and says so.
    expect(sourceDifferenceSentence(v)).toContain('it gives 6,673 for those 12 months, 103 more than the 6,570');
  });

  it('tests the same months for normal variation, and says both verdicts in one sentence', () => {
    const v = loadCurrentSeries(data, indicator('violent-crime'))!;
    expect(v.variation).toMatchObject({ earlier: 6570, later: 6684, significant: false });
    expect(currentVerdictSentence(v)).toBe(
      'Up 1.7% on the year before: the 2012/13 rule (−2%) is not met; the rise is within normal year-to-year variation.',
    );
  });

  it('gives no current series for indicators whose portfolio maps to no police category', () => {
    expect(loadCurrentSeries(data, indicator('anti-social-behaviour'))).toBeNull();
    expect(loadCurrentSeries(data, indicator('confidence'))).toBeNull();
    expect(indicator('anti-social-behaviour').current_source).toContain('data.police.uk');
    expect(indicator('confidence').current_source).toContain('Public Attitude Survey');
  });
});

describe('target arithmetic', () => {
  it('takes "no more than" thresholds from the unrounded value, rounded down', () => {
    expect(targetThreshold(1207, -2, 'lower-is-better')).toEqual({ exact: 1182.86, threshold: 1182 });
    expect(targetThreshold(5534, -10, 'lower-is-better')).toEqual({ exact: 4980.6, threshold: 4980 });
    expect(targetThreshold(6570, -2, 'lower-is-better')).toEqual({ exact: 6438.6, threshold: 6438 });
  });
  it('keeps a whole-number product whole (no binary-fraction slip below it)', () => {
    expect(targetThreshold(1000, -2, 'lower-is-better').threshold).toBe(980);
    expect(targetThreshold(350, -2, 'lower-is-better').threshold).toBe(343);
    expect(targetThreshold(4100, -2, 'lower-is-better').threshold).toBe(4018);
  });
  it('rounds "at least" thresholds up', () => {
    expect(targetThreshold(51, 3, 'higher-is-better')).toEqual({ exact: 52.53, threshold: 53 });
  });
  it('meets the rule at the threshold and misses it one above', () => {
    const prev = { start: '2024-02', end: '2025-01', total: 1207 };
    expect(
      compareWithRule({ start: '2025-02', end: '2026-01', total: 1182 }, prev, -2, 'lower-is-better'),
    ).toMatchObject({ met: true, tone: 'ahead', label: 'Meeting the target rule', change: { count: -25 } });
    expect(
      compareWithRule({ start: '2025-02', end: '2026-01', total: 1183 }, prev, -2, 'lower-is-better'),
    ).toMatchObject({ met: false, tone: 'behind', label: 'Not meeting the target rule' });
  });
  it("sets each financial year's level from the year before", () => {
    const v = loadCurrentSeries(data, indicator('violent-crime'))!;
    const levels = yearTargetLevels(v);
    const fy1213 = v.years.find((y) => y.financial_year === '2011/12')!.total;
    expect(levels.get('2012/13')).toBe(Math.floor((fy1213 * 98) / 100));
    expect(levels.has('2010/11')).toBe(false);
  });
});

describe('series building blocks', () => {
  const mapping = [
    { major_category: 'THEFT', minor_category: 'SHOPLIFTING', portfolio: 'property' },
    { major_category: 'DRUGS', minor_category: 'POSSESSION', portfolio: 'none' },
  ];
  const row = (month: string, minor: string, count: number) => ({
    month,
    major_category: minor === 'POSSESSION' ? 'DRUGS' : 'THEFT',
    minor_category: minor,
    count,
  });

  it('sums a portfolio by month and names the file on an unmapped category', () => {
    const m = portfolioByMonth(
      [row('2024-01', 'SHOPLIFTING', 3), row('2024-01', 'POSSESSION', 9), row('2024-02', 'POSSESSION', 1)],
      mapping,
      'property',
      'x.csv',
    );
    expect([...m]).toEqual([
      ['2024-01', 3],
      ['2024-02', 0],
    ]);
    expect(() =>
      portfolioByMonth(
        [{ month: '2024-01', major_category: 'THEFT', minor_category: 'NEW', count: 1 }],
        mapping,
        'property',
        'x.csv',
      ),
    ).toThrow('x.csv: category "THEFT / NEW" (month 2024-01) has no row in data/borough/portfolio-mapping.csv');
  });

  it('continues the borough series with ward months only after it ends and only without a gap', () => {
    const borough = new Map([
      ['2024-01', 10],
      ['2024-02', 11],
    ]);
    const wards = new Map([
      ['2024-02', 99],
      ['2024-03', 12],
      ['2024-04', 13],
      ['2024-06', 15],
    ]);
    expect(spliceSeries(borough, wards)).toEqual([
      { month: '2024-01', count: 10, source: 'borough' },
      { month: '2024-02', count: 11, source: 'borough' },
      { month: '2024-03', count: 12, source: 'wards' },
      { month: '2024-04', count: 13, source: 'wards' },
    ]);
    expect(() =>
      spliceSeries(
        new Map([
          ['2024-01', 1],
          ['2024-03', 1],
        ]),
        wards,
      ),
    ).toThrow('the borough series has no figures for 2024-02');
    expect(overlapAgreement(borough, wards)).toEqual([
      { month: '2024-02', borough: 11, wards: 99, difference: 88, percent: 800 },
    ]);
  });

  it('takes all 24 compared months from the ward sums when the borough file stops inside them', () => {
    const months = Array.from({ length: 30 }, (_, i) => addMonths('2023-01', i));
    const borough = new Map(months.slice(0, 26).map((m) => [m, 100]));
    const wards = new Map(months.slice(4).map((m) => [m, 90]));
    const s = indicatorSeries(borough, wards);
    expect(s).toHaveLength(30);
    expect(s.slice(0, 6).every((p) => p.source === 'borough' && p.count === 100)).toBe(true);
    expect(s.slice(6).every((p) => p.source === 'wards' && p.count === 90)).toBe(true);
    // Ward sums that do not cover the 24 months leave the series as the borough file continued.
    const short = new Map(months.slice(10).map((m) => [m, 90]));
    expect(indicatorSeries(borough, short).filter((p) => p.source === 'wards')).toHaveLength(4);
    // A borough file that covers them all is used throughout.
    expect(indicatorSeries(new Map(months.map((m) => [m, 100])), wards).every((p) => p.source === 'borough')).toBe(
      true,
    );
  });

  it('rolls 12-month totals and counts the ward months in each', () => {
    const pts: MonthPoint[] = Array.from({ length: 14 }, (_, i) => ({
      month: addMonths('2024-01', i),
      count: i + 1,
      source: i >= 12 ? 'wards' : 'borough',
    }));
    const r = rollingTotals(pts);
    expect(r).toHaveLength(3);
    expect(r[0]).toEqual({ start: '2024-01', end: '2024-12', total: 78, wardMonths: 0 });
    expect(r[2]).toEqual({ start: '2024-03', end: '2025-02', total: 102, wardMonths: 2 });
  });

  it('groups months into financial-year quarters and marks the partial last one', () => {
    const pts: MonthPoint[] = ['2024-04', '2024-05', '2024-06', '2024-07'].map((month, i) => ({
      month,
      count: 10 * (i + 1),
      source: 'borough',
    }));
    expect(quarterTotals(pts)).toEqual([
      {
        financial_year: '2024/25',
        quarter: 1,
        start: '2024-04',
        end: '2024-06',
        months: 3,
        complete: true,
        count: 60,
        wardMonths: 0,
      },
      {
        financial_year: '2024/25',
        quarter: 2,
        start: '2024-07',
        end: '2024-07',
        months: 1,
        complete: false,
        count: 40,
        wardMonths: 0,
      },
    ]);
  });
});

describe('current chart specs', () => {
  it("puts every rolling total and its year's target level in the table, labelled as recomputed", () => {
    const v = loadCurrentSeries(data, indicator('violent-crime'))!;
    const spec = rollingSpec(data, v);
    expect(spec.table.rows).toHaveLength(v.rolling.length);
    expect(spec.table.rows.at(-1)).toMatchObject({ period_end: '2026-01', financial_year: '2025/26', ward_months: 12 });
    expect(spec.table.caption).toContain('recomputed from police open data; not an official partnership figure');
    expect(`${spec.drawing?.wide}${spec.drawing?.phone}`).toContain('Categories change');
    const q = quartersSpec(data, v);
    expect(q.table.rows.find((r) => r.quarter === '2012/13 Q1')).toMatchObject({ published: 983 });
    expect(q.summary).toContain('2025/26 Q4 has only 1 month of data');
  });
});
