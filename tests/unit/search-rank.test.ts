import { describe, expect, it } from 'vitest';
import { isSearchedAs, rankResults, SUPERSEDED_GIVES_WAY_WITHIN } from '../../src/lib/search';

const map = {
  score: 9,
  meta: { title: 'Possession of weapons by ward: map', searched_as: 'knife crime, knives, weapons' },
};
const programme = { score: 31, meta: { title: 'Double Edge Knife Crime Programme' } };
const oldWard = {
  score: 26.23,
  meta: { title: 'Penge and Cator ward (2002–2022 wards)', superseded: 'boundaries replaced in May 2022' },
};
const newWard = { score: 26.18, meta: { title: 'Penge & Cator ward (May 2022 wards)' } };
const wardsIndex = { score: 7, meta: { title: 'Crime by ward' } };

describe('site search order', () => {
  it('puts a page searched for by exactly the words typed before better-scoring pages that merely contain them', () => {
    expect(rankResults([programme, map, wardsIndex], 'Knife crime')).toEqual([map, programme, wardsIndex]);
    expect(isSearchedAs(map, ' knives ')).toBe(true);
    // A phrase must match whole: part of one is not enough.
    expect(isSearchedAs(map, 'knife')).toBe(false);
    expect(rankResults([programme, map], 'knife')).toEqual([programme, map]);
  });

  it('lets a superseded page give way to a current page that scored almost as well', () => {
    expect(rankResults([oldWard, newWard, wardsIndex], 'Penge')).toEqual([newWard, oldWard, wardsIndex]);
  });

  it('keeps a superseded page first when it matched clearly better', () => {
    const weakCurrent = { score: oldWard.score * SUPERSEDED_GIVES_WAY_WITHIN * 0.95, meta: { title: 'Another ward' } };
    expect(rankResults([oldWard, weakCurrent], 'Penge')).toEqual([oldWard, weakCurrent]);
  });

  it('keeps the given order when results carry no scores', () => {
    const a = { meta: { title: 'A', superseded: 'yes' } };
    const b = { meta: { title: 'B' } };
    expect(rankResults([a, b], 'x')).toEqual([a, b]);
  });

  it('still puts an exact title first of all', () => {
    expect(rankResults([programme, map], 'Double Edge Knife Crime Programme')).toEqual([programme, map]);
    expect(rankResults([map, programme], 'double edge knife crime programme')).toEqual([programme, map]);
  });
});
