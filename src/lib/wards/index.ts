/**
 * The ward data the pages use, loaded once per build: the area's wards in each of its
 * ward sets with their populations, and monthly offence counts by category and in total.
 * A set's figures come from the source family that has rows for it: the Metropolitan
 * Police's ward files (London's two sets) or data.police.uk's records placed in the wards
 * (anti-social behaviour apart, in ./asb). A ward, category and month with no row in an
 * MPS file had no offences in that extract (the file lists only categories with at least
 * one offence), so those months count as 0; the police.uk table lists every month.
 * A ward is identified by its set and code: a ward left unchanged by a redrawing keeps its
 * code, so the code is in both sets.
 */
import { loadTable } from '../../core/load';
import type { RowOf } from '../../core/tables';
import { monthExtent, monthRange } from '../../core/periods';
import { listWords } from '../../core/words';
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';
import { POLICEUK_ASB } from '../../schemas/vocab/policeuk-categories';
import { WARD_SET_INFO, WARD_SETS, type WardSet } from '../../schemas/vocab/ward-sets';
import {
  wardCrimeNewTable,
  wardCrimeOldTable,
  wardPlacementTable,
  wardPoliceUkTable,
  wardPopulationTable,
  wardsTable,
} from '../../schemas/wards';
import { familyCategories, type CrimeFamily, type WardCategory } from './categories';
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
  /** Year of that census (2011 for the 2002–2022 wards, 2021 for the later sets); null without a population. */
  censusYear: number | null;
  /** True when the population is a sum of small areas by best fit, not a count on the ward's own boundary. */
  populationApproximate: boolean;
  /** The name its page and files go by: its code, unless the code is in both sets (see wardSlug in ./paths). */
  slug: string;
}

/** Monthly counts: category id (including all-crime) → month → offences. */
export type WardSeries = Map<string, Map<string, number>>;

export interface WardSetData {
  set: WardSet;
  /** The source family the set's crime figures come from. */
  family: CrimeFamily;
  wards: Ward[];
  /** Every month of the series, in order. */
  months: string[];
  /** Months of the series the source gives no figure for (none of its rows): no figure, not zero. */
  missingMonths: ReadonlySet<string>;
  /** The police file each month was taken from (an MPS extract, or a data.police.uk street file). */
  extractOf: Map<string, string>;
  /** Ward code → its series. */
  series: Map<string, WardSeries>;
  /** The set's wards added together, by category and month (for averages and the borough comparison). */
  total: WardSeries;
  /** The source (data/meta/sources.csv) the set's crime figures come from. */
  sourceId: string;
  /** The published table (datapackage resource) the set's crime figures are in. */
  dataset: string;
  /** Categories the set's source publishes (with at least one row), in vocabulary order, with their labels. */
  categoryList: WardCategory[];
}

/** A crime row of either family, as far as the series needs it (the MPS tables' own rows, unchanged). */
interface CrimeCount {
  ward_code: string;
  month: string;
  category_id: string;
  count: number;
  extract: string;
  source_id: string;
}

/** The Metropolitan Police ward file on a set (London's two sets only): its table's name and its rows. */
function mpsRows(set: WardSet): { dataset: string; rows: readonly CrimeCount[] } | undefined {
  if (set === '2002-2022') return { dataset: wardCrimeOldTable.name, rows: loadTable(wardCrimeOldTable) };
  if (set === '2022') return { dataset: wardCrimeNewTable.name, rows: loadTable(wardCrimeNewTable) };
  return undefined;
}

let cached: Map<WardSet, WardSetData> | undefined;
let bySetAndCode: Map<string, Ward> | undefined;

/** The ward sets the area has wards in, oldest first: one, or London's two. */
export function areaWardSets(): WardSet[] {
  return [...allSets().keys()];
}

/** The area's newest ward set: the one /wards/ opens with and postcodes are answered in. */
export function currentWardSet(): WardSet {
  return areaWardSets().at(-1)!;
}

