/** Ranks of values, shared by the map table and the ward pages. */
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';
import { latestTwelve, ratePerThousand, totalOver, wardSetData } from './';
import type { WardSet } from '../../schemas/vocab/ward-sets';
import { hasRates } from './map';

/** Ranks by value, highest first (1 = highest); ties share a rank; missing values get null. */
export function rankValues(values: ReadonlyArray<number | null>): Array<number | null> {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  // A value's rank is one more than the number of values above it: its first place in the sorted list.
  const firstPlace = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!firstPlace.has(v)) firstPlace.set(v, i + 1);
  });
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
  /** All wards together per 1,000 of their residents; null without populations. */
  allWardsRate: number | null;
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
  const population = hasRates(set) ? d.wards.reduce((n, x) => n + x.population!, 0) : null;
  const ranks = [ALL_CRIME, ...d.categoryList].map((c) => {
    const counts = d.wards.map((x) => totalOver(set, x.code, c.id, months));
    const rates = d.wards.map((x, i) => ratePerThousand(counts[i]!, x.population));
    const sum = counts.reduce((a, b) => a + b, 0);
    return {
      category: c.id,
      label: c.label,
      counts,
      ranks: rankValues(counts),
      rates,
      rateRanks: rankValues(rates),
      sum,
      allWardsRate: ratePerThousand(sum, population),
    };
  });
  setRanksCache.set(set, ranks);
  return ranks;
}

/** An ordinal in words: 1st, 2nd, 3rd, 11th, 22nd. */
export function ordinal(n: number): string {
  const tens = n % 100,
    units = n % 10;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : units === 1 ? 'st' : units === 2 ? 'nd' : units === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** A rank as said aloud, ties as ties: "2nd", or "joint 2nd" when another ward shares it; null stays null. */
export function rankWords(rank: number | null, all: ReadonlyArray<number | null>): string | null {
  if (rank === null) return null;
  return `${all.filter((r) => r === rank).length > 1 ? 'joint ' : ''}${ordinal(rank)}`;
}
