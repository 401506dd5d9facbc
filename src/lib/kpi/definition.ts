/**
 * What a recomputed indicator counts, taken from the rows its latest figure is counted
 * from (the ward sums or the borough file, month by month as the series takes them), and
 * how that differs from the partnership's 2012 definition: the police categories counted
 * that the 2012 list did not name, with their offences, and the 2012 offences the police
 * files do not record separately.
 */
import { loadTable } from '../../core/load';
import type { RowOf } from '../../core/tables';
import { boroughMonthlyTable, portfolio2012Table } from '../../schemas/borough';
import { wardCrimeNewTable } from '../../schemas/wards';
import { formatNumber, type TableData } from '../../core/table-data';
import { periodLabel } from '../../core/periods';
import { listWords } from '../../core/words';
import type { Indicator, KpiData } from './data';
import { loadCurrentSeries, portfolioOf, type CurrentSeries } from './current';
import type { CategoryCount } from './monthly';

/** A police category an indicator counts, with its offences over the latest 12 months. */
export interface CountedCategory {
  major_category: string;
  minor_category: string;
  count: number;
  /** Names of the 2012 offences it holds; empty when the 2012 list named none of them. */
  offences2012: string[];
  notes: string[];
}

/** The categories counted and the differences from the 2012 definition. */
export interface Definition {
  /** The 12 months the counts cover. */
  period: { start: string; end: string };
  /** Where the counts come from: ward sums, the borough file, or both. */
  sources: Array<'borough' | 'wards'>;
  counted: CountedCategory[];
  /** Counted categories that hold no 2012 offence. */
  added: CountedCategory[];
  /** 2012 offences that no counted category holds. */
  missing: string[];
}

type Link = RowOf<typeof portfolio2012Table.fields>;
const key = (r: { major_category: string; minor_category: string }) => `${r.major_category}|${r.minor_category}`;

/** The definition as counted, from the series' latest 12 months and the rows they come from. */
export function definitionAsCounted(
  data: Pick<KpiData, 'mapping' | 'measures'>,
  indicator: Indicator,
  series: CurrentSeries,
  links: readonly Link[],
  rows: { borough: readonly CategoryCount[]; wards: readonly CategoryCount[] },
): Definition | null {
  const portfolio = portfolioOf(data, indicator);
  const last = series.monthly.slice(-12);
  if (!portfolio || last.length < 12) return null;
  const inPortfolio = new Set(data.mapping.filter((m) => m.portfolio === portfolio).map(key));
  const sourceOf = new Map(last.map((p) => [p.month, p.source]));
  const counts = new Map<string, CountedCategory>();
  for (const source of ['borough', 'wards'] as const) {
    for (const r of rows[source]) {
      if (sourceOf.get(r.month) !== source || !inPortfolio.has(key(r))) continue;
      const c = counts.get(key(r)) ?? {
        major_category: r.major_category,
        minor_category: r.minor_category,
        count: 0,
        offences2012: [],
        notes: [],
      };
      c.count += r.count;
      counts.set(key(r), c);
    }
  }
  const name = new Map(data.measures.map((m) => [m.measure_id, m.name]));
  for (const l of links) {
    const c = counts.get(key(l));
    if (!c) continue;
    c.offences2012.push(name.get(l.measure_id) ?? l.measure_id);
    if (l.note) c.notes.push(l.note);
  }
  const counted = [...counts.values()].sort((a, b) => b.count - a.count || (key(a) < key(b) ? -1 : 1));
  const held = new Set(links.filter((l) => counts.has(key(l))).map((l) => l.measure_id));
  return {
    period: { start: last[0]!.month, end: last[11]!.month },
    sources: [...new Set(last.map((p) => p.source))],
    counted,
    added: counted.filter((c) => c.offences2012.length === 0),
    missing: data.measures
      .filter((m) => m.indicator_id === indicator.indicator_id && m.role === 'offence' && !held.has(m.measure_id))
      .map((m) => m.name),
  };
}

/** The definition as counted for an indicator from the published tables; null without a current series. */
export function loadDefinition(data: KpiData, indicator: Indicator): Definition | null {
  const series = loadCurrentSeries(data, indicator);
  if (!series) return null;
  return definitionAsCounted(data, indicator, series, loadTable(portfolio2012Table), {
    borough: loadTable(boroughMonthlyTable),
    wards: loadTable(wardCrimeNewTable),
  });
}

const lower = (s: string) => s.toLowerCase();
const offences = (n: number) => `${formatNumber(n)} ${n === 1 ? 'offence' : 'offences'}`;

/**
 * The differences in one sentence: "It includes homicide (1 offence) and death serious
 * injury illegal driving (3 offences), which the 2012 list did not name; the 2012 list had
 * blackmail, which these files do not record separately."
 */
export function differenceSentence(d: Definition): string {
  const parts: string[] = [];
  if (d.added.length)
    parts.push(
      `it includes ${listWords(d.added.map((c) => `${lower(c.minor_category)} (${offences(c.count)})`))}, which the 2012 list did not name`,
    );
  if (d.missing.length)
    parts.push(`the 2012 list had ${listWords(d.missing.map(lower))}, which these files do not record separately`);
  const notes = [...new Set(d.counted.flatMap((c) => c.notes))];
  if (!parts.length && !notes.length) return 'It counts exactly the offences the 2012 list named.';
  const first = parts.length ? `Compared with the 2012 definition, ${parts.join('; ')}.` : '';
  return [first, ...notes].filter(Boolean).join(' ');
}

/** The categories counted, as a table: each with its offences over the 12 months and the 2012 offences it holds. */
export function definitionTable(d: Definition, name: string): TableData {
  return {
    caption: `${name}: the police categories counted, with their offences in ${periodLabel(d.period.start, d.period.end)}`,
    rowHeader: 'minor_category',
    columns: [
      { key: 'minor_category', label: 'Police category' },
      { key: 'offences', label: 'Offences', numeric: true },
      { key: 'in_2012', label: 'In the 2012 list as' },
      { key: 'major_category', label: 'Police group' },
    ],
    rows: d.counted.map((c) => ({
      minor_category: sentenceCase(c.minor_category),
      offences: c.count,
      in_2012: c.offences2012.length ? c.offences2012.join('; ') : 'not named',
      major_category: sentenceCase(c.major_category),
    })),
  };
}

/** "VIOLENCE WITH INJURY" → "Violence with injury": the police write categories in capitals. */
function sentenceCase(s: string): string {
  return s.charAt(0) + s.slice(1).toLowerCase();
}
