/**
 * MPS major crime categories as the portal offers them for wards. The two ward files
 * write the same major categories differently (Title Case before 2023, UPPER CASE
 * after), so the import maps each published text to a stable id through this explicit
 * list, and fails on any text it does not know.
 */

export interface MajorCategory {
  /** Stable id used in data (`category_id`) and page addresses. */
  id: string;
  /** Name shown on the site, in sentence case. */
  label: string;
  /** A shorter name for tight spaces such as small-multiple titles. */
  shortLabel?: string;
  /** The MajorText values the MPS files use for this category. */
  published: readonly string[];
  /** Offered as a map choice; false says why not in `notOnMap`. */
  onMap: boolean;
  notOnMap?: string;
}

export const MAJOR_CATEGORIES: readonly MajorCategory[] = [
  {
    id: 'arson-and-criminal-damage',
    label: 'Arson and criminal damage',
    published: ['Arson and Criminal Damage', 'ARSON AND CRIMINAL DAMAGE'],
    onMap: true,
  },
  { id: 'burglary', label: 'Burglary', published: ['Burglary', 'BURGLARY'], onMap: true },
  { id: 'drug-offences', label: 'Drug offences', published: ['Drug Offences', 'DRUG OFFENCES'], onMap: true },
  {
    // Some boroughs' rows carry the major text "NFIB FRAUD" (fraud the National Fraud
    // Intelligence Bureau passed to the police): the same offence group, so the same category;
    // the row's minor category keeps the published text.
    id: 'fraud-and-forgery',
    label: 'Fraud and forgery',
    published: ['FRAUD AND FORGERY', 'NFIB FRAUD'],
    onMap: false,
    notOnMap:
      'Fraud and forgery appears only in the newer ward files, with a handful of offences in two years: most fraud is reported to Action Fraud and is not recorded against a ward. It is counted in all crime and listed on each ward page, but not mapped.',
  },
  {
    id: 'miscellaneous-crimes-against-society',
    label: 'Miscellaneous crimes against society',
    shortLabel: 'Misc. crimes against society',
    published: ['Miscellaneous Crimes Against Society', 'MISCELLANEOUS CRIMES AGAINST SOCIETY'],
    onMap: true,
  },
  {
    id: 'possession-of-weapons',
    label: 'Possession of weapons',
    published: ['Possession of Weapons', 'POSSESSION OF WEAPONS'],
    onMap: true,
  },
  {
    id: 'public-order-offences',
    label: 'Public order offences',
    published: ['Public Order Offences', 'PUBLIC ORDER OFFENCES'],
    onMap: true,
  },
  { id: 'robbery', label: 'Robbery', published: ['Robbery', 'ROBBERY'], onMap: true },
  { id: 'sexual-offences', label: 'Sexual offences', published: ['Sexual Offences', 'SEXUAL OFFENCES'], onMap: true },
  { id: 'theft', label: 'Theft', published: ['Theft', 'THEFT'], onMap: true },
  {
    id: 'vehicle-offences',
    label: 'Vehicle offences',
    published: ['Vehicle Offences', 'VEHICLE OFFENCES'],
    onMap: true,
  },
  {
    id: 'violence-against-the-person',
    label: 'Violence against the person',
    published: ['Violence Against the Person', 'VIOLENCE AGAINST THE PERSON'],
    onMap: true,
  },
];

/** The ids of every major category, for the `category_id` column's allowed values. */
export const MAJOR_CATEGORY_IDS = MAJOR_CATEGORIES.map((c) => c.id) as unknown as readonly [string, ...string[]];

/** The pseudo-category for the sum of every category. */
export const ALL_CRIME = { id: 'all-crime', label: 'All crime' } as const;

/** The categories offered on the ward map: all crime first, then the mapped majors. */
export const MAP_CATEGORIES: ReadonlyArray<{ id: string; label: string }> = [
  ALL_CRIME,
  ...MAJOR_CATEGORIES.filter((c) => c.onMap).map(({ id, label }) => ({ id, label })),
];

/** The major category a published MajorText belongs to, or undefined when unknown. */
export function majorCategoryOf(published: string): MajorCategory | undefined {
  return MAJOR_CATEGORIES.find((c) => c.published.includes(published));
}
