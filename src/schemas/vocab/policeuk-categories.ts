/**
 * data.police.uk's 14 street-level types, as its API names them (the ids) and as its
 * monthly street files write them (`Crime type`), with plain-English labels and where each
 * counts in the portal: which of the current indicators (violence, property, anti-social
 * behaviour) it adds to, and which Metropolitan Police major categories hold the same
 * offences in London's ward files. Every choice carries its reason, shown on /wards/about/.
 */

/** The indicators a police.uk area's figures are recomputed for (the violence, property and ASB portfolios). */
export const POLICEUK_INDICATORS = ['violence', 'property', 'anti-social-behaviour'] as const;
export type PoliceUkIndicator = (typeof POLICEUK_INDICATORS)[number];

export interface PoliceUkType {
  /** data.police.uk's own id for the type (its API's category slug), used in data and page addresses. */
  id: string;
  /** The `Crime type` text of the monthly street files, exactly. */
  published: string;
  /** Name shown on the site, in sentence case. */
  label: string;
  /** A shorter name for tight spaces such as small-multiple titles. */
  shortLabel?: string;
  /** False for anti-social behaviour: incidents, never added to crime totals. */
  crime: boolean;
  /** The current indicator the type counts towards, or null for none. */
  indicator: PoliceUkIndicator | null;
  /** The Metropolitan Police major categories (ids in crime-categories.ts) holding the same offences. */
  mps: readonly string[];
  /** Why it counts where it does, in words. */
  reason: string;
}

/** The vocabulary table: every type data.police.uk publishes, in its own order (alphabetical by id). */
export const POLICEUK_TYPES: readonly PoliceUkType[] = [
  {
    id: 'anti-social-behaviour',
    published: 'Anti-social behaviour',
    label: 'Anti-social behaviour',
    crime: false,
    indicator: 'anti-social-behaviour',
    mps: [],
    reason:
      'Incidents reported to the police, not crimes: counted by the anti-social behaviour indicator and never added to crime totals. London’s ward files have no anti-social behaviour.',
  },
  {
    id: 'bicycle-theft',
    published: 'Bicycle theft',
    label: 'Bicycle theft',
    crime: true,
    indicator: 'property',
    mps: ['theft'],
    reason: 'Theft of a pedal cycle is property crime; the Metropolitan Police count it within theft.',
  },
  {
    id: 'burglary',
    published: 'Burglary',
    label: 'Burglary',
    crime: true,
    indicator: 'property',
    mps: ['burglary'],
    reason: 'Burglary of homes and other buildings is property crime, as in the Metropolitan Police burglary group.',
  },
  {
    id: 'criminal-damage-arson',
    published: 'Criminal damage and arson',
    label: 'Criminal damage and arson',
    shortLabel: 'Criminal damage, arson',
    crime: true,
    indicator: 'property',
    mps: ['arson-and-criminal-damage'],
    reason: 'Damaging or setting fire to property is property crime; both sources count arson with criminal damage.',
  },
  {
    id: 'drugs',
    published: 'Drugs',
    label: 'Drugs',
    crime: true,
    indicator: null,
    mps: ['drug-offences'],
    reason: 'Possessing or supplying drugs is neither violence nor property crime.',
  },
  {
    id: 'other-crime',
    published: 'Other crime',
    label: 'Other crime',
    crime: true,
    indicator: null,
    mps: ['miscellaneous-crimes-against-society'],
    reason: 'Offences in no other type (forgery, perjury and the like): neither violence nor property crime.',
  },
  {
    id: 'other-theft',
    published: 'Other theft',
    label: 'Other theft',
    crime: true,
    indicator: 'property',
    mps: ['theft'],
    reason: 'Thefts not counted in another type are property crime; the Metropolitan Police count them within theft.',
  },
  {
    id: 'possession-of-weapons',
    published: 'Possession of weapons',
    label: 'Possession of weapons',
    crime: true,
    indicator: null,
    mps: ['possession-of-weapons'],
    reason: 'Carrying a weapon is counted on its own, in neither violence nor property crime.',
  },
  {
    id: 'public-order',
    published: 'Public order',
    label: 'Public order',
    crime: true,
    indicator: null,
    mps: ['public-order-offences'],
    reason: 'Causing fear, alarm or distress in public is neither violence nor property crime.',
  },
  {
    id: 'robbery',
    published: 'Robbery',
    label: 'Robbery',
    crime: true,
    indicator: 'property',
    mps: ['robbery'],
    reason:
      'Robbery is theft with force or its threat; the portal counts it as property crime, as London’s figures do.',
  },
  {
    id: 'shoplifting',
    published: 'Shoplifting',
    label: 'Shoplifting',
    crime: true,
    indicator: 'property',
    mps: ['theft'],
    reason: 'Theft from shops is property crime; the Metropolitan Police count it within theft.',
  },
  {
    id: 'theft-from-the-person',
    published: 'Theft from the person',
    label: 'Theft from the person',
    crime: true,
    indicator: 'property',
    mps: ['theft'],
    reason: 'Pickpocketing and snatch theft are property crime; the Metropolitan Police count them within theft.',
  },
  {
    id: 'vehicle-crime',
    published: 'Vehicle crime',
    label: 'Vehicle crime',
    crime: true,
    indicator: 'property',
    mps: ['vehicle-offences'],
    reason: 'Theft of and from vehicles is property crime, as in the Metropolitan Police vehicle offences group.',
  },
  {
    id: 'violent-crime',
    published: 'Violence and sexual offences',
    label: 'Violence and sexual offences',
    shortLabel: 'Violence, sexual offences',
    crime: true,
    indicator: 'violence',
    mps: ['violence-against-the-person', 'sexual-offences'],
    reason:
      'data.police.uk publishes violence and sexual offences as one type, so the violence figure includes sexual offences; London’s ward files show them as two categories and its violence figure leaves sexual offences out.',
  },
];

/** The type ids, for the schema's allowed values. */
export const POLICEUK_CATEGORY_IDS = POLICEUK_TYPES.map((t) => t.id) as unknown as readonly [string, ...string[]];

/** The id of anti-social behaviour, which is not a crime. */
export const POLICEUK_ASB = 'anti-social-behaviour';

/** The type a street file's `Crime type` names, or undefined when data.police.uk has no such type. */
export function policeUkTypeOf(published: string): PoliceUkType | undefined {
  return POLICEUK_TYPES.find((t) => t.published === published);
}

/** The types an indicator counts, in vocabulary order. */
export function typesOfIndicator(indicator: PoliceUkIndicator): PoliceUkType[] {
  return POLICEUK_TYPES.filter((t) => t.indicator === indicator);
}
