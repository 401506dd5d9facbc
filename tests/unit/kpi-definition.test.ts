/**
 * Definitions as counted: an indicator page lists exactly the police categories its latest
 * figure adds up, from the same rows, and names how that differs from the 2012 definition.
 */
import { describe, expect, it } from 'vitest';
import { loadKpiData } from '../../src/lib/kpi/data';
import { loadCurrentSeries } from '../../src/lib/kpi/current';
import { definitionAsCounted, differenceSentence, loadDefinition } from '../../src/lib/kpi/definition';

const data = loadKpiData();
const indicator = (id: string) => data.indicators.find((i) => i.indicator_id === id)!;

describe('the categories an indicator counts', () => {
  it.each(['violent-crime', 'property-crime'])('%s: the categories listed add up to the latest figure', (id) => {
    const d = loadDefinition(data, indicator(id))!;
    const series = loadCurrentSeries(data, indicator(id))!;
    expect(d.counted.reduce((n, c) => n + c.count, 0)).toBe(series.comparison!.latest.total);
    expect(d.period).toEqual({ start: series.comparison!.latest.start, end: series.comparison!.latest.end });
  });

  it('violence: counts homicide and death by driving, which 2012 did not name; blackmail is not in these files', () => {
    const d = loadDefinition(data, indicator('violent-crime'))!;
    expect(d.sources).toEqual(['wards']);
    expect(d.added.map((c) => c.minor_category).sort()).toEqual(['DEATH SERIOUS INJURY ILLEGAL DRIVING', 'HOMICIDE']);
    expect(d.missing).toEqual(['Blackmail']);
    expect(new Set(d.counted.map((c) => c.major_category))).toEqual(new Set(['VIOLENCE AGAINST THE PERSON']));
    expect(differenceSentence(d)).toMatch(
      /^Compared with the 2012 definition, it includes .*homicide \(\d+ offences?\).*, which the 2012 list did not name; the 2012 list had blackmail, which these files do not record separately\./,
    );
  });

  it('property: counts arson and interfering with a motor vehicle, which 2012 did not name', () => {
    const d = loadDefinition(data, indicator('property-crime'))!;
    expect(d.added.map((c) => c.minor_category).sort()).toEqual(['ARSON', 'INTERFERING WITH A MOTOR VEHICLE']);
    expect(d.missing).toEqual([]);
  });

  it('takes each month from the source the series takes it from', () => {
    const series = loadCurrentSeries(data, indicator('violent-crime'))!;
    const month = series.monthly.at(-1)!.month;
    const row = { major_category: 'VIOLENCE AGAINST THE PERSON', minor_category: 'HOMICIDE', count: 1 };
    const d = definitionAsCounted(data, indicator('violent-crime'), series, [], {
      // The borough file's rows for a month the series takes from the ward sums are not counted.
      borough: [{ ...row, month, count: 100 }],
      wards: [{ ...row, month }],
    })!;
    expect(d.counted).toEqual([{ ...row, offences2012: [], notes: [] }]);
  });
});
