/**
 * The ward data the pages use, loaded once per build: the wards of both sets with their
 * populations, and monthly offence counts by major category and in total. A ward,
 * category and month with no row in the MPS file had no offences in that extract (the
 * file lists only categories with at least one offence), so those months count as 0.
 * A ward is identified by its set and code: a ward left unchanged in May 2022 keeps its
 * code, so the code is in both sets (never the case where every ward was redrawn).
 */
import { loadTable } from '../../core/load';
import type { RowOf } from '../../core/tables';
import { monthExtent, monthRange } from '../../core/periods';
import { ALL_CRIME, MAJOR_CATEGORIES } from '../../schemas/vocab/crime-categories';
import { WARD_SETS, type WardSet } from '../../schemas/vocab/ward-sets';
import { wardCrimeNewTable, wardCrimeOldTable, wardPopulationTable, wardsTable } from '../../schemas/wards';
import { wardSlug } from './paths';

export interface Ward {
  code: string;
  name: string;
  set: WardSet;
  /** GSS code of the borough the ward lies in. */
  borough: string;
  areaHectares: number;
  /** Usual residents at the census counted on this ward set's boundaries; null if none was loaded. */
  population: number | null;
  /** Year of that census (2011 for the 2002–2022 wards, 2021 for the May 2022 wards); null without a population. */
  censusYear: number | null;
  /** The name its page and files go by: its code, unless the code is in both sets (see wardSlug in ./paths). */
  slug: string;
}

/** Monthly counts: category id (including all-crime) → month → offences. */
export type WardSeries = Map<string, Map<string, number>>;

export interface WardSetData {
  set: WardSet;
  wards: Ward[];
  /** Every month of the series, in order. */
  months: string[];
  /** Extract each month was taken from. */
  extractOf: Map<string, string>;
  /** Ward code → its series. */
  series: Map<string, WardSeries>;
  /** The set's wards added together, by category and month (for averages and the borough comparison). */
  total: WardSeries;
  /** The source (data/meta/sources.csv) the set's crime figures come from. */
  sourceId: string;
  /** Major categories the set's file publishes (with at least one row), in list order. */
  categories: string[];
}

const CRIME_TABLES = { '2002-2022': wardCrimeOldTable, '2022': wardCrimeNewTable } as const;

let cached: Map<WardSet, WardSetData> | undefined;
let bySetAndCode: Map<string, Ward> | undefined;

/** Every ward of both sets: the 2002–2022 wards, then the May 2022 wards, each in code order. */
export function allWards(): Ward[] {
  return WARD_SETS.flatMap((s) => wardSetData(s).wards);
}

/** The key a ward goes by in lookups ("2022 E05013986"): its set and code, since a code can be in both sets. */
export function wardKey(set: string, code: string): string {
  return `${set} ${code}`;
}

/** A ward of a set by its code, or undefined. */
export function wardOf(set: WardSet, code: string): Ward | undefined {
  bySetAndCode ??= new Map(allWards().map((w) => [wardKey(w.set, w.code), w]));
  return bySetAndCode.get(wardKey(set, code));
}

/** The ward of the other ward set with the same code, or undefined (whether it is the same area: see sameCodeInOtherSet). */
export function wardWithSameCode(w: Pick<Ward, 'code' | 'set'>): Ward | undefined {
  return wardOf(w.set === '2022' ? '2002-2022' : '2022', w.code);
}

/** The wards, months and series of one ward set. */
export function wardSetData(set: WardSet): WardSetData {
  if (!cached) {
    const population = new Map(
      loadTable(wardPopulationTable).map((p) => [
        wardKey(p.ward_set, p.ward_code),
        { count: p.population, year: Number(p.census_date.slice(0, 4)) },
      ]),
    );
    const wards = loadTable(wardsTable);
    // A code in both sets sets the 2002–2022 ward's slug apart (see wardSlug).
    const current = new Set(wards.filter((w) => w.ward_set === '2022').map((w) => w.ward_code));
    const inBoth = new Set(
      wards.filter((w) => w.ward_set === '2002-2022' && current.has(w.ward_code)).map((w) => w.ward_code),
    );
    cached = new Map(
      WARD_SETS.map((s) => [
        s,
        buildSet(
          s,
          wards.filter((w) => w.ward_set === s),
          population,
          inBoth,
        ),
      ]),
    );
  }
  return cached.get(set)!;
}

