/**
 * The ward map's choices and what each shows. Every combination of ward set, category,
 * period and measure has its own page address, so the map works without JavaScript;
 * this module lists the combinations and computes the figures for one of them.
 */
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';
import { categoryLabel, familyCategories } from './categories';
import { monthLabel, periodLabel } from '../../core/periods';
import { formatNumber, signOf } from '../../core/table-data';
import {
  areaWardSets,
  currentWardSet,
  latestTwelve,
  populationBase,
  ratePerThousand,
  totalOver,
  wardSetData,
  type Ward,
} from './';
import type { Change } from '../verdicts/change';
import { changePeriods, yearChange } from './year-change';
import type { WardSet } from '../../schemas/vocab/ward-sets';

export const LATEST_12 = 'latest-12-months';
export const MEASURES = ['count', 'rate', 'change'] as const;
export type Measure = (typeof MEASURES)[number];

/** One map view. `period` is `latest-12-months` or a month `YYYY-MM`. */
export interface MapChoice {
  set: WardSet;
  category: string;
  period: string;
  measure: Measure;
}

/** The view /wards/ opens with: the area's current wards, all crime, the latest 12 months. */
export function defaultChoice(): MapChoice {
  return { set: currentWardSet(), category: ALL_CRIME.id, period: LATEST_12, measure: 'count' };
}

/** The categories a set's map offers: all crime first, then its source family's categories that are mapped. */
export function mapCategories(set: WardSet): ReadonlyArray<{ id: string; label: string }> {
  return [
    ALL_CRIME,
    ...familyCategories(wardSetData(set).family)
      .filter((c) => c.onMap)
      .map(({ id, label }) => ({ id, label })),
  ];
}

/** Whether a ward set has populations, so rates can be shown. */
export function hasRates(set: WardSet): boolean {
  let has = withRates.get(set);
  if (has === undefined) withRates.set(set, (has = wardSetData(set).wards.every((w) => w.population !== null)));
  return has;
}
// Asked by every ward page and map view: known once per set.
const withRates = new Map<WardSet, boolean>();

/** Periods offered for a ward set: the latest 12 months, then every month with figures, newest first. */
export function periodsFor(set: WardSet): string[] {
  const { months, missingMonths } = wardSetData(set);
  return mapPeriods(months, missingMonths);
}

/**
 * The latest 12 months, then each month newest first, leaving out a month the source has
 * no figures for (a month data.police.uk's files lack): its map would show every ward at 0.
 */
export function mapPeriods(months: readonly string[], missing: ReadonlySet<string>): string[] {
  return [LATEST_12, ...[...months].reverse().filter((m) => !missing.has(m))];
}

/** Every combination offered, in a stable order. */
export function allChoices(): MapChoice[] {
  const out: MapChoice[] = [];
  for (const set of areaWardSets()) {
    const measures: Measure[] = hasRates(set) ? ['count', 'rate'] : ['count'];
    for (const { id: category } of mapCategories(set)) {
      for (const period of periodsFor(set))
        for (const measure of measures) out.push({ set, category, period, measure });
      // Change compares the latest 12 months with the 12 before, so it has that period only.
      if (changePeriods(set)) out.push({ set, category, period: LATEST_12, measure: 'change' });
    }
  }
  return out;
}

/**
 * Whether a view is of a single month. Such views share one CSV a month (every ward and
 * category) and have no image or embed page of their own: they are most of the views (a
 * month each, for every category and measure), and their files would put a London-wide
 * site over a static host's file and size limits.
 */
export function isMonthView(c: Pick<MapChoice, 'period'>): boolean {
  return c.period !== LATEST_12;
}

/** The months a period covers. */
export function periodMonths(set: WardSet, period: string): string[] {
  return period === LATEST_12 ? latestTwelve(set) : [period];
}

/** A period in words: "the 12 months February 2025–January 2026" or "January 2026". */
export function periodText(set: WardSet, period: string): string {
  const months = periodMonths(set, period);
  return period === LATEST_12
    ? `the 12 months ${periodLabel(months[0]!, months[months.length - 1]!)}`
    : monthLabel(period);
}

/** A ward's figures for a view. `value` is what is mapped: the count or the rate. */
export interface MapValue {
  ward: Ward;
  count: number;
  rate: number | null;
  value: number | null;
  /** The change on the year before (change views only). */
  change?: Change;
}

/** The figures for every ward of the view's set, in ward-code order. */
export function mapValues(c: MapChoice): MapValue[] {
  const months = periodMonths(c.set, c.period);
  const p = c.measure === 'change' ? changePeriods(c.set) : null;
  return wardSetData(c.set).wards.map((ward) => {
    if (p) {
      const change = yearChange(c.set, ward.code, c.category)!;
      return { ward, count: change.later, rate: null, value: change.percent, change };
    }
    const count = totalOver(c.set, ward.code, c.category, months);
    const rate = ratePerThousand(count, ward.population);
    return { ward, count, rate, value: c.measure === 'rate' ? rate : count };
  });
}

/** What the value means, for labels: "offences" or "offences per 1,000 residents". */
export function measureUnit(m: Measure): string {
  return m === 'rate' ? 'offences per 1,000 residents' : m === 'change' ? 'change on the year before' : 'offences';
}

/** Formats a mapped value for text and accessible names. */
export function formatValue(v: number | null, m: Measure): string {
  if (v === null) return m === 'change' ? 'no percentage (under 10 offences the year before)' : 'no data';
  if (m === 'change') return `${signOf(v)}${formatNumber(Math.abs(Math.round(v)))}%`;
  return m === 'rate' ? formatNumber(v, 2) : formatNumber(v);
}

/** A one-line title for the view. */
export function choiceTitle(c: MapChoice): string {
  const p = c.measure === 'change' ? changePeriods(c.set) : null;
  if (p) return `${categoryLabel(c.category)}: change from ${p.earlierLabel} to ${p.laterLabel}`;
  const what =
    c.measure === 'rate'
      ? `${categoryLabel(c.category)} per 1,000 residents (${populationBase(c.set)})`
      : categoryLabel(c.category);
  return `${what}, ${periodText(c.set, c.period)}`;
}
