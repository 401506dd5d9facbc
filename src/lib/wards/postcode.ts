/**
 * Postcode → ward, the parts shared by the build (which writes one small lookup file per
 * outward code) and the browser (which reads the one file a search needs). Pure: no
 * file access, so the browser script can import it.
 */
import { wardPagePath } from './paths';

/** Lookup file of one outward code, as served at /postcodes/<OUTWARD>.json. */
export interface PostcodeFile {
  outward: string;
  /** The area the site covers (its name in content/site.json). */
  area: string;
  /** The area's wards the file mentions: [code, name]. */
  wards: Array<[string, string]>;
  /** Other councils the file mentions, by name. */
  councils: string[];
  /** Inward code → "w<i>" (live, wards[i]), "t<i>" (no longer in use, placed in wards[i]) or "c<i>" (in councils[i]). */
  p: Record<string, string>;
}

/** A normalised postcode, or why the input is not one. */
export type ParsedPostcode =
  { ok: true; postcode: string; outward: string; inward: string } | { ok: false; problem: string };

const FULL = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;
const OUTWARD_ONLY = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/**
 * Reads what someone typed: any case, with or without spaces. Malformed input says what a
 * postcode looks like, with `example` (one of the area's own postcodes) as the example.
 */
export function parsePostcode(input: string, example: string): ParsedPostcode {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  if (!compact) return { ok: false, problem: `Type a postcode, for example ${example}.` };
  if (compact.length > 8)
    return {
      ok: false,
      problem: `That is too long to be a postcode. A postcode has 5 to 7 letters and numbers, for example ${example}.`,
    };
  if (OUTWARD_ONLY.test(compact))
    return {
      ok: false,
      problem: `${compact} is only the first half of a postcode. Type all of it, for example ${compact} 1AA, or see every ${compact} postcode on its list.`,
    };
  const m = FULL.exec(compact);
  if (!m)
    return {
      ok: false,
      problem: `"${input.trim().slice(0, 40)}" is not a postcode. A postcode looks like ${example}: one or two letters, a number, then a space, a number and two letters.`,
    };
  return { ok: true, postcode: `${m[1]} ${m[2]}`, outward: m[1]!, inward: m[2]! };
}

/** Whether what someone typed is a whole postcode (any case, with or without spaces). */
export function isPostcode(input: string): boolean {
  return FULL.test(input.toUpperCase().replace(/\s+/g, ''));
}

/** What the lookup answers. `href` is the ward page when there is one. */
export interface PostcodeAnswer {
  kind: 'ward' | 'terminated' | 'elsewhere' | 'not-found' | 'outside';
  text: string;
  href?: string;
  wardName?: string;
}

/** The answer for a postcode from its outward code's file (null when the site has no file for that outward code). */
export function answerPostcode(
  postcode: string,
  inward: string,
  outward: string,
  area: string,
  file: PostcodeFile | null,
): PostcodeAnswer {
  if (!file)
    return {
      kind: 'outside',
      text: `No postcode starting ${outward} is in ${area}, so ${postcode} is not in ${area}. This site covers ${area} only.`,
    };
  const entry = file.p[inward];
  if (!entry)
    return {
      kind: 'not-found',
      text: `${postcode} was not found among the postcodes in use in October 2025, or those in use in 2014. Check it, or find your ward on the map.`,
    };
  const i = Number(entry.slice(1));
  if (entry[0] === 'c') return { kind: 'elsewhere', text: `${postcode} is in ${file.councils[i]}, not ${area}.` };
  const [code, name] = file.wards[i]!;
  // Postcodes are placed on the May 2022 wards, whose slug is always their code (see wardSlug).
  const href = wardPagePath(code);
  if (entry[0] === 't')
    return {
      kind: 'terminated',
      text: `${postcode} is no longer in use. Where it was is in ${name} ward (placed by its position on the May 2022 ward boundaries).`,
      href,
      wardName: name,
    };
  return { kind: 'ward', text: `${postcode} is in ${name} ward.`, href, wardName: name };
}

/** Builds the lookup file of one outward code from its rows (ward names by code). */
export function postcodeFile(
  outward: string,
  area: string,
  rows: ReadonlyArray<{ postcode: string; ward_code: string | null; council_name: string; status: string }>,
  wardName: (code: string) => string,
): PostcodeFile {
  const wards: Array<[string, string]> = [];
  const councils: string[] = [];
  const index = <T>(list: T[], value: T, same: (a: T) => boolean) => {
    let i = list.findIndex(same);
    if (i < 0) i = list.push(value) - 1;
    return i;
  };
  const p: Record<string, string> = {};
  for (const r of rows) {
    const inward = r.postcode.split(' ')[1]!;
    if (r.ward_code)
      p[inward] =
        `${r.status === 'terminated' ? 't' : 'w'}${index(wards, [r.ward_code, wardName(r.ward_code)], (w) => w[0] === r.ward_code)}`;
    else p[inward] = `c${index(councils, r.council_name, (c) => c === r.council_name)}`;
  }
  return { outward, area, wards, councils, p };
}
