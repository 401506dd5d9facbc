/** The directory search's plan: groups that keep unknowns, option counts, no-results advice, spelling. */
import { describe, expect, it } from 'vitest';
import {
  countFilters,
  keepingUnknowns,
  noResultsMessage,
  optionText,
  resultGroups,
  resultsSummary,
  suggestions,
  withoutWord,
} from '../../src/lib/directory/search-plan';
import { closestWord, correctedQuery, editDistance } from '../../src/lib/directory/spelling';
import { searchVocabulary, THEME_SEARCH_TERMS } from '../../src/schemas/vocab/directory-search-terms';
import { THEMES } from '../../src/schemas/vocab/directory-vocab';
import { entrySearchTerms } from '../../src/lib/directory/filters';
import { loadDirectory } from '../../src/lib/directory';
import type { SearchState } from '../../src/lib/directory/url';

const labels = {
  type: 'Type of intervention',
  theme: 'Theme',
  age: 'Suitable for age',
  area: 'Borough or area',
  route: 'Who can refer',
};
const journey: SearchState = { q: 'mentoring', filters: { age: '14', area: 'bromley' } };

describe('result groups', () => {
  it('without an age or area filter is one group of matches', () => {
    const groups = resultGroups({ q: 'x', filters: { theme: 'mentoring' } });
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      id: 'matches',
      heading: null,
      filters: { dir: 'entry', dir_theme: 'mentoring' },
    });
  });

  it('with age and area keeps the entries that state neither, in labelled groups after the matches', () => {
    const groups = resultGroups(journey);
    expect(groups.map((g) => g.heading)).toEqual([
      null,
      'Age not stated: check with the provider',
      'Area not stated: check with the provider',
      'Age and area not stated: check with the provider',
    ]);
    expect(groups[0]!.filters).toEqual({ dir: 'entry', dir_age: '14', dir_area: 'bromley' });
    expect(groups[1]!.filters).toEqual({ dir: 'entry', dir_age: { any: ['not-stated'] }, dir_area: 'bromley' });
    expect(groups[2]!.filters).toEqual({ dir: 'entry', dir_age: '14', dir_area: { any: ['not-stated', 'not-named'] } });
    expect(groups[3]!.unknown).toEqual(['age', 'area']);
  });

  it('choosing "not stated" itself keeps nothing extra', () => {
    expect(keepingUnknowns({ q: '', filters: { age: 'not-stated', area: 'lambeth' } })).toEqual(['area']);
    expect(resultGroups({ q: '', filters: { age: 'not-stated' } })).toHaveLength(1);
  });
});

describe('option counts', () => {
  it('count the other filters with their unknowns kept', () => {
    expect(countFilters(journey, 'age')).toEqual({
      dir: 'entry',
      dir_area: { any: ['bromley', 'not-stated', 'not-named'] },
    });
    expect(countFilters(journey)).toEqual({
      dir: 'entry',
      dir_age: { any: ['14', 'not-stated'] },
      dir_area: { any: ['bromley', 'not-stated', 'not-named'] },
    });
  });

  it('show the entries that state a value plus those that do not say', () => {
    const counts = { '14': 5, 'not-stated': 101 };
    expect(optionText('age', '14', '14', counts)).toBe('14 (5 + 101 not stated)');
    expect(optionText('age', 'Age not stated', 'not-stated', counts)).toBe('Age not stated (101)');
    expect(optionText('theme', 'Mentoring', 'mentoring', { mentoring: 19 })).toBe('Mentoring (19)');
    expect(optionText('area', 'Lambeth', 'lambeth', { lambeth: 3 })).toBe('Lambeth (3)');
  });
});

describe('summary and no-results advice', () => {
  it('says how many match and how many more do not state an age or area', () => {
    const [m, age, area] = resultGroups(journey);
    expect(
      resultsSummary([
        { group: m!, count: 0 },
        { group: age!, count: 1 },
      ]),
    ).toBe('0 entries match; 1 more does not state an age and is listed after them.');
    expect(
      resultsSummary([
        { group: m!, count: 2 },
        { group: age!, count: 3 },
        { group: area!, count: 4 },
      ]),
    ).toBe('2 entries match; 7 more do not state an age or area and are listed after them.');
    expect(resultsSummary([{ group: m!, count: 1 }])).toBe('1 entry matches.');
  });

  it('names the filter or word to drop and how many entries that gives, most first', () => {
    const state: SearchState = { q: 'mentoring zebra', filters: { theme: 'mediation', route: 'police' } };
    const found = suggestions(state, labels, { filters: { theme: 4, route: 0 }, words: [0, 12] });
    expect(found).toEqual([
      { text: 'remove the word “zebra”', href: '/directory/?q=mentoring&theme=mediation&route=police', count: 12 },
      { text: 'remove the theme filter', href: '/directory/?q=mentoring+zebra&route=police', count: 4 },
    ]);
    expect(noResultsMessage(found)).toBe(
      'No entries match. Try: remove the word “zebra” to see 12 entries; remove the theme filter to see 4 entries.',
    );
    expect(noResultsMessage([])).toBe('No entries match. Clear the search to see every entry.');
    expect(withoutWord(state, 1).q).toBe('mentoring');
  });
});

describe('spelling', () => {
  const vocab = searchVocabulary();
  it('corrects common misspellings to the search vocabulary', () => {
    expect(editDistance('mentorng', 'mentoring')).toBe(1);
    expect(editDistance('weapnos', 'weapons')).toBe(1);
    expect(correctedQuery('mentorng', vocab)).toBe('mentoring');
    expect(correctedQuery('medation', vocab)).toBe('mediation');
    expect(correctedQuery('weapns', vocab)).toBe('weapons');
    expect(correctedQuery('youth clubb', vocab)).toBe('youth club');
  });

  it('leaves known words, short words and unrelated words alone', () => {
    expect(correctedQuery('mentoring', vocab)).toBeNull();
    expect(correctedQuery('abc', vocab)).toBeNull();
    expect(closestWord('zzzzzzzz', vocab)).toBeNull();
  });
});

describe('search terms', () => {
  it('cover every theme, and give each themed entry the words of its themes', () => {
    for (const t of THEMES) expect(THEME_SEARCH_TERMS[t].length, t).toBeGreaterThan(0);
    const knife = loadDirectory().find((e) => e.service.themes.includes('knife-and-gun-crime'))!;
    expect(entrySearchTerms(knife.service)).toEqual(expect.arrayContaining(['knife', 'weapons']));
  });
});
