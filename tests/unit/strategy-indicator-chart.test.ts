import { describe, expect, it } from 'vitest';
import { loadKpiData } from '../../src/lib/kpi/data';
import { embeddedChart } from '../../src/lib/strategy/indicator-chart';
import { csvHref } from '../../src/charts/figure';

const data = loadKpiData();

describe('the indicator chart documents embed', () => {
  it("is the indicator page's published chart, with its CSV and an id unique on the document", () => {
    const c = embeddedChart(data, 'anti-social-behaviour', 'published');
    expect(c.frameId).toBe('anti-social-behaviour-published');
    expect(csvHref(c.figure)).toBe('/indicators/anti-social-behaviour/published.csv');
    expect([c.figure.page, c.figure.anchor]).toEqual(['/indicators/anti-social-behaviour/', 'published']);
    expect(c.name).toBe('Anti-social behaviour');
    expect(c.figure.table.rows.map((r) => r.value)).toEqual([5003, 5534, 6100, 4570, 3923, 4584]);
    expect(c.figure.drawing?.wide).toContain('role="img"');
  });

  it('gives the long recomputed series for violent and property crime', () => {
    const c = embeddedChart(data, 'violent-crime', 'recomputed');
    expect(csvHref(c.figure)).toBe('/indicators/violent-crime/long-run.csv');
    expect(c.figure.table.rows[0]).toMatchObject({ quarter: '2010/11 Q1', recomputed: 993 });
  });

  it('fails the build, naming the indicator, when there is nothing to draw', () => {
    expect(() => embeddedChart(data, 'burglary-rate', 'published')).toThrow(
      'IndicatorChart: "burglary-rate" is not an indicator id in data/kpi/indicators.csv',
    );
    expect(() => embeddedChart(data, 'anti-social-behaviour', 'recomputed')).toThrow(
      'IndicatorChart: indicator "anti-social-behaviour" has no recomputed series; use series="published"',
    );
    expect(() => embeddedChart(data, 'confidence', 'weekly' as never)).toThrow(
      'series "weekly" is not one of published, recomputed',
    );
  });
});
