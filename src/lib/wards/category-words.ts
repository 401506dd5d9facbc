/**
 * What each police crime category covers, in residents' words, and the everyday terms
 * people search with ("knife crime"), shown on each category's ward map so a site search
 * for those words finds the figures.
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
};
