/** The ward map's periods: a month the source has no figures for gets no map, which would show every ward at 0. */
import { describe, expect, it } from 'vitest';
import { LATEST_12, mapPeriods } from '../../src/lib/wards/map';

describe('mapPeriods', () => {
  const months = ['2024-01', '2024-02', '2024-03', '2024-04'];

  it('offers the latest 12 months, then every month newest first', () => {
    expect(mapPeriods(months, new Set())).toEqual([LATEST_12, '2024-04', '2024-03', '2024-02', '2024-01']);
  });

  it('leaves out a month with no figures', () => {
    expect(mapPeriods(months, new Set(['2024-02']))).toEqual([LATEST_12, '2024-04', '2024-03', '2024-01']);
  });
});
