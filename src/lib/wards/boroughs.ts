/**
 * Boroughs: how pages about a large area are split, so that no page holds wards it is
 * not about. A ward set whose wards lie in more than one borough is "large": its map
 * views group their table by borough, and each borough gets a page of its own wards.
 */
import { loadTable } from '../../core/load';
import { boroughsTable } from '../../schemas/wards';
import type { WardSet } from '../../schemas/vocab/ward-sets';
import { areaWardSets, wardSetData, type Ward } from './';

/** A borough with its wards in one ward set, in code order. */
export interface Borough {
  code: string;
  name: string;
  wards: Ward[];
}

/**
 * What to call the districts a large area is split into, in words for residents: London's
 * are boroughs (E09 codes); elsewhere they are districts (a county's, or a force area's).
 */
export function districtNoun(codes: readonly string[]): 'borough' | 'district' {
  return codes.length > 0 && codes.every((c) => c.startsWith('E09')) ? 'borough' : 'district';
}

/** What a set's districts are called ("borough" in London), for pages and tables about them. */
export function districtNounOf(set: WardSet): 'borough' | 'district' {
  return districtNoun(boroughsOf(set).map((b) => b.code));
}

/** The same word capitalised, for a column heading. */
export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

let names: Map<string, string> | undefined;

/** The borough's name from data/wards/boroughs.csv (the code where none is listed). */
export function boroughName(code: string): string {
  names ??= new Map(loadTable(boroughsTable).map((b) => [b.borough_code, b.borough_name]));
  return names.get(code) ?? code;
}

const cache = new Map<WardSet, Borough[]>();

/** The boroughs of a ward set, by name. */
export function boroughsOf(set: WardSet): Borough[] {
  let hit = cache.get(set);
  if (!hit) {
    const by = new Map<string, Ward[]>();
    for (const w of wardSetData(set).wards) by.set(w.borough, [...(by.get(w.borough) ?? []), w]);
    hit = [...by]
      .map(([code, wards]) => ({ code, name: boroughName(code), wards }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.code < b.code ? -1 : 1));
    cache.set(set, hit);
  }
  return hit;
}

/** Every borough of either ward set, by name, once. */
export function allBoroughs(): Array<{ code: string; name: string }> {
  const seen = new Map<string, string>();
  for (const set of areaWardSets()) for (const b of boroughsOf(set)) seen.set(b.code, b.name);
  return [...seen]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.code < b.code ? -1 : 1));
}

/** Whether the area spans more than one borough, so lists and tables are split by borough. */
export function isLargeArea(): boolean {
  return allBoroughs().length > 1;
}

/** The wards of the same set and borough as this one (itself included). */
export function boroughWardsOf(w: Ward): Ward[] {
  return boroughsOf(w.set).find((b) => b.code === w.borough)!.wards;
}
