/**
 * The words youth workers search the directory with, mapped to the directory's own
 * themes and intervention types. Pagefind has no synonyms, so each entry page carries
 * the words of its themes and types as hidden, weighted search terms: "knife" then finds
 * the knife and gun crime entries even where their text says "weapons", and "youth
 * club" finds the arts and sport entries. The same words are the vocabulary the search
 * script corrects misspellings against ("medation" → "mediation").
 */
import type { InterventionType, Theme } from './directory-vocab';

/** Search words for each theme: the label's words plus what practitioners say instead. */
export const THEME_SEARCH_TERMS: Record<Theme, readonly string[]> = {
  mentoring: ['mentoring', 'mentor', 'mentors', 'mentee', 'role model', 'role models'],
  mediation: ['mediation', 'mediator', 'conflict resolution', 'restorative justice'],
  'knife-and-gun-crime': [
    'knife',
    'knives',
    'knife crime',
    'weapon',
    'weapons',
    'gun',
    'guns',
    'gun crime',
    'stabbing',
    'blade',
  ],
  'housing-and-resettlement': ['housing', 'resettlement', 'relocation', 'rehousing', 'homeless', 'hostel'],
  schools: ['school', 'schools', 'pupils', 'education', 'exclusion', 'college'],
  'employment-and-training': [
    'employment',
    'training',
    'job',
    'jobs',
    'work',
    'apprenticeship',
    'apprenticeships',
    'neet',
    'careers',
  ],
  'family-support': ['family', 'families', 'parents', 'parenting', 'siblings'],
  'awareness-raising': ['awareness', 'workshop', 'workshops', 'talks', 'assemblies'],
  'intensive-support': ['intensive support', 'one to one', 'key worker', 'caseworker', 'casework', 'outreach'],
  'arts-and-sport': [
    'youth club',
    'youth clubs',
    'youth centre',
    'positive activities',
    'sport',
    'sports',
    'football',
    'boxing',
    'music',
    'arts',
    'drama',
    'dance',
    'film',
  ],
  'health-and-mental-health': [
    'health',
    'mental health',
    'counselling',
    'therapy',
    'wellbeing',
    'drugs',
    'alcohol',
    'substance misuse',
  ],
};

/** Search words for each intervention type. */
export const TYPE_SEARCH_TERMS: Record<InterventionType, readonly string[]> = {
  prevention: ['prevention', 'early intervention', 'universal'],
  diversion: ['diversion', 'diversionary', 'divert', 'targeted', 'at risk'],
  enforcement: ['enforcement', 'legal powers', 'injunction', 'order'],
  intelligence: ['intelligence', 'information sharing'],
};

/** Every single word in the lists above, for spelling correction (lower case, no repeats). */
export function searchVocabulary(): string[] {
  const phrases = [...Object.values(THEME_SEARCH_TERMS), ...Object.values(TYPE_SEARCH_TERMS)].flat();
  return [...new Set(phrases.flatMap((p) => p.split(' ')))].filter((w) => w.length >= 4);
}
