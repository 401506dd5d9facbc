/**
 * The audit's corrections to the 2012 figures, pinned on the published data: thresholds
 * from unrounded values, period labels as the source gives them, the shares defect
 * recorded, no raw ids for readers, plurals, and quotes with their capitals.
 */
import { describe, expect, it } from 'vitest';
import { loadKpiData, type KpiData } from '../../src/lib/kpi/data';
import { publishedTrend, statedChanges, breakdown } from '../../src/lib/kpi/charts';
import { reconciliation } from '../../src/lib/kpi/recomputed';
import { QUANTITIES, OBSERVATION_STATUSES } from '../../src/schemas/kpi';

const data = loadKpiData();
const indicator = (id: string) => data.indicators.find((i) => i.indicator_id === id)!;

describe('target thresholds from unrounded values', () => {
  it('violent crime: no more than 1,182 (1,207 × 0.98 = 1,182.86)', () => {
    const spec = publishedTrend(data, indicator('violent-crime'));
    expect(spec.summary).toContain('no more than 1,182 in that quarter (1,207 × 0.98 = 1,182.86)');
    expect(`${spec.drawing?.wide}${spec.drawing?.phone}`).toContain('1,182');
    expect(`${spec.drawing?.wide}${spec.drawing?.phone}`).not.toContain('1,183');
  });
  it('anti-social behaviour: no more than 4,980 (5,534 × 0.9 = 4,980.6)', () => {
    const spec = publishedTrend(data, indicator('anti-social-behaviour'));
    expect(spec.summary).toContain('no more than 4,980 in that quarter (5,534 × 0.9 = 4,980.6)');
    expect(`${spec.drawing?.wide}${spec.drawing?.phone}`).not.toContain('4,981');
  });
});

describe('period labels as the source gives them', () => {
  it("labels the minutes' robbery, theft, criminal damage and burglary changes without a quarter the source does not state", () => {
    const minutes = data.statements.filter((s) =>
      [
        'robbery-2011-12-change-pct',
        'theft-2011-12-change-pct',
        'criminal-damage-2011-12-change-pct',
        'burglary-2011-12-change-pct',
      ].includes(s.statement_id),
    );
    expect(minutes.map((s) => s.value).sort((a, b) => a - b)).toEqual([-15, -11, -6, 32]);
    for (const s of minutes) {
      expect(s.period_label).toBe('2011/12 performance report (period not stated)');
      expect(s.period_label).not.toMatch(/Q4/);
      expect([s.period_start, s.period_end]).toEqual(['2011-04', '2012-03']);
    }
    const rows = statedChanges(data, indicator('property-crime'))!.table.rows;
    expect(rows.filter((r) => r.period === '2011/12 performance report (period not stated)')).toHaveLength(4);
  });
});

describe('source defects recorded', () => {
  it('records that the two shares of all notifiable offences imply totals that cannot both hold', () => {
    const share = (id: string) =>
      data.statements.find(
        (s) => s.measure_id === id && s.quantity === 'share-of-tno-percent' && s.period_start === '2012-04',
      )!.value;
    const value = (id: string) =>
      data.observations.find((o) => o.measure_id === id && o.period_start === '2012-04')!.value!;
    const range = (v: number, pct: number) => [
      Math.round(v / ((pct + 0.5) / 100)),
      Math.round(v / ((pct - 0.5) / 100)),
    ];
    const violence = range(value('violent-crime-total'), share('violent-crime-total'));
    const property = range(value('property-crime-total'), share('property-crime-total'));
    expect(violence).toEqual([4795, 5041]);
    expect(property).toEqual([5304, 5383]);
    expect(violence[1]!).toBeLessThan(property[0]!);
    const note = data.notes.find((n) => n.note_id === 'shares-of-tno-inconsistent')!;
    expect(note.kind).toBe('source-defect');
    for (const n of [...violence, ...property]) expect(note.text).toContain(n.toLocaleString('en-GB'));
  });
});

describe('what readers see', () => {
  const ids = new Set<string>([
    ...QUANTITIES,
    ...OBSERVATION_STATUSES,
    ...data.sources.map((s) => s.source_id),
    ...data.measures.map((m) => m.measure_id),
  ]);
  it('shows no raw ids in any table of the 2012 report', () => {
    for (const i of data.indicators) {
      for (const spec of [
        publishedTrend(data, i),
        breakdown(data, i),
        statedChanges(data, i),
        reconciliation(data, i),
      ]) {
        if (!spec) continue;
        for (const row of spec.table.rows) {
          for (const cell of Object.values(row)) {
            if (typeof cell !== 'string') continue;
            expect(ids.has(cell), `${spec.anchor}: "${cell}"`).toBe(false);
            expect(cell, spec.anchor).not.toMatch(/sbp-[a-z0-9-]+|share-of-tno|not-published/);
          }
        }
        expect(spec.table.columns.map((c) => c.key)).not.toContain('measure_id');
      }
    }
  });
  it('counts stated changes in the singular and plural', () => {
    const one: KpiData = {
      ...data,
      statements: data.statements.filter((s) => s.statement_id === 'violence-q1-change'),
    };
    expect(statedChanges(one, indicator('violent-crime'))!.summary).toBe(
      'The reports state 1 change or share for this indicator, listed in the table.',
    );
    expect(statedChanges(data, indicator('violent-crime'))!.summary).toMatch(/The reports state \d+ changes or shares/);
  });
  it("quotes the confidence target with the source's capitals", () => {
    const target = data.targets.find((t) => t.indicator_id === 'confidence')!;
    const summary = publishedTrend(data, indicator('confidence')).summary;
    expect(summary).toContain(`“${target.wording}”`);
    expect(target.wording.slice(1)).toMatch(/[A-Z]/); // a capital inside the wording, which lower-casing would lose
    expect(summary).not.toMatch(/was no figure|has been published/);
  });
});
