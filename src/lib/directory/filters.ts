/**
 * What each entry says about itself for browsing and search: the filter values an
 * entry page carries for Pagefind, the options the search form offers, and short
 * labels for ages and areas. Ages are only ever claimed where the source states them.
 */
import type { DirectoryEntry, ServiceRow } from './';
import { listWords } from '../../core/words';
import { byName } from './';
import { NOT_STATED, normaliseName, type FilterParam } from './url';
import {
  INTERVENTION_TYPES,
  INTERVENTION_TYPE_LABELS,
  REFERRAL_ROUTES,
  REFERRAL_ROUTE_LABELS,
  THEMES,
  THEME_LABELS,
  type InterventionType,
} from '../../schemas/vocab/directory-vocab';
import { THEME_SEARCH_TERMS, TYPE_SEARCH_TERMS } from '../../schemas/vocab/directory-search-terms';

/** A value a filter can take, with its label. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The ages the age filter offers: from the youngest to the oldest bound any entry states. */
export interface AgeSpan {
  min: number;
  max: number;
}

export function ageSpan(entries: readonly DirectoryEntry[]): AgeSpan {
  const bounds = entries
    .flatMap(({ service: s }) => [s.minimum_age, s.maximum_age])
    .filter((a): a is number => a !== null);
  if (!bounds.length) return { min: 0, max: 0 };
  return { min: Math.min(...bounds), max: Math.max(...bounds) };
}

/**
 * The ages an entry is indexed under: every age in its stated range. A range stated on
 * one side only ("12 and over", "under 18") runs to the edge of the filter's span. With
 * no stated age the entry is indexed as not stated and never claims to suit an age.
 */
export function ageValues(s: ServiceRow, span: AgeSpan): string[] {
  if (s.minimum_age === null && s.maximum_age === null) return [NOT_STATED];
  const from = s.minimum_age ?? span.min;
  const to = s.maximum_age ?? span.max;
  const out: string[] = [];
  for (let a = from; a <= to; a++) out.push(String(a));
  return out;
}

/** The age range in words: "Ages 5 to 11", "Ages 12 and over", "Up to age 17", "Age not stated". */
export function ageLabel(s: ServiceRow): string {
  const { minimum_age: min, maximum_age: max } = s;
  if (min !== null && max !== null) return min === max ? `Age ${min}` : `Ages ${min} to ${max}`;
  if (min !== null) return `Ages ${min} and over`;
  if (max !== null) return `Up to age ${max}`;
  return 'Age not stated';
}

/** A lower-case hyphenated form of a name, for filter values. */
export const slug = (s: string): string => normaliseName(s).replace(/ /g, '-');

/** The boroughs named anywhere in the directory, as filter options sorted by name. */
export function boroughOptions(entries: readonly DirectoryEntry[]): FilterOption[] {
  const names = new Set(
    entries.flatMap((e) => e.areas.filter((a) => a.area_type === 'borough').map((a) => a.area_name)),
  );
  return [...names].sort(byName).map((n) => ({ value: slug(n), label: n }));
}

/**
 * The area filter values of an entry. A service covering all of London is listed under
 * every borough too, since it was available there; unnamed boroughs and no stated area
 * have their own values so every entry can be found by area.
 */
export function areaValues(e: DirectoryEntry, boroughs: readonly FilterOption[]): string[] {
  if (!e.areas.length) return [NOT_STATED];
  const out = new Set<string>();
  for (const a of e.areas) {
    if (a.area_type === 'borough' || a.area_type === 'region') out.add(slug(a.area_name));
    if (a.area_type === 'unnamed-boroughs') out.add('not-named');
    if (a.area_type === 'london') {
      out.add('london');
      for (const b of boroughs) out.add(b.value);
    }
  }
  return [...out].sort();
}

/** The areas in words, e.g. "Lambeth, Westminster and Hackney" or "Area not stated". */
export function areaLabel(e: DirectoryEntry): string {
  const names = e.areas.map((a) => (a.area_type === 'london' ? 'All of London' : a.area_name));
  if (!names.length) return 'Area not stated';
  return listWords(names);
}

/** The intervention type an entry is grouped under on the listing page: its first. */
export function primaryType(s: ServiceRow): InterventionType | 'none' {
  return s.intervention_types[0] ?? 'none';
}

/** The normalised names an exact-name search matches: the name and any other name. */
export function nameKeys(s: ServiceRow): string[] {
  return [...new Set([s.name, s.alternate_name].filter((n): n is string => !!n).map(normaliseName))];
}

/** Every Pagefind filter value an entry page carries, by search parameter. */
export function entryFilterValues(
  e: DirectoryEntry,
  span: AgeSpan,
  boroughs: readonly FilterOption[],
): Record<FilterParam, string[]> {
  const s = e.service;
  return {
    type: s.intervention_types.length ? [...s.intervention_types] : ['none'],
    theme: s.themes.length ? [...s.themes] : [NOT_STATED],
    age: ageValues(s, span),
    area: areaValues(e, boroughs),
    route: s.referral_routes.length ? [...s.referral_routes] : [NOT_STATED],
  };
}

/** The options the search form offers for each filter, with readable labels. */
export function filterOptions(entries: readonly DirectoryEntry[]): Record<FilterParam, FilterOption[]> {
  const span = ageSpan(entries);
  const ages: FilterOption[] = [];
  for (let a = span.min; a <= span.max; a++) ages.push({ value: String(a), label: `${a}` });
  const regions = [
    ...new Set(entries.flatMap((e) => e.areas.filter((a) => a.area_type === 'region').map((a) => a.area_name))),
  ].sort(byName);
  return {
    type: [
      ...INTERVENTION_TYPES.map((t) => ({ value: t, label: INTERVENTION_TYPE_LABELS[t] })),
      { value: 'none', label: 'Not an intervention (contacts and resources)' },
    ],
    theme: [
      ...THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] })),
      { value: NOT_STATED, label: 'No theme given' },
    ],
    age: [...ages, { value: NOT_STATED, label: 'Age not stated' }],
    area: [
      { value: 'london', label: 'All of London' },
      ...boroughOptions(entries),
      ...regions.map((r) => ({ value: slug(r), label: r })),
      { value: 'not-named', label: 'Boroughs not named' },
      { value: NOT_STATED, label: 'Area not stated' },
    ],
    route: [
      ...REFERRAL_ROUTES.map((r) => ({ value: r, label: REFERRAL_ROUTE_LABELS[r] })),
      { value: NOT_STATED, label: 'Not described' },
    ],
  };
}

/**
 * The words youth workers might search for this entry with, from its themes and types
 * (see directory-search-terms): indexed as hidden, weighted text on the entry page.
 */
export function entrySearchTerms(s: ServiceRow): string[] {
  return [
    ...new Set([
      ...s.themes.flatMap((t) => THEME_SEARCH_TERMS[t]),
      ...s.intervention_types.flatMap((t) => TYPE_SEARCH_TERMS[t]),
    ]),
  ];
}
