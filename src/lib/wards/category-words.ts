/**
 * What each police crime category covers, in residents' words, and the everyday terms
 * people search with ("knife crime"), shown on each category's ward map so a site search
 * for those words finds the figures. Both vocabularies are here: the Metropolitan Police
 * major categories and data.police.uk's types (burglary, robbery and possession of weapons
 * have the same id and meaning in both).
 */
export const CATEGORY_WORDS: Readonly<Record<string, { covers: string; searchedAs: string }>> = {
  'all-crime': {
    covers: 'Every offence the police recorded, in all categories.',
    searchedAs: 'all crime, total crime, recorded crime',
  },
  'arson-and-criminal-damage': {
    covers:
      'Deliberately setting fire to property, and damaging or destroying property, such as vandalism and graffiti.',
    searchedAs: 'arson, criminal damage, vandalism, graffiti',
  },
  burglary: {
    covers:
      'Entering a home or other building as a trespasser to steal or do damage: break-ins at homes, sheds, garages, shops and offices.',
    searchedAs: 'burglary, break-ins, burglaries',
  },
  'drug-offences': {
    covers: 'Possessing or supplying controlled drugs.',
    searchedAs: 'drugs, drug dealing, possession of drugs',
  },
  'miscellaneous-crimes-against-society': {
    covers: 'Offences against society that fall in no other police category.',
    searchedAs: 'other offences',
  },
  'possession-of-weapons': {
    covers:
      'Carrying a knife, blade, other offensive weapon or a firearm without good reason: the offences usually meant by knife crime. Robberies and assaults with a knife are counted under robbery and violence against the person.',
    searchedAs: 'knife crime, knives, weapons, offensive weapons, guns',
  },
  'public-order-offences': {
    covers: 'Causing fear, alarm or distress in public, such as threatening behaviour, affray and violent disorder.',
    searchedAs: 'public order, disorder',
  },
  robbery: {
    covers: 'Stealing with force or the threat of force, from a person or a business, such as muggings.',
    searchedAs: 'robbery, mugging, muggings',
  },
  'sexual-offences': { covers: 'Rape and other sexual offences.', searchedAs: 'sexual offences, rape, sexual assault' },
  theft: {
    covers:
      'Theft from a person or a shop, bicycle theft and other theft; thefts of and from vehicles are counted as vehicle offences.',
    searchedAs: 'theft, shoplifting, pickpocketing, bike theft',
  },
  'vehicle-offences': {
    covers: 'Theft of and from vehicles, and interfering with vehicles.',
    searchedAs: 'car crime, vehicle crime, car theft',
  },
  'violence-against-the-person': {
    covers: 'Assault, harassment and other violence against a person, with or without injury.',
    searchedAs: 'violence, assault, violent crime',
  },
  // data.police.uk's types (see src/schemas/vocab/policeuk-categories.ts).
  'anti-social-behaviour': {
    covers: 'Nuisance, rowdy or inconsiderate behaviour reported to the police: incidents, not crimes.',
    searchedAs: 'anti-social behaviour, ASB, nuisance',
  },
  'bicycle-theft': { covers: 'Theft of a pedal cycle.', searchedAs: 'bike theft, bicycle theft, cycle theft' },
  'criminal-damage-arson': {
    covers:
      'Deliberately setting fire to property, and damaging or destroying property, such as vandalism and graffiti.',
    searchedAs: 'arson, criminal damage, vandalism, graffiti',
  },
  drugs: {
    covers: 'Possessing or supplying controlled drugs.',
    searchedAs: 'drugs, drug dealing, possession of drugs',
  },
  'other-crime': {
    covers: 'Offences that fall in no other type, such as forgery and perjury.',
    searchedAs: 'other crime, other offences',
  },
  'other-theft': {
    covers: 'Thefts not counted in another type, such as theft by an employee or of unattended property.',
    searchedAs: 'theft, stealing',
  },
  'public-order': {
    covers: 'Causing fear, alarm or distress in public, such as threatening behaviour, affray and violent disorder.',
    searchedAs: 'public order, disorder',
  },
  shoplifting: { covers: 'Theft from shops and stalls.', searchedAs: 'shoplifting, shop theft' },
  'theft-from-the-person': {
    covers: 'Theft of something a person is carrying or wearing, such as pickpocketing or a snatched phone.',
    searchedAs: 'pickpocketing, phone snatching, theft from the person',
  },
  'vehicle-crime': {
    covers: 'Theft of and from vehicles, and interfering with vehicles.',
    searchedAs: 'car crime, vehicle crime, car theft',
  },
  'violent-crime': {
    covers:
      'Assault, harassment and other violence against a person, with or without injury, and sexual offences: data.police.uk publishes them as one type.',
    searchedAs: 'violence, assault, violent crime, sexual offences',
  },
};
