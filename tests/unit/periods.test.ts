import { describe, expect, it } from 'vitest';
import {
  addMonths,
  extractWords,
  financialQuarter,
  financialYear,
  monthExtent,
  monthRange,
  monthSpan,
  periodLabel,
  quarterMonths,
} from '../../src/core/periods';

describe('financial years and quarters', () => {
  it.each([
    ['2012-03', '2011/12', 4],
    ['2012-04', '2012/13', 1],
    ['2012-06', '2012/13', 1],
    ['2012-07', '2012/13', 2],
    ['2012-12', '2012/13', 3],
    ['2013-01', '2012/13', 4],
    ['1999-05', '1999/00', 1],
  ])('%s is in %s Q%i', (month, fy, q) => {
    expect(financialYear(month)).toBe(fy);
    expect(financialQuarter(month)).toBe(q);
  });
  it('gives the months of a quarter', () => {
    expect(quarterMonths('2012/13', 1)).toEqual({ start: '2012-04', end: '2012-06' });
    expect(quarterMonths('2012/13', 4)).toEqual({ start: '2013-01', end: '2013-03' });
  });
  it('writes periods in words', () => {
    expect(periodLabel('2012-04', '2012-06')).toBe('April–June 2012');
    expect(periodLabel('2012-11', '2013-01')).toBe('November 2012–January 2013');
    expect(periodLabel('2012-04', '2012-04')).toBe('April 2012');
  });
  it('steps across year ends', () => {
    expect(addMonths('2012-12', 1)).toBe('2013-01');
    expect(addMonths('2012-01', -1)).toBe('2011-12');
    expect(monthRange('2011-11', '2012-02')).toEqual(['2011-11', '2011-12', '2012-01', '2012-02']);
  });
});

describe('the earliest and latest month', () => {
  it('finds both ends of unordered months, and null for none', () => {
    expect(monthExtent(['2024-03', '2023-11', '2025-01', '2024-12'])).toEqual({ start: '2023-11', end: '2025-01' });
    expect(monthExtent(['2026-01'])).toEqual({ start: '2026-01', end: '2026-01' });
    expect(monthExtent([])).toBeNull();
  });
});

describe('month spans in CSV files', () => {
  it('writes one month as itself and several as first/last', () => {
    expect(monthSpan(['2026-01'])).toBe('2026-01');
    expect(monthSpan(monthRange('2025-02', '2026-01'))).toBe('2025-02/2026-01');
  });
});

describe('police extract codes in words', () => {
  it('says the months a 24-month extract covers, never the code', () => {
    expect(extractWords('202402-202601')).toBe('the file for February 2024–January 2026');
    expect(extractWords('202304-202503')).toBe('the file for April 2023–March 2025');
  });
  it('leaves anything that is not an extract code as it is', () => {
    expect(extractWords('historical')).toBe('historical');
  });
});
