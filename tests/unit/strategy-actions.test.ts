import { describe, expect, it } from 'vitest';
import { loadActions, loadOutcomes } from '../../src/lib/strategy/data';
import {
  actionAnchor,
  actionCsvPath,
  actionsOf,
  actionTableData,
  filterOptions,
  itemsNoun,
  itemWord,
  outcomeTableData,
  partSlug,
  partsOf,
  type ActionRow,
} from '../../src/lib/strategy/actions';
import { filterStatus, NONE, parseLeads, rowMatches } from '../../src/lib/strategy/filter';
import { tableCsv } from '../../src/core/table-data';

const actions = loadActions();
const outcomes = loadOutcomes();

describe('action points per document', () => {
  it('has all 23 LCRB action points, numbered 1 to 23 in order, each with a theme', () => {
    const lcrb = actionsOf(actions, 'lcrb-anti-gangs-strategy');
    expect(lcrb).toHaveLength(23);
    expect(lcrb.map((r) => r.ref)).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
    expect(partsOf(actions, 'lcrb-anti-gangs-strategy')).toEqual(['Action points']);
    expect(new Set(lcrb.map((r) => r.theme))).toEqual(
      new Set(['Enforcement', 'Partnerships', 'Prevention / Diversion']),
    );
    expect(lcrb.filter((r) => r.theme === 'Enforcement')).toHaveLength(8);
    expect(lcrb.filter((r) => r.theme === 'Partnerships')).toHaveLength(11);
    expect(lcrb.filter((r) => r.theme === 'Prevention / Diversion')).toHaveLength(4);
  });

  it('never claims the LCRB action plan assigned a lead: its lead columns are blank in the draft', () => {
    const lcrb = actionsOf(actions, 'lcrb-anti-gangs-strategy');
    expect(lcrb.some((r) => r.lead_basis === 'lead-column')).toBe(false);
    expect(lcrb.filter((r) => r.lead_basis === 'not-named').map((r) => r.ref)).toEqual([
      '1',
      '2',
      '8',
      '14',
      '15',
      '17',
      '20',
      '21',
    ]);
  });

  it("has the gangs review's 8 short-term and 21 long-term recommendations, each with a proposed lead", () => {
    const gangs = actionsOf(actions, 'tackling-gangs-in-bromley-2012');
    expect(gangs).toHaveLength(29);
    expect(
      actionsOf(actions, 'tackling-gangs-in-bromley-2012', 'Short-term recommendations').map((r) => r.ref),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const long = actionsOf(actions, 'tackling-gangs-in-bromley-2012', 'Long-term recommendations');
    expect(long.map((r) => r.ref)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '5.6',
      '5.7',
    ]);
    expect(gangs.every((r) => r.lead_basis === 'lead-column' && r.lead_agencies.length > 0)).toBe(true);
  });

  it("has the Strategic Group's decisions and the items put to its September meeting", () => {
    expect(partsOf(actions, 'strategic-group-september-2012')).toEqual([
      'Decisions of 28 June 2012',
      'Asked of the meeting of 27 September 2012',
    ]);
    expect(actionsOf(actions, 'strategic-group-september-2012')).toHaveLength(10);
    const targets = actions.find((r) => r.document_id === 'strategic-group-september-2012' && r.ref === '7')!;
    expect(targets.indicator_ids).toEqual(['violent-crime', 'property-crime', 'anti-social-behaviour', 'confidence']);
    expect(actions.find((r) => r.document_id === 'strategic-group-september-2012' && r.ref === '14')!.action).toContain(
      '£140,753',
    );
  });

  it('has the 11 outcomes of the Austin Estate case study, with its figures exactly', () => {
    const austin = outcomes.filter((o) => o.document_id === 'citizen-involvement-austin-estate');
    expect(austin).toHaveLength(11);
    const figure = (id: string) => austin.find((o) => o.outcome_id === id)!;
    expect([figure('crime').value, figure('fear-of-crime').value, figure('asb-incidents').value]).toEqual([18, 35, 41]);
    expect([
      figure('community-champions').value,
      figure('neighbourhood-watch').value,
      figure('lettings').value,
    ]).toEqual([13, 106, 40]);
    expect(austin.filter((o) => o.change === 'qualitative')).toHaveLength(5);
  });
});

