import { describe, expect, it } from 'vitest';
import {
  isExactTitleMatch,
  normaliseTitle,
  rankResults,
  readSearchState,
  writeSearchState,
} from '../../src/lib/search';
import {
  DATE_NOT_STATED,
  documentIdFromPath,
  groupByCoverage,
  publishedLabel,
  publishedYear,
  searchFilters,
  sortDocuments,
  sourceShortName,
  type StrategyDoc,
} from '../../src/lib/strategy';
import { commitmentsFor, strategiesForEntry } from '../../src/lib/strategy/commitments';
import { readStrategyFiles } from '../../src/lib/strategy/files';
import { loadActions } from '../../src/lib/strategy/data';

const docs: StrategyDoc[] = readStrategyFiles().map((d) => ({ id: d.id, data: d.data! }));

describe('exact title first', () => {
  const results = [
    { meta: { title: 'Strategies and plans' } },
    { meta: { title: 'A multi-agency approach to tackling gangs in Bromley' } },
    {
      meta: {
        title: 'London Crime Reduction Board: Partnership Anti-Gangs Strategy',
        short_title: 'LCRB anti-gangs strategy (draft)',
      },
    },
  ];

  it('moves a result whose title is exactly the query to the front, keeping the rest in order', () => {
    expect(
      rankResults(results, 'london crime reduction board: partnership anti-gangs strategy').map((r) => r.meta.title),
    ).toEqual([
      'London Crime Reduction Board: Partnership Anti-Gangs Strategy',
      'Strategies and plans',
      'A multi-agency approach to tackling gangs in Bromley',
    ]);
  });

  it('matches the short title too, ignoring case, curly quotes, dashes and surrounding punctuation', () => {
    expect(isExactTitleMatch(results[2]!, '  "LCRB anti-gangs strategy (draft)" ')).toBe(true);
    expect(normaliseTitle('Safer for All 2008–2011 (Summary).')).toBe('safer for all 2008-2011 (summary)');
    expect(isExactTitleMatch(results[2]!, 'anti-gangs')).toBe(false);
    expect(isExactTitleMatch(results[2]!, '')).toBe(false);
  });

  it('leaves the order alone when nothing matches exactly', () => {
    expect(rankResults(results, 'gangs')).toEqual(results);
  });
});

describe('search state in the address', () => {
  it('round-trips the query and several values per filter, in a stable order', () => {
    const state = readSearchState(
      new URLSearchParams('q=arson&theme=Fire+and+arson&year=2012&theme=Anti-social+behaviour&publisher='),
    );
    expect(state).toEqual({
      query: 'arson',
      filters: { theme: ['Fire and arson', 'Anti-social behaviour'], year: ['2012'] },
    });
    expect(writeSearchState(state).toString()).toBe(
      'q=arson&theme=Anti-social+behaviour&theme=Fire+and+arson&year=2012',
    );
    expect(writeSearchState({ query: '', filters: {} }).toString()).toBe('');
  });
});

describe('documents for the page', () => {
  it('writes dates as precisely as the document gives them', () => {
    expect(publishedLabel('2012-09-27')).toBe('27 September 2012');
    expect(publishedLabel('2008-03')).toBe('March 2008');
    expect(publishedLabel('2012')).toBe('2012');
    expect(publishedLabel(undefined)).toBe(DATE_NOT_STATED);
    expect(publishedYear('2012-09-27')).toBe('2012');
    expect(publishedYear(undefined)).toBe(DATE_NOT_STATED);
  });

  it('lists documents about the area first, then wider ones, then lessons from elsewhere, newest first', () => {
    expect(sortDocuments(docs).map((d) => d.id)).toEqual([
      'strategic-group-september-2012',
      'tackling-gangs-in-bromley-2012',
      'lcrb-anti-gangs-strategy',
      'safer-for-all-2008-2011',
      'citizen-involvement-austin-estate',
      'collaborative-working-brent',
      'lessons-from-boston',
    ]);
    expect(groupByCoverage(docs).map((g) => [g.coverage, g.docs.length])).toEqual([
      ['this-area', 2],
      ['includes-this-area', 1],
      ['elsewhere', 4],
    ]);
  });

  it('gives each document its search filters: publisher, year and themes', () => {
    const lcrb = docs.find((d) => d.id === 'lcrb-anti-gangs-strategy')!;
    expect(searchFilters(lcrb)).toMatchObject({ publisher: 'London Crime Reduction Board', year: '2012' });
    expect(searchFilters(lcrb).theme).toContain('Gangs and youth violence');
    expect(searchFilters(docs.find((d) => d.id === 'lessons-from-boston')!).year).toBe(DATE_NOT_STATED);
  });

  it('names a source in citations as the current document does', () => {
    expect(sourceShortName(docs, 'sbp-minutes-2012-06-28', 'tackling-gangs-in-bromley-2012')).toBe(
      'Minutes of 28 June 2012',
    );
    expect(sourceShortName(docs, 'lcrb-anti-gangs-strategy', 'strategic-group-september-2012')).toBe(
      'LCRB draft strategy',
    );
    expect(sourceShortName(docs, 'no-such-source')).toBeUndefined();
    expect(documentIdFromPath('/strategies/lessons-from-boston/')).toBe('lessons-from-boston');
    expect(documentIdFromPath('/indicators/violent-crime/')).toBeUndefined();
  });
});

describe('commitments that target an indicator', () => {
  const actions = loadActions();

  it('lists documents and actions covering the area, and keeps other areas apart as lessons', () => {
    const c = commitmentsFor('confidence', docs, actions);
    expect(c.commitments.map((e) => e.doc.id)).toEqual([
      'strategic-group-september-2012',
      'tackling-gangs-in-bromley-2012',
      'lcrb-anti-gangs-strategy',
    ]);
    expect(c.commitments.find((e) => e.doc.id === 'lcrb-anti-gangs-strategy')!.actions.map((a) => a.ref)).toEqual([
      '15',
    ]);
    expect(c.commitments.find((e) => e.doc.id === 'tackling-gangs-in-bromley-2012')!.actions.map((a) => a.ref)).toEqual(
      ['5.5'],
    );
    expect(c.elsewhere.map((e) => e.doc.id)).toEqual(['safer-for-all-2008-2011', 'citizen-involvement-austin-estate']);
    expect(c.actionCount).toBe(5);
  });

  it('is empty for an indicator nothing targets', () => {
    expect(commitmentsFor('no-such-indicator', docs, actions)).toEqual({
      commitments: [],
      elsewhere: [],
      actionCount: 0,
    });
  });
});

describe('strategies that name a directory entry', () => {
  const actions = loadActions();

  it('lists the documents that name the entry and the actions it delivers', () => {
    const r = strategiesForEntry('local-intervention-fire-education', docs, actions);
    expect(r.map((e) => e.doc.id)).toEqual([
      'strategic-group-september-2012',
      'tackling-gangs-in-bromley-2012',
      'lcrb-anti-gangs-strategy',
    ]);
    expect(r[0]!.actions.map((a) => a.ref)).toEqual(['10']);
    expect(
      strategiesForEntry('bromley-mentoring-programme', docs, actions)
        .find((e) => e.doc.id === 'tackling-gangs-in-bromley-2012')!
        .actions.map((a) => a.ref),
    ).toEqual(['3.1']);
    expect(strategiesForEntry('chance-uk', docs, actions)).toEqual([]);
  });
});
