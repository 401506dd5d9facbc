/**
 * Anti-social behaviour by ward from data.police.uk records (2002–2022 wards only,
 * January 2016 to June 2018). A month missing from the source stays null: a gap, not 0.
 */
import { loadTable } from '../../core/load';
import { wardPoliceUkTable } from '../../schemas/wards';

export const ASB = 'anti-social-behaviour';

export interface AsbMonth {
  month: string;
  count: number | null;
}

let cached: Map<string, AsbMonth[]> | undefined;

/** Monthly ASB records per ward code (only 2002–2022 wards have any). */
export function asbByWard(): Map<string, AsbMonth[]> {
  if (!cached) {
    cached = new Map();
    for (const r of loadTable(wardPoliceUkTable)) {
      if (r.category !== ASB) continue;
      const list = cached.get(r.ward_code) ?? [];
      list.push({ month: r.month, count: r.count });
      cached.set(r.ward_code, list);
    }
    for (const list of cached.values()) list.sort((a, b) => (a.month < b.month ? -1 : 1));
  }
  return cached;
}

let averageCache: AsbMonth[] | undefined;

/** The average ward's ASB each month (mean over wards, 1 decimal); null where the month is missing. */
export function averageWardAsb(): AsbMonth[] {
  return (averageCache ??= computeAverage());
}

function computeAverage(): AsbMonth[] {
  const all = [...asbByWard().values()];
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
