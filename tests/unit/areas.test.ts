import { describe, expect, it } from 'vitest';
import {
  areaContains,
  ENGLAND,
  ENGLAND_AND_WALES,
  GREAT_BRITAIN,
  LONDON,
  SCOTLAND,
  UK,
  WALES,
} from '../../src/core/areas';

// Synthetic codes of the right shape: a London borough, a unitary authority, a Welsh and a Scottish council.
const BOROUGH = 'E09000014';
const OTHER_BOROUGH = 'E09000006';
const UNITARY = 'E06000015';
const WELSH = 'W06000015';
const SCOTTISH = 'S12000036';

describe('areaContains', () => {
  it('counts an area as containing itself', () => {
    expect(areaContains(BOROUGH, BOROUGH)).toBe(true);
    expect(areaContains(LONDON, LONDON)).toBe(true);
  });

  it('puts a London borough within London, England, England and Wales, Great Britain and the UK', () => {
    for (const outer of [LONDON, ENGLAND, ENGLAND_AND_WALES, GREAT_BRITAIN, UK])
      expect(areaContains(outer, BOROUGH), outer).toBe(true);
  });

  it('never puts one borough inside another, or a wider area inside a narrower one', () => {
    expect(areaContains(OTHER_BOROUGH, BOROUGH)).toBe(false);
    expect(areaContains(BOROUGH, LONDON)).toBe(false);
    expect(areaContains(LONDON, ENGLAND)).toBe(false);
    expect(areaContains(ENGLAND, ENGLAND_AND_WALES)).toBe(false);
    expect(areaContains(ENGLAND_AND_WALES, UK)).toBe(false);
  });

  it('keeps London to the London boroughs', () => {
    expect(areaContains(LONDON, UNITARY)).toBe(false);
    expect(areaContains(LONDON, WELSH)).toBe(false);
  });

  it('places councils in their own nations only', () => {
    expect(areaContains(WALES, WELSH)).toBe(true);
    expect(areaContains(ENGLAND, WELSH)).toBe(false);
    expect(areaContains(ENGLAND_AND_WALES, WELSH)).toBe(true);
    expect(areaContains(ENGLAND_AND_WALES, SCOTTISH)).toBe(false);
    expect(areaContains(SCOTLAND, SCOTTISH)).toBe(true);
    expect(areaContains(GREAT_BRITAIN, SCOTTISH)).toBe(true);
    expect(areaContains(UK, 'N09000003')).toBe(true);
    expect(areaContains(GREAT_BRITAIN, 'N09000003')).toBe(false);
  });

  it('nests the country groupings', () => {
    expect(areaContains(UK, GREAT_BRITAIN)).toBe(true);
    expect(areaContains(GREAT_BRITAIN, ENGLAND_AND_WALES)).toBe(true);
    expect(areaContains(ENGLAND_AND_WALES, ENGLAND)).toBe(true);
    expect(areaContains(UK, LONDON)).toBe(true);
  });
});
