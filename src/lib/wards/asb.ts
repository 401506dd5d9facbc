/**
 * Anti-social behaviour by ward from data.police.uk records, for every ward set that has
 * any (London's published borough: January 2016 to June 2018 on the 2002–2022 wards; an
 * area from police.uk's street files: every month, on its wards). A month missing from
 * the source stays null: a gap, not 0.
 */
import { loadTable } from '../../core/load';
import { periodLabel } from '../../core/periods';
import { POLICEUK_ASB } from '../../schemas/vocab/policeuk-categories';
import type { WardSet } from '../../schemas/vocab/ward-sets';
import { wardPoliceUkTable } from '../../schemas/wards';
import { wardKey } from './';
import { sectionOn } from '../site';

export const ASB = POLICEUK_ASB;

export interface AsbMonth {
  month: string;
  count: number | null;
}

let cached: Map<string, AsbMonth[]> | undefined;
let sources: Map<WardSet, string> | undefined;

/**
 * Monthly ASB records by ward, keyed by set and code (see wardKey), months in order; none
 * when the anti-social behaviour section is switched off.
 */
export function asbByWard(): Map<string, AsbMonth[]> {
  if (!cached) {
    cached = new Map();
    sources = new Map();
    for (const r of sectionOn('asb') ? loadTable(wardPoliceUkTable) : []) {
      if (r.category !== ASB) continue;
      const key = wardKey(r.ward_set, r.ward_code);
      const list = cached.get(key) ?? [];
      list.push({ month: r.month, count: r.count });
      cached.set(key, list);
      sources.set(r.ward_set, r.source_id);
    }
    for (const list of cached.values()) list.sort((a, b) => (a.month < b.month ? -1 : 1));
  }
  return cached;
}

/** A ward's monthly ASB records, or undefined when its set has none. */
export function asbOf(w: { set: WardSet; code: string }): AsbMonth[] | undefined {
  return asbByWard().get(wardKey(w.set, w.code));
}

/** The source (data/meta/sources.csv) of a set's ASB records, or undefined when it has none. */
export function asbSource(set: WardSet): string | undefined {
  asbByWard();
  return sources!.get(set);
}

const averageCache = new Map<WardSet, AsbMonth[]>();

/** The average ward's ASB each month (mean over the set's wards, 1 decimal); null where the month is missing. */
export function averageWardAsb(set: WardSet): AsbMonth[] {
  let hit = averageCache.get(set);
  if (!hit) averageCache.set(set, (hit = computeAverage(set)));
  return hit;
}

function computeAverage(set: WardSet): AsbMonth[] {
  const all = [...asbByWard()].filter(([key]) => key.startsWith(`${set} `)).map(([, list]) => list);
  const first = all[0] ?? [];
  return first.map((m, i) => {
    const values = all.map((list) => list[i]!.count);
    return {
      month: m.month,
      count: values.some((v) => v === null)
        ? null
        : Math.round((values.reduce((n: number, v) => n + v!, 0) / values.length) * 10) / 10,
    };
  });
}

/** The months a set's ASB records span, in words ("January 2016–June 2018"), and those missing from the source. */
export function asbPeriod(set: WardSet): { label: string; from: string; to: string; missing: string[] } {
  const avg = averageWardAsb(set);
  const from = avg[0]!.month,
    to = avg.at(-1)!.month;
  return { label: periodLabel(from, to), from, to, missing: avg.filter((m) => m.count === null).map((m) => m.month) };
}