/** Every ward of the area's sets: the oldest set first, each in code order. */
export function allWards(): Ward[] {
  return areaWardSets().flatMap((s) => wardSetData(s).wards);
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

/**
 * The other ward set of the set's area that the portal publishes (London's two sets), or
 * null: an area may publish one set alone (data.police.uk's areas; a London portal that
 * leaves out the 2002–2022 wards).
 */
export function otherWardSet(set: WardSet): WardSet | null {
  const other = WARD_SET_INFO[set].other;
  return other && allSets().has(other) ? other : null;
}

/** The ward of the other ward set with the same code, or undefined (whether it is the same area: see sameCodeInOtherSet). */
export function wardWithSameCode(w: Pick<Ward, 'code' | 'set'>): Ward | undefined {
  const other = otherWardSet(w.set);
  return other ? wardOf(other, w.code) : undefined;
}

/** The wards, months and series of one of the area's ward sets; throws for a set the area has no wards in. */
export function wardSetData(set: WardSet): WardSetData {
  const d = allSets().get(set);
  if (!d) throw new Error(`the area has no wards of the ${set} set (data/wards/wards.csv)`);
  return d;
}

function allSets(): Map<WardSet, WardSetData> {
  if (!cached) {
    const population = new Map(
      loadTable(wardPopulationTable).map((p) => [
        wardKey(p.ward_set, p.ward_code),
        { count: p.population, year: Number(p.census_date.slice(0, 4)), approximate: p.basis !== 'ward' },
      ]),
    );
    const wards = loadTable(wardsTable);
    // A code in both of London's sets sets the 2002–2022 ward's slug apart (see wardSlug).
    const setsOf = new Map<string, number>();
    for (const w of wards) setsOf.set(w.ward_code, (setsOf.get(w.ward_code) ?? 0) + 1);
    const inBoth = new Set([...setsOf].filter(([, n]) => n > 1).map(([code]) => code));
    cached = new Map();
    for (const s of WARD_SETS) {
      const rows = wards.filter((w) => w.ward_set === s);
      if (rows.length) cached.set(s, buildSet(s, rows, population, inBoth));
    }
  }
  return cached;
}

/** The set's crime rows, from the MPS ward file of the set when it has rows, otherwise data.police.uk's. */
function crimeRows(set: WardSet): { family: CrimeFamily; dataset: string; rows: readonly CrimeCount[] } {
  // A region's MPS rows run to a million: used as loaded, never copied.
  const mps = mpsRows(set);
  if (mps?.rows.length) return { family: 'mps', ...mps };
  const fileOf = new Map(
    loadTable(wardPlacementTable)
      .filter((p) => p.ward_set === set)
      .map((p) => [p.month, p.file]),
  );
  const rows: CrimeCount[] = [];
  for (const r of loadTable(wardPoliceUkTable)) {
    if (r.ward_set !== set || r.category === POLICEUK_ASB || r.count === null) continue;
    rows.push({
      ward_code: r.ward_code,
      month: r.month,
      category_id: r.category,
      count: r.count,
      extract: fileOf.get(r.month) ?? '',
      source_id: r.source_id,
    });
  }
  return { family: 'policeuk', dataset: wardPoliceUkTable.name, rows };
}

function buildSet(
  set: WardSet,
  rows: RowOf<typeof wardsTable.fields>[],
  population: Map<string, { count: number; year: number; approximate: boolean }>,
  inBothSets: ReadonlySet<string>,
): WardSetData {
  const { family, dataset, rows: crime } = crimeRows(set);
  if (crime.length === 0) throw new Error(`no crime figures for the ${set} wards in any ward crime table`);
  const extent = monthExtent(crime.map((r) => r.month))!;
  const months = monthRange(extent.start, extent.end);
  const withFigures = new Set(crime.map((r) => r.month));
  const missingMonths = new Set(months.filter((m) => !withFigures.has(m)));
  const vocabulary = familyCategories(family);
  const extractOf = new Map<string, string>();
  const series = new Map<string, WardSeries>();
  const emptySeries = (): WardSeries =>
    new Map([ALL_CRIME.id, ...vocabulary.map((m) => m.id)].map((c) => [c, new Map(months.map((m) => [m, 0]))]));
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
        populationApproximate: census?.approximate ?? false,
        slug: wardSlug(w.ward_code, set, inBothSets.has(w.ward_code)),
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const w of wards) series.set(w.code, emptySeries());
  for (const r of crime) {
    const s = series.get(r.ward_code);
    if (!s) throw new Error(`ward ${r.ward_code} has crime figures but is not a ${set} ward in data/wards/wards.csv`);
    for (const target of [s, total]) {
      for (const c of [r.category_id, ALL_CRIME.id]) {
        const m = target.get(c)!;
        m.set(r.month, (m.get(r.month) ?? 0) + r.count);
      }
    }
    extractOf.set(r.month, r.extract);
  }
  // police.uk lists every type each month, with zeros: a category is published when it has a crime.
  const published = new Set(crime.filter((r) => family === 'mps' || r.count > 0).map((r) => r.category_id));
  const categoryList = vocabulary.filter((c) => published.has(c.id));
  return {
    set,
    family,
    wards,
    months,
    missingMonths,
    extractOf,
    series,
    total,
    sourceId: crime[0]!.source_id,
    dataset,
    categoryList,
  };
}

/** The last twelve months of a ward set's series. */
export function latestTwelve(set: WardSet): string[] {
  return wardSetData(set).months.slice(-12);
}

/**
 * The set's months that have figures, oldest first: every month but those its source lacks
 * (missingMonths). Whatever draws or lists months one by one takes these, so a missing month
 * never reads as a month without crime.
 */
export function monthsWithFigures(set: WardSet): string[] {
  const { months, missingMonths } = wardSetData(set);
  return months.filter((m) => !missingMonths.has(m));
}

/** The months among `months` the set's source has no figures for (never zero: no figure). */
export function missingIn(set: WardSet, months: readonly string[]): string[] {
  const { missingMonths } = wardSetData(set);
  return months.filter((m) => missingMonths.has(m));
}

/**
 * The words every figure over months with a gap ends with: "The source has no figures for
 * June 2025", and, where the figure is a total over them, "so this total leaves it out".
 * `months` are in words (monthLabel); empty when nothing is missing.
 */
export function noFiguresSentence(months: readonly string[], total?: 'this total' | 'these totals'): string {
  if (!months.length) return '';
  const them = months.length === 1 ? 'it' : 'them';
  const leaves = total === 'this total' ? 'leaves' : 'leave';
  return ` The source has no figures for ${listWords(months)}${total ? `, so ${total} ${leaves} ${them} out` : ''}.`;
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
  // A month the source has no figure for would count as zero and read as a change: no comparison then.
  const { missingMonths } = wardSetData(set);
  return m.length >= 24 && !m.slice(-24).some((month) => missingMonths.has(month)) ? m.slice(-24, -12) : [];
}

/** The census a ward set's rates use, in words: "Census 2021 residents", or "Census 2021 residents, approximate" for best-fit sums. */
export function populationBase(set: WardSet): string {
  const ward = wardSetData(set).wards.find((w) => w.censusYear !== null);
  if (!ward) return 'no population';
  return `Census ${ward.censusYear} residents${ward.populationApproximate ? ', approximate' : ''}`;
}
