import { describe, expect, it } from 'vitest';
import { loadIndicatorChartData } from '../../src/lib/strategy-data';
import { availableCharts, indicatorChartModel, tickEvery } from '../../src/lib/strategy-indicator-chart';
import { tableCsv } from '../../src/lib/table-data';

const data = loadIndicatorChartData();

describe('the indicator chart documents embed', () => {
  it('shows the published figures, with the derived one marked and the target stated', () => {
    const m = indicatorChartModel('violent-crime', 'published', data);
    expect(m.table.rows).toEqual([
      { period: '2011/12 Q1 (April–June 2011)', period_start: '2011-04', period_end: '2011-06', value: 1207, status: 'derived' },
      { period: '2012/13 Q1 (April–June 2012)', period_start: '2012-04', period_end: '2012-06', value: 983, status: 'published' },
    ]);
    expect(m.summary).toContain('2012/13 Q1 (April–June 2012): 983 offences.');
    expect(m.summary).toContain('1,207 (derived from the change the report states), so 224 fewer.');
    expect(m.summary).toContain('Reduction in number of violent crimes within Bromley by 2%');
    expect(m.csvHref).toBe('/strategies/charts/violent-crime-published.csv');
    expect(m.svg).toContain('role="img"');
    expect(tableCsv(m.table).split('\n')[0]).toBe('period,period_start,period_end,value,status');
  });

  it('says no figure was published for confidence rather than drawing zero', () => {
    const m = indicatorChartModel('confidence', 'published', data);
    expect(m.table.rows[0]).toMatchObject({ value: null, status: 'not-published' });
    expect(m.summary).toMatch(/^No figure has been published for 2012\/13 Q1/);
    expect(m.svg).toContain('no figure');
  });

  it('recomputes the long series without the part-quarter at the end, and marks a quarter', () => {
    const m = indicatorChartModel('violent-crime', 'recomputed', data, { period: '2012/13 Q2', label: 'Draft strategy' });
    expect(m.table.rows[0]).toMatchObject({ quarter: '2010/11 Q1', offences: 993 });
    expect(m.table.rows.at(-1)).toMatchObject({ quarter: '2024/25 Q3' });
    expect(m.summary).toContain('January–February 2025 (2 months) is left out');
    expect(m.svg).toContain('Draft strategy');
  });

  it('fails the build, naming the indicator, when there is nothing to draw', () => {
    expect(() => indicatorChartModel('burglary-rate', 'published', data)).toThrow('IndicatorChart: "burglary-rate" is not an indicator id in data/kpi/indicators.csv');
    expect(() => indicatorChartModel('anti-social-behaviour', 'recomputed', data)).toThrow('has no recomputed quarterly series');
  });

  it('offers a download for every chart that can be drawn', () => {
    expect(availableCharts(data).map((c) => `${c.indicator}-${c.series}`).sort()).toEqual([
      'anti-social-behaviour-published', 'confidence-published', 'property-crime-published', 'property-crime-recomputed', 'violent-crime-published', 'violent-crime-recomputed',
    ]);
  });

  it('spaces axis labels so the last one never collides with the one before', () => {
    expect(tickEvery(59)).toBe(10);
    expect(tickEvery(6)).toBe(1);
    for (const n of [12, 40, 59, 60, 61, 100]) {
      const every = tickEvery(n);
      const rest = (n - 1) % every;
      expect(rest === 0 || rest >= every * 0.6, `n=${n}`).toBe(true);
    }
  });
});
