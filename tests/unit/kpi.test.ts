import { describe, expect, it } from 'vitest';
import { change, headline, sameQuarterLastYear, targetStatus } from '../../src/lib/kpi/status';
import { breakdown, publishedTrend } from '../../src/lib/kpi/charts';
import { reconciliation } from '../../src/lib/kpi/recomputed';
import { financialYearTotals } from '../../src/lib/kpi/borough-trend';
import type { Indicator, KpiData, Observation, Target } from '../../src/lib/kpi/data';
import { figureCsv } from '../../src/charts/figure';
import { siteConfig } from '../../src/lib/site';

// A small synthetic bundle: one indicator with a total and one sub-measure.
const indicator: Indicator = {
  indicator_id: 'thefts',
  number: 1,
  title: 'Fewer thefts',
  short_title: 'Thefts',
  portfolio: 'Theft',
  unit: 'offences',
  polarity: 'lower-is-better',
  definition: 'Thefts.',
  source_id: 'doc',
  source_section: '1',
  current_source: null,
  current_measure: null,
};
const obs = (
  measure_id: string,
  start: string,
  end: string,
  value: number | null,
  status: Observation['status'] = 'published',
): Observation => ({
  measure_id,
  period_start: start,
  period_end: end,
  period_label: `${start} to ${end}`,
  value,
  status,
  derivation: status === 'derived' ? 'sum' : null,
  note_ids: [],
  source_id: 'doc',
  source_section: '2',
});
const target: Target = {
  indicator_id: 'thefts',
  year: '2012/13',
  kind: 'percent-change',
  value: -2,
  wording: 'Reduce thefts by 2%',
  agreed: '2012-06-28',
  source_id: 'doc',
  source_section: '3',
};
const data: KpiData = {
  indicators: [indicator],
  measures: [
    {
      measure_id: 'thefts-total',
      indicator_id: 'thefts',
      name: 'All thefts',
      role: 'total',
      sort_order: 0,
      source_id: 'doc',
      source_section: '1',
    },
    {
      measure_id: 'shop',
      indicator_id: 'thefts',
      name: 'Shoplifting',
      role: 'offence',
      sort_order: 1,
      source_id: 'doc',
      source_section: '1',
    },
  ],
  observations: [
    obs('thefts-total', '2012-04', '2012-06', 90),
    obs('thefts-total', '2011-04', '2011-06', 100, 'derived'),
    obs('shop', '2012-04', '2012-06', 40),
    obs('shop', '2011-04', '2011-06', 30),
  ],
  statements: [],
  targets: [target],
  notes: [],
  sources: [
    {
      source_id: 'doc',
      kind: 'document',
      title: 'A report',
      publisher: 'A partnership',
      published: 'June 2012',
      url: null,
      licence: 'n/a',
      area_code: 'E09000001',
      note: null,
    },
    {
      source_id: 'mps-borough-crime',
      kind: 'dataset',
      title: 'Police counts',
      publisher: 'A police force',
      published: null,
      url: null,
      licence: 'n/a',
      area_code: 'E12000007',
      note: null,
    },
  ],
  recomputed: [
    {
      area_code: 'E09000001',
      measure_id: 'thefts-total',
      financial_year: '2012/13',
      quarter: 1,
      period_start: '2012-04',
      period_end: '2012-06',
      months: 3,
      status: 'complete',
      count: 81,
    },
  ],
  mapping: [],
};

