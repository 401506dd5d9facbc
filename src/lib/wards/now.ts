/**
 * Violence, property crime and anti-social behaviour now, for an area whose figures come
 * from data.police.uk: the latest 12 months against the 12 before, summed over the area's
 * wards month by month, each type counted exactly as the vocabulary table says, with the
 * same change test as every ward figure (src/lib/verdicts). No partnership target is known
 * for such an area, so no target rule is applied: the change and whether it is more than
 * normal variation, nothing more.
 */
import type { WardSet } from '../../schemas/vocab/ward-sets';
import {
  POLICEUK_INDICATORS,
  typesOfIndicator,
  type PoliceUkIndicator,
  type PoliceUkType,
} from '../../schemas/vocab/policeuk-categories';
import { currentWardSet, wardSetData } from './';
import { asbOf } from './asb';
import { changeContext, changePeriods, changeRowsTable, monthlyCounts } from './year-change';
import { changeBetween, MIN_BASE_FOR_PERCENT, type Change } from '../verdicts/change';
import { VARIATION_COLUMN } from '../verdicts/words';
import { areaContext, sectionOn } from '../site';
import type { TableData } from '../../core/table-data';
import type { Figure } from '../../charts/figure';
import { figure } from '../figure';
import { wardProvenance } from './provenance';

/** One indicator now. */
export interface NowFigure {
  id: PoliceUkIndicator;
  label: string;
  /** The data.police.uk types it counts, exactly. */
  types: PoliceUkType[];
  /** What it counts, in words: anti-social behaviour is incidents, not crimes. */
  unit: 'crimes' | 'incidents';
  change: Change;
}

/** What the home page shows: the figures and the two periods compared. */
export interface NowFigures {
  /** The ward set the figures add up. */
  set: WardSet;
  figures: NowFigure[];
  /** Indicators left out because a month of the 24 has no figure in the source (not zero). */
  withheld: string[];
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
 * data.police.uk or it lacks 24 months in a row (a year cannot be compared with the one before).
 */
export function policeUkNow(): NowFigures | null {
  const d = wardSetData(currentWardSet());
  const periods = changePeriods(d.set);
  if (d.family !== 'policeuk' || !periods) return null;
  const months = [...periods.earlier, ...periods.later];
  // Anti-social behaviour month by month over the area's wards; null where a month has no figure.
  const asb = months.map((m) =>
    d.wards.reduce<number | null>((n, w) => {
      const count = asbOf(w)?.find((a) => a.month === m)?.count ?? null;
      return n === null || count === null ? null : n + count;
    }, 0),
  );
  const monthly = (t: PoliceUkType): Array<number | null> => (t.crime ? monthlyCounts(d.set, null, t.id, months) : asb);
  const figures: NowFigure[] = [];
  const withheld: string[] = [];
  // Anti-social behaviour is published only with its section on.
  for (const id of POLICEUK_INDICATORS.filter((i) => i !== 'anti-social-behaviour' || sectionOn('asb'))) {
    const types = typesOfIndicator(id);
    const byType = types.map(monthly);
    // Month by month, so the test measures the series' own variation.
    const sums = months.map((_, i) =>
      byType.reduce<number | null>((n, counts) => (n === null || counts[i] === null ? null : n + counts[i]!), 0),
    );
    if (sums.includes(null)) {
      withheld.push(NOW_LABELS[id]);
      continue;
    }
    figures.push({
      id,
      label: NOW_LABELS[id],
      types,
      unit: id === 'anti-social-behaviour' ? 'incidents' : 'crimes',
      change: changeBetween(sums.slice(0, 12) as number[], sums.slice(12) as number[]),
    });
  }
  return { set: d.set, ...periods, figures, withheld };
}

/**
 * The figures as a table-only figure on the home page (anchor `now`), so they download as
 * CSV, carry their source and licence and can be cited like every other number. The CSV
 * also names the data.police.uk types each indicator counts, which the page's cards give.
 */
export function nowFigure(now: NowFigures, area: string): Figure {
  const title = `Crime and anti-social behaviour in ${area}, ${now.laterLabel} against ${now.earlierLabel} (data.police.uk)`;
  const table: TableData = {
    caption: `${title}. ${VARIATION_COLUMN} yes means more than normal year-to-year variation would explain (see About the ward figures). A dash in % change: under ${MIN_BASE_FOR_PERCENT} in the earlier year, too few for a percentage to mean much`,
    ...changeRowsTable(
      { key: 'indicator', label: 'Indicator' },
      now.figures.map((f) => ({ name: f.label, change: f.change })),
      now,
    ),
    context: { ...areaContext(), ...changeContext(now) },
  };
  const csvTable: TableData = {
    ...table,
    columns: [...table.columns, { key: 'policeuk_types', label: "data.police.uk's types counted" }],
    rows: table.rows.map((r, i) => ({
      ...r,
      policeuk_types: now.figures[i]!.types.map((t) => t.label).join('; '),
    })),
  };
  return figure({
    csvHref: '/now.csv',
    page: '/',
    anchor: 'now',
    title,
    summary: now.figures
      .map(
        (f) =>
          `${f.label}: ${f.change.later.toLocaleString('en-GB')} ${f.unit} in ${now.laterLabel}, against ${f.change.earlier.toLocaleString('en-GB')} the year before.`,
      )
      .join(' '),
    svg: null,
    table,
    csvTable,
    provenance: wardProvenance(now.set, [...now.earlier, ...now.later]),
  });
}
