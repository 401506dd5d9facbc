/**
 * The two ward sets the published ward data uses. Wards were redrawn in May 2022: a
 * redrawn ward got a new code, and one left unchanged kept its code in both sets, so
 * every ward row carries its ward set and the two are never joined by name.
 */

/** Ward set ids as they appear in the `ward_set` column of every ward table. */
export const WARD_SETS = ['2002-2022', '2022'] as const;
export type WardSet = (typeof WARD_SETS)[number];

export interface WardSetInfo {
  id: WardSet;
  /** Full name, e.g. "wards in force from May 2022". */
  label: string;
  /** Short name for headings, tabs and chart legends. */
  short: string;
  /** When the boundaries were in force, in words. */
  inForce: string;
  /** The other ward set (for "overlapping wards"). */
  other: WardSet;
}

export const WARD_SET_INFO: Record<WardSet, WardSetInfo> = {
  '2002-2022': {
    id: '2002-2022',
    label: 'wards in force from 2002 to May 2022',
    short: '2002–2022 wards',
    inForce: 'from 2002 until the local elections of May 2022',
    other: '2022',
  },
  '2022': {
    id: '2022',
    label: 'wards in force from May 2022',
    short: 'May 2022 wards',
    inForce: 'from the local elections of May 2022',
    other: '2002-2022',
  },
};