function buildSet(
  set: WardSet,
  rows: RowOf<typeof wardsTable.fields>[],
  population: Map<string, { count: number; year: number }>,
  inBothSets: ReadonlySet<string>,
): WardSetData {
  const crime: ReadonlyArray<{
    ward_code: string;
    month: string;
    category_id: string;
    count: number;
    extract: string;
    source_id: string;
  }> = set === '2022' ? loadTable(CRIME_TABLES['2022']) : loadTable(CRIME_TABLES['2002-2022']);
  const extent = monthExtent(crime.map((r) => r.month))!;
  const months = monthRange(extent.start, extent.end);
  const extractOf = new Map<string, string>();
  const series = new Map<string, WardSeries>();
  const emptySeries = (): WardSeries =>
    new Map([ALL_CRIME.id, ...MAJOR_CATEGORIES.map((m) => m.id)].map((c) => [c, new Map(months.map((m) => [m, 0]))]));
  const total = emptySeries();
  const wards: Ward[] = rows
    .map((w) => {
      const census = population.get(wardKey(set, w.ward_code));
      return {
        code: w.ward_code,
        name: w.ward_name,
        set,
        borough: w.borough_code,
        areaHectares: w.area_hectares,
        population: census?.count ?? null,
        censusYear: census?.year ?? null,
        slug: wardSlug(w.ward_code, set, inBothSets.has(w.ward_code)),
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const w of wards) series.set(w.code, emptySeries());
  for (const r of crime) {
    const s = series.get(r.ward_code);
    if (!s) throw new Error(`${CRIME_TABLES[set].path}: ward ${r.ward_code} is not a ${set} ward`);
    for (const target of [s, total]) {
      for (const c of [r.category_id, ALL_CRIME.id]) {
        const m = target.get(c)!;
        m.set(r.month, (m.get(r.month) ?? 0) + r.count);
      }
    }
    extractOf.set(r.month, r.extract);
  }
  const published = new Set(crime.map((r) => r.category_id));
  return {
    set,
    wards,
    months,
    extractOf,
    series,
    total,
    sourceId: crime[0]!.source_id,
    categories: MAJOR_CATEGORIES.map((c) => c.id).filter((id) => published.has(id)),
  };
}

/** The last twelve months of a ward set's series. */
export function latestTwelve(set: WardSet): string[] {
  return wardSetData(set).months.slice(-12);
}

/** Offences in a ward and category summed over the given months. */
export function totalOver(set: WardSet, code: string, category: string, months: readonly string[]): number {
  const m = wardSetData(set).series.get(code)?.get(category);
  if (!m) throw new Error(`no series for ward ${code}, category ${category}`);
  return months.reduce((n, month) => n + (m.get(month) ?? 0), 0);
}

/**
 * Offences per 1,000 residents, unrounded (ranks and comparisons use the exact value;
 * tables round for display); null without a population.
 */
export function ratePerThousand(count: number, population: number | null): number | null {
  return population ? (count / population) * 1000 : null;
}

/** The months before the latest twelve, twelve of them (the "year before" of the change figures); empty if the series is shorter. */
export function previousTwelve(set: WardSet): string[] {
  const m = wardSetData(set).months;
  return m.length >= 24 ? m.slice(-24, -12) : [];
}

/** The census a ward set's rates use, in words: "Census 2021 residents". */
export function populationBase(set: WardSet): string {
  const year = wardSetData(set).wards.find((w) => w.censusYear !== null)?.censusYear;
  return year ? `Census ${year} residents` : 'no population';
}
