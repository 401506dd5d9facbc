/**
 * Changes the indicators share with the ward pages. An indicator recomputed from the ward
 * sums counts, over the same months, exactly the offences of one ward category (violence
 * against the person, say) when its mapped police categories are those of that category;
 * /wards/ then states the partnership's target rule beside the variation test, in the same
 * sentence as the indicator's pages, so the two never disagree or keep silent about each other.
 */
import { loadTable } from '../../core/load';
import { wardCrimeNewTable } from '../../schemas/wards';
import type { WardSet } from '../../schemas/vocab/ward-sets';
import type { RuleVerdict } from '../verdicts/words';
import { yearChange } from '../wards/year-change';
import { loadCurrentSeries, portfolioOf, ruleVerdict } from './current';
import type { KpiData } from './data';

const key = (r: { major_category: string; minor_category: string }) => `${r.major_category}|${r.minor_category}`;

/**
 * The target rule's verdict for each ward category (all wards of the set together) whose
 * change is an indicator's: the same police categories and the same counts in both periods.
 */
export function wardCategoryRules(data: KpiData, set: WardSet): Map<string, RuleVerdict> {
  const out = new Map<string, RuleVerdict>();
  const rows = loadTable(wardCrimeNewTable);
  if (rows[0]?.ward_set !== set) return out;
  const byCategory = new Map<string, Set<string>>();
  for (const r of rows) {
    const s = byCategory.get(r.category_id) ?? new Set<string>();
    s.add(key(r));
    byCategory.set(r.category_id, s);
  }
  const present = new Set([...byCategory.values()].flatMap((s) => [...s]));
  for (const indicator of data.indicators) {
    const series = loadCurrentSeries(data, indicator);
    const c = series?.comparison;
    const portfolio = portfolioOf(data, indicator);
    if (!series || !c || series.comparisonSource.kind !== 'wards' || !portfolio) continue;
    const counted = new Set(data.mapping.filter((m) => m.portfolio === portfolio).map(key));
    for (const [category, keys] of byCategory) {
      const same =
        keys.size === [...counted].filter((k) => present.has(k)).length && [...keys].every((k) => counted.has(k));
      const change = same ? yearChange(set, null, category) : null;
      if (change && change.earlier === c.previous.total && change.later === c.latest.total)
        out.set(category, ruleVerdict(series)!);
    }
  }
  return out;
}
