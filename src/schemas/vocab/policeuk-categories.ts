/** data.police.uk street-level categories, as its API names them, with plain-English labels. */
export const POLICEUK_CATEGORIES = {
  'anti-social-behaviour': 'Anti-social behaviour',
  'bicycle-theft': 'Bicycle theft',
  burglary: 'Burglary',
  'criminal-damage-arson': 'Criminal damage and arson',
  drugs: 'Drugs',
  'other-crime': 'Other crime',
  'other-theft': 'Other theft',
  'possession-of-weapons': 'Possession of weapons',
  'public-order': 'Public order',
  robbery: 'Robbery',
  shoplifting: 'Shoplifting',
  'theft-from-the-person': 'Theft from the person',
  'vehicle-crime': 'Vehicle crime',
  'violent-crime': 'Violence and sexual offences',
} as const;

export type PoliceUkCategory = keyof typeof POLICEUK_CATEGORIES;

/** The category codes in alphabetical order, for the schema's allowed values. */
export const POLICEUK_CATEGORY_IDS = Object.keys(POLICEUK_CATEGORIES).sort() as unknown as readonly [
  PoliceUkCategory,
  ...PoliceUkCategory[],
];
