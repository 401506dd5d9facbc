/**
 * Violence, property crime and anti-social behaviour now, for an area whose figures come
 * from data.police.uk: the latest 12 months against the 12 before, summed over the area's
 * wards month by month, each type counted exactly as the vocabulary table says, with the
 * same change test as every ward figure (src/lib/verdicts). No partnership target is known
 * for such an area, so no target rule is applied: the change and whether it is more than
 * normal variation, nothing more.
 */
import { periodLabel } from '../../core/periods';
import {
  POLICEUK_INDICATORS,
  typesOfIndicator,
  type PoliceUkIndicator,
  type PoliceUkType,
} from '../../schemas/vocab/policeuk-categories';
import { currentWardSet, wardSetData } from './';
import { asbByWard } from './asb';
import { changeBetween, type Change } from '../verdicts/change';
import { wardKey } from './';
import { sectionOn } from '../site';

/** One indicator now. */
export interface NowFigure {
  id: PoliceUkIndicator;
  label: string;
  /** The data.police.uk types it counts, exactly. */
  types: PoliceUkType[];
  change: Change;
}

/** What the home page shows: the figures and the two periods compared. */
export interface NowFigures {
  figures: NowFigure[];
  earlier: string[];
  later: string[];
  earlierLabel: string;
  laterLabel: string;
}

export const NOW_LABELS: Record<PoliceUkIndicator, string> = {
  violence: 'Violence',
  property: 'Property crime',
  'anti-social-behaviour': 'Anti-social behaviour',
};

/**
 * The figures for the area's current ward set, or null when its figures do not come from
 * data.police.uk or it has fewer than 24 months (a year cannot be compared with the one before).
 */
export function policeUkNow(): NowFigures | null {
  const d = wardSetData(currentWardSet());
  if (d.family !== 'policeuk' || d.months.length < 24) return null;
  const earlier = d.months.slice(-24, -12),
    later = d.months.slice(-12);
  const crimeOver = (type: string, months: readonly string[]) =>
    months.reduce((n, m) => n + (d.total.get(type)?.get(m) ?? 0), 0);
  const asb = new Map<string, number>();
  for (const w of d.wards)
    for (const a of asbByWard().get(wardKey(d.set, w.code)) ?? [])
      asb.set(a.month, (asb.get(a.month) ?? 0) + (a.count ?? 0));
  const over = (t: PoliceUkType, months: readonly string[]) =>
    t.crime ? crimeOver(t.id, months) : months.reduce((n, m) => n + (asb.get(m) ?? 0), 0);
  return {
    earlier,
    later,
    earlierLabel: periodLabel(earlier[0]!, earlier[11]!),
    laterLabel: periodLabel(later[0]!, later[11]!),
    // Anti-social behaviour is published only with its section on.
    figures: POLICEUK_INDICATORS.filter((id) => id !== 'anti-social-behaviour' || sectionOn('asb')).map((id) => {
      const types = typesOfIndicator(id);
      // Month by month, so the test measures the series' own variation.
      const monthly = (months: readonly string[]) => months.map((m) => types.reduce((n, t) => n + over(t, [m]), 0));
      return { id, label: NOW_LABELS[id], types, change: changeBetween(monthly(earlier), monthly(later)) };
    }),
  };
}
