/**
 * Which GSS areas contain which: enough of the statistical geography to tell whether
 * a source that covers one area may be used for another. Pure, so it is tested alone.
 */

/** The United Kingdom, Great Britain, England and Wales, and the four countries. */
export const UK = 'K02000001';
export const GREAT_BRITAIN = 'K03000001';
export const ENGLAND_AND_WALES = 'K04000001';
export const ENGLAND = 'E92000001';
export const WALES = 'W92000004';
export const SCOTLAND = 'S92000003';
export const NORTHERN_IRELAND = 'N92000002';
/** The London region: every London borough (E09) is in it. */
export const LONDON = 'E12000007';

/** Which countries each country-level grouping holds, by the first letter of its codes. */
const NATIONS: Record<string, string> = {
  [UK]: 'EWSN',
  [GREAT_BRITAIN]: 'EWS',
  [ENGLAND_AND_WALES]: 'EW',
  [ENGLAND]: 'E',
  [WALES]: 'W',
  [SCOTLAND]: 'S',
  [NORTHERN_IRELAND]: 'N',
};

/**
 * Whether `outer` is `inner` or contains it: a country grouping contains every code of
 * its countries (and the smaller groupings within it), London contains the London
 * boroughs (E09). Anything else is not known to contain `inner`, so the answer is no:
 * a wrong "no" stops a build with a clear message, a wrong "yes" would publish one
 * area's figures as another's.
 */
export function areaContains(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  const letters = NATIONS[outer];
  if (letters) {
    const innerLetters = NATIONS[inner];
    if (innerLetters)
      return [...innerLetters].every((l) => letters.includes(l)) && innerLetters.length < letters.length;
    return letters.includes(inner[0] ?? '') && !inner.startsWith('K');
  }
  if (outer === LONDON) return inner.startsWith('E09');
  return false;
}

/**
 * Whether a district (LAD) is in the portal's area: one of the districts the area lists
 * (an area made of several districts, such as a police force's), or one its code contains.
 */
export function areaHasDistrict(area: { code: string; districts?: readonly string[] }, district: string): boolean {
  return (area.districts?.includes(district) ?? false) || areaContains(area.code, district);
}
