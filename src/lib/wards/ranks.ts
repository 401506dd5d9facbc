/** Ranks of values, shared by the map table and the ward pages. */
import { ALL_CRIME, MAJOR_CATEGORIES } from '../../schemas/vocab/crime-categories';
import { latestTwelve, ratePerThousand, totalOver, wardSetData } from './';
import type { WardSet } from '../../schemas/vocab/ward-sets';

/** Ranks by value, highest first (1 = highest); ties share a rank; missing values get null. */
export function rankValues(values: ReadonlyArray<number | null>): Array<number | null> {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  // A value's rank is one more than the number of values above it: its first place in the sorted list.
  const firstPlace = new Map<number, number>();
  sorted.forEach((v, i) => { if (!firstPlace.has(v)) firstPlace.set(v, i + 1); });
  return values.map((v) => (v === null ? null : firstPlace.get(v)!));
}

/** One category's latest-12-month figures for every ward of a set, in the set's ward order. */
export interface CategoryRanks {
  category: string;
  label: string;
  counts: number[];
  ranks: Array<number | null>;
  /** Per 1,000 residents; null without populations. */
  rates: Array<number | null>;
  rateRanks: Array<number | null>;
  /** All wards together. */
  sum: number;
}

const setRanksCache = new Map<WardSet, CategoryRanks[]>();

/**
 * All crime and each published major category over the latest 12 months, with ranks,
 * for every ward of the set. Computed once per set: every ward page shows its row of it.
 */
export function setRanks(set: WardSet): CategoryRanks[] {
  const hit = setRanksCache.get(set);
  if (hit) return hit;
  const d = wardSetData(set);
  const months = latestTwelve(set);
  const ranks = [ALL_CRIME, ...MAJOR_CATEGORIES.filter((m) => d.categories.includes(m.id))].map((c) => {
    const counts = d.wards.map((x) => totalOver(set, x.code, c.id, months));
    const rates = d.wards.map((x, i) => ratePerThousand(counts[i]!, x.population));
    return { category: c.id, label: c.label, counts, ranks: rankValues(counts), rates, rateRanks: rankValues(rates), sum: counts.reduce((a, b) => a + b, 0) };
  });
  setRanksCache.set(set, ranks);
  return ranks;
}