describe('target status', () => {
  it('is on track when the fall beats a percent-change target', () => {
    expect(targetStatus(indicator, target, undefined, { percent: -10 })).toMatchObject({
      tone: 'ahead',
      label: 'On track',
    });
  });
  it('is off track when the change is worse than the target', () => {
    expect(targetStatus(indicator, target, undefined, { percent: -1 })).toMatchObject({
      tone: 'behind',
      label: 'Off track',
    });
    expect(targetStatus(indicator, target, undefined, { percent: 5 }).tone).toBe('behind');
  });
  it('judges a level target against the level, and says so when no figure exists', () => {
    const conf: Indicator = { ...indicator, polarity: 'higher-is-better', unit: 'percent' };
    const level: Target = { ...target, kind: 'level-percent', value: 55 };
    expect(targetStatus(conf, level, obs('c', '2012-04', '2012-06', 56), null).tone).toBe('ahead');
    expect(targetStatus(conf, level, obs('c', '2012-04', '2012-06', 54), null).tone).toBe('behind');
    expect(targetStatus(conf, level, obs('c', '2012-04', '2012-06', null, 'not-published'), null)).toMatchObject({
      tone: 'none',
      label: 'No figure yet',
    });
  });
});

describe('headline', () => {
  it('compares the latest quarter with the same quarter a year earlier', () => {
    const h = headline(data, indicator);
    expect(h.latest?.value).toBe(90);
    expect(h.previous?.value).toBe(100);
    expect(h.change).toEqual({ count: -10, percent: -10 });
    expect(h.status.tone).toBe('ahead');
  });
  it('finds the same quarter last year only for the same months', () => {
    const all = [obs('x', '2011-04', '2011-06', 1), obs('x', '2011-07', '2011-09', 2)];
    expect(sameQuarterLastYear(all, obs('x', '2012-04', '2012-06', 3))?.value).toBe(1);
    expect(sameQuarterLastYear(all, obs('x', '2012-10', '2012-12', 3))).toBeUndefined();
  });
  it('gives no change when a figure is missing', () => {
    expect(change(null, 5)).toBeNull();
    expect(change(5, undefined)).toBeNull();
  });
});

describe('indicator chart specs', () => {
  it('puts the same numbers in the table, the CSV and the chart', () => {
    const spec = publishedTrend(data, indicator);
    expect(spec.table.rows.map((r) => r.value)).toEqual([100, 90]);
    // The file names its area and indicator before the columns the page shows.
    const { code, name } = siteConfig().area;
    expect(figureCsv(spec)).toBe(
      `area_code,area_name,indicator_id,period,period_start,period_end,value,status,source_section\n${code},${name},thefts,2011-04 to 2011-06,2011-04,2011-06,100,Derived from a stated change,2\n${code},${name},thefts,2012-04 to 2012-06,2012-04,2012-06,90,Published,2\n`,
    );
    expect(`${spec.drawing?.wide}${spec.drawing?.phone}`).toContain('Target level for');
    expect(spec.summary).toContain('10 fewer (−10%)');
    expect(spec.summary).toContain('no more than 98');
  });
  it('breaks the indicator down by sub-measure with the earlier figure beside it', () => {
    const spec = breakdown(data, indicator);
    expect(spec?.table.rows).toEqual([
      { measure: 'Shoplifting', latest: 40, previous: 30, previous_status: 'Published' },
    ]);
  });
  it('reconciles the published total with the recomputed one', () => {
    const spec = reconciliation(data, indicator);
    expect(spec?.table.rows).toEqual([
      {
        measure: 'All thefts',
        period: '2012-04 to 2012-06',
        published: 90,
        recomputed: 81,
        difference: -9,
        difference_percent: -10,
      },
    ]);
  });
});

describe('financialYearTotals', () => {
  it('adds months into April–March years and counts months with data', () => {
    const row = (month: string, count: number) => ({
      area_code: 'E09000001',
      month,
      major_category: 'A',
      minor_category: 'B',
      count,
      extract: 'historical' as const,
    });
    expect(financialYearTotals([row('2012-03', 5), row('2012-04', 7), row('2013-03', 1), row('2012-04', 2)])).toEqual([
      { year: '2011/12', months: 1, total: 5, first: '2012-03', last: '2012-03' },
      { year: '2012/13', months: 2, total: 10, first: '2012-04', last: '2013-03' },
    ]);
  });
});
