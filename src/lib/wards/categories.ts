/**
 * The crime categories of a ward set, from the vocabulary of the source family its
 * figures come from: the Metropolitan Police major categories for London's ward files,
 * data.police.uk's own types for its records. Pages show the area's own categories;
 * neither is ever mapped onto the other (the vocabulary table on /wards/about/ says how
 * they correspond).
 */
import { ALL_CRIME, MAJOR_CATEGORIES } from '../../schemas/vocab/crime-categories';
import { POLICEUK_TYPES } from '../../schemas/vocab/policeuk-categories';

/** Where a ward set's crime figures come from. */
export type CrimeFamily = 'mps' | 'policeuk';

/** A crime category as the ward pages and maps offer it. */
export interface WardCategory {
  id: string;
  label: string;
  /** A shorter name for tight spaces such as small-multiple titles. */
  shortLabel?: string;
  /** Offered as a map choice; false says why not in `notOnMap`. */
  onMap: boolean;
  notOnMap?: string;
}

const POLICEUK_CRIME: readonly WardCategory[] = POLICEUK_TYPES.filter((t) => t.crime).map((t) => ({
  id: t.id,
  label: t.label,
  ...(t.shortLabel ? { shortLabel: t.shortLabel } : {}),
  onMap: true,
}));

/** Every crime category a family publishes, in its vocabulary's order (anti-social behaviour is not a crime). */
export function familyCategories(family: CrimeFamily): readonly WardCategory[] {
  return family === 'mps' ? MAJOR_CATEGORIES : POLICEUK_CRIME;
}

/** A category's label from its id, in either vocabulary (all crime and anti-social behaviour included); throws on an unknown id. */
export function categoryLabel(id: string): string {
  if (id === ALL_CRIME.id) return ALL_CRIME.label;
  const c = MAJOR_CATEGORIES.find((m) => m.id === id) ?? POLICEUK_TYPES.find((t) => t.id === id);
  if (!c) throw new Error(`unknown crime category id "${id}"`);
  return c.label;
}
