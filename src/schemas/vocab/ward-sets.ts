/**
 * The ward sets the published ward data can use, named by the boundaries' vintage. An
 * area has one or two of them: London's files report on the wards in force until May 2022
 * and on those from May 2022; data.police.uk's records are placed by their map point in the
 * area's current wards (the Office for National Statistics' 2023 list). A redrawn ward got a
 * new code, and one left unchanged kept its code in both sets, so every ward row carries its
 * ward set and the sets are never joined by name.
 */

/** Ward set ids as they appear in the `ward_set` column of every ward table, oldest first. */
export const WARD_SETS = ['2002-2022', '2022', '2023'] as const;
export type WardSet = (typeof WARD_SETS)[number];

export interface WardSetInfo {
  id: WardSet;
  /** Full name, e.g. "wards in force from May 2022". */
  label: string;
  /** Short name for headings, tabs and chart legends. */
  short: string;
  /** When the boundaries were in force, in words. */
  inForce: string;
  /** The other ward set its area's files report on (for "overlapping wards"), or null when it stands alone. */
  other: WardSet | null;
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
  '2023': {
    id: '2023',
    label: 'wards of the 2023 ward list',
    short: '2023 wards',
    inForce: 'in the Office for National Statistics ward list of December 2023, unchanged to 2025',
    other: null,
  },
};