describe('the action table and its download', () => {
  const rows = actionsOf(actions, 'tackling-gangs-in-bromley-2012');

  it('downloads exactly the rows and columns shown, lists joined with semicolons', () => {
    const table = actionTableData(rows, 'Recommendations');
    expect(table.columns.map((c) => c.key)).toEqual([
      'ref',
      'part',
      'theme',
      'title',
      'action',
      'lead_agencies',
      'lead_basis',
      'partner_agencies',
      'indicator_ids',
      'directory_ids',
      'source_section',
    ]);
    const csv = tableCsv(table).trimEnd().split('\n');
    expect(csv).toHaveLength(30);
    expect(csv[0]).toBe(
      'ref,part,theme,title,action,lead_agencies,lead_basis,partner_agencies,indicator_ids,directory_ids,source_section',
    );
    expect(csv[2]).toMatch(
      /^2,Short-term recommendations,,Conduct an extensive mapping exercise of gang nominals,.*,Community Safety;YOT;Police;Probation,lead-column,,,,/,
    );
  });

  it('leaves out the part column for a single list', () => {
    expect(actionTableData(actionsOf(actions, 'lcrb-anti-gangs-strategy'), '').columns.map((c) => c.key)).not.toContain(
      'part',
    );
  });

  it('builds the outcomes table in document order', () => {
    const t = outcomeTableData(outcomes, 'Outcomes');
    expect(t.rows[0]).toMatchObject({
      measure: 'Crime',
      change: 'reduction',
      value: 18,
      unit: 'percent',
      wording: '18% reduction crime',
    });
    expect(t.rows[6]).toMatchObject({ measure: 'Youth club reinstated', value: null, unit: null });
  });

  it('names download files and anchors from the part and the number', () => {
    expect(partSlug('Decisions of 28 June 2012')).toBe('decisions-of-28-june-2012');
    expect(actionCsvPath('lcrb-anti-gangs-strategy')).toBe('/strategies/lcrb-anti-gangs-strategy/actions.csv');
    expect(actionCsvPath('tackling-gangs-in-bromley-2012', 'Short-term recommendations')).toBe(
      '/strategies/tackling-gangs-in-bromley-2012/actions-short-term-recommendations.csv',
    );
    expect(actionAnchor('1.3')).toBe('action-1-3');
    expect(actionAnchor('A5')).toBe('action-a5');
  });

  it('calls items after their list', () => {
    expect(itemWord('Decisions of 28 June 2012')).toBe('Decision');
    expect(itemWord('Long-term recommendations')).toBe('Recommendation');
    expect(itemWord('Asked of the meeting of 27 September 2012')).toBe('Agenda item');
    expect(itemWord('Action points')).toBe('Action point');
    expect(itemsNoun(partsOf(actions, 'lcrb-anti-gangs-strategy'))).toBe('action points');
    expect(itemsNoun(partsOf(actions, 'tackling-gangs-in-bromley-2012'))).toBe('recommendations');
    expect(itemsNoun(partsOf(actions, 'strategic-group-september-2012'))).toBe('actions and decisions');
  });
});

describe('filtering by theme and lead', () => {
  const sample = [
    { theme: 'Enforcement', lead_agencies: ['Police'] },
    { theme: 'Enforcement', lead_agencies: [] },
    { theme: null, lead_agencies: ['Police', 'YOT'] },
  ] as unknown as ActionRow[];

  it('offers each theme and lead with its count, "none" last', () => {
    expect(filterOptions(sample)).toEqual({
      themes: [
        { value: 'Enforcement', count: 2 },
        { value: NONE, count: 1 },
      ],
      leads: [
        { value: 'Police', count: 2 },
        { value: 'YOT', count: 1 },
        { value: NONE, count: 1 },
      ],
    });
  });

  it('matches rows on both filters, a row with several leads matching each', () => {
    const row = { theme: 'Enforcement', leads: ['Police', 'YOT'] };
    expect(rowMatches(row, { theme: '', lead: '' })).toBe(true);
    expect(rowMatches(row, { theme: 'Enforcement', lead: 'YOT' })).toBe(true);
    expect(rowMatches(row, { theme: 'Partnerships', lead: '' })).toBe(false);
    expect(rowMatches(row, { theme: '', lead: 'Probation' })).toBe(false);
    expect(rowMatches({ theme: NONE, leads: [] }, { theme: NONE, lead: NONE })).toBe(true);
    expect(rowMatches({ theme: NONE, leads: [] }, { theme: '', lead: 'Police' })).toBe(false);
  });

  it('reads leads back from the row attribute and words the status', () => {
    expect(parseLeads('London Crime Reduction Board|Home Office')).toEqual([
      'London Crime Reduction Board',
      'Home Office',
    ]);
    expect(parseLeads('')).toEqual([]);
    expect(filterStatus(5, 23, 'action points')).toBe('Showing 5 of 23 action points.');
    expect(filterStatus(23, 23, 'action points')).toBe('Showing all 23 action points.');
  });

  it('counts the real LCRB leads: the board leads 12 action points by the wording', () => {
    const leads = filterOptions(actionsOf(actions, 'lcrb-anti-gangs-strategy')).leads;
    expect(leads.find((l) => l.value === 'London Crime Reduction Board')?.count).toBe(12);
    expect(leads.find((l) => l.value === NONE)?.count).toBe(8);
  });
});
