/**
 * Verdicts a resident can trust, as built: a change two pages share is stated the same
 * way on both (the home page, the indicator pages, /wards/ and the ward pages), with the
 * target rule and the variation test in one sentence where both apply; each indicator
 * page gives one count for each period; and the ward list flags fewer wards than the
 * exact Poisson test did (9 of 22), while the largest changes are still flagged.
 */
import { describe, expect, it } from 'vitest';
import { distFile } from '../helpers/dist';
import { tableRows } from '../helpers/html';
import { unescapeHtml } from '../../scripts/lib/built-site';
import { loadKpiData } from '../../src/lib/kpi/data';
import { loadCurrentSeries } from '../../src/lib/kpi/current';
import { currentVerdictSentence } from '../../src/lib/kpi/current-charts';
import { wardSetData } from '../../src/lib/wards';
import { wardPageHref } from '../../src/lib/wards/paths';
import { VARIATION_WORDS } from '../../src/lib/verdicts/words';

/** A page's text, tags removed and spaces collapsed. */
const text = (page: string) =>
  unescapeHtml(
    distFile(page)
      .replace(/<script[\s\S]*?<\/script>|<svg[\s\S]*?<\/svg>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1');
const data = loadKpiData();
const series = (id: string) =>
  loadCurrentSeries(
    data,
    data.indicators.find((i) => i.indicator_id === id)!,
  )!;

describe('one verdict vocabulary on every page', () => {
  const violence = series('violent-crime');
  const sentence = currentVerdictSentence(violence);

  it('says the rule and the variation for violent crime in one sentence', () => {
    expect(sentence).toBe(
      'Up 1.7% on the year before: the 2012/13 rule (−2%) is not met; the rise is within normal year-to-year variation.',
    );
  });

  it('home page, indicator page and /wards/ state the violence change alike', () => {
    expect(text('index.html')).toContain(sentence);
    expect(text('indicators/violent-crime/index.html')).toContain(sentence);
    // /wards/ names the category: the same sentence after its subject.
    expect(text('wards/index.html')).toContain(
      `Violence against the person up 1.7% on the year before: ${sentence.split(': ')[1]}`,
    );
  });

  it('/wards/ compares the same counts and gives the same verdict in its table', () => {
    const row = tableRows(distFile('wards/index.html'), 'change-table').find(
      (r) => r[0] === 'Violence against the person',
    )!;
    // Columns: category, % change, difference, earlier, later, p-value, verdict, variation allowed.
    expect(row.slice(3, 5).map(Number)).toEqual([
      violence.comparison!.previous.total,
      violence.comparison!.latest.total,
    ]);
    expect(row[6]).toBe(violence.variation!.significant ? 'yes' : 'no');
  });

  it("each ward page's all-crime verdict is the one /wards/ gives the ward", () => {
    const wards = tableRows(distFile('wards/index.html'), 'ward-changes-table');
    // Columns: ward, % change, difference, earlier, later, verdict, variation allowed, code.
    for (const w of wardSetData('2022').wards) {
      const listed = wards.find((r) => r[7] === w.code)!;
      const page = distFile(`${wardPageHref(w).slice(1)}index.html`);
      const all = tableRows(page, 'change-table')[0]!;
      expect(all.slice(3, 5), w.name).toEqual(listed.slice(3, 5));
      expect(all[6], w.name).toBe(listed[5]);
      const lead = text(`${wardPageHref(w).slice(1)}index.html`);
      expect(lead, w.name).toContain(listed[5] === 'yes' ? VARIATION_WORDS.beyond : VARIATION_WORDS.within);
    }
  });

  it('flags fewer May 2022 wards than the exact Poisson test (9 of 22), Penge & Cator and Biggin Hill among them', () => {
    const wards = tableRows(distFile('wards/index.html'), 'ward-changes-table');
    expect(wards).toHaveLength(22);
    const flagged = wards.filter((r) => r[5] === 'yes').map((r) => r[0]);
    expect(flagged.length).toBeLessThan(9);
    expect(flagged).toEqual(expect.arrayContaining(['Penge & Cator', 'Biggin Hill']));
    for (const name of ['Bromley Common & Holwood', 'Chelsfield', 'Plaistow', 'West Wickham'])
      expect(flagged).not.toContain(name);
  });
});

describe('one figure per period', () => {
  it.each(['violent-crime', 'property-crime'])(
    '%s: the headline, the 12 months before and the 12-month series give each period one count',
    (id) => {
      const s = series(id);
      const page = distFile(`indicators/${id}/index.html`);
      const rolling = tableRows(page, 'rolling-table');
      // Columns: 12 months to, from, to, offences, …
      const total = (end: string) => Number(rolling.find((r) => r[2] === end)![3]);
      expect(total(s.comparison!.latest.end)).toBe(s.comparison!.latest.total);
      expect(total(s.comparison!.previous.end)).toBe(s.comparison!.previous.total);
      const facts = text(`indicators/${id}/index.html`);
      expect(facts).toContain(`Offences ${s.comparison!.latest.total.toLocaleString('en-GB')}`);
      expect(facts).toContain(`The 12 months before ${s.comparison!.previous.total.toLocaleString('en-GB')}`);
      // The borough file's figure for the same months appears once, said to be the other source.
      expect(facts.match(/The borough file also covers/g)).toHaveLength(1);
      expect(text('index.html')).toContain(
        `Against ${s.comparison!.previous.total.toLocaleString('en-GB')} in the 12 months before`,
      );
    },
  );
});
