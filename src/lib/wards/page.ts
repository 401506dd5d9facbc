/**
 * What a ward's page shows besides its charts: neighbours (wards sharing a border in
 * the topology), overlapping wards of the other ward set (from the measured overlaps),
 * a locator map, and the boundary as GeoJSON.
 */
import { loadTable } from '../../core/load';
import { wardMap } from '../../charts/choropleth';
import { neighboursOf, wardBoundaries, wardTopology } from './topology';
import { wardKey, wardOf, wardWithSameCode, type Ward } from './';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import type { RowOf } from '../../core/tables';
import { wardOverlapsTable } from '../../schemas/wards';
import { siteConfig } from '../site';
import { boroughName, boroughWardsOf } from './boroughs';

export interface Overlap {
  ward: Ward;
  /** Share of this ward's area inside the other ward, percent. */
  share: number;
  hectares: number;
  /** Share of the other ward's area inside this one, percent (null under 1%). */
  otherShare: number | null;
}

const neighbourCache = new Map<WardSet, Map<string, string[]>>();

/** The wards sharing a border with this one, by name (borders worked out once per ward set). */
export function neighbours(w: Ward): Ward[] {
  let bySet = neighbourCache.get(w.set);
  if (!bySet) neighbourCache.set(w.set, (bySet = neighboursOf(wardTopology(w.set))));
  return (bySet.get(w.code) ?? []).map((c) => wardOf(w.set, c)!).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

type OverlapRow = RowOf<typeof wardOverlapsTable.fields>;
/** Overlap rows by ward set and code ("2022 E05…"). */
let overlapsByWard: Map<string, OverlapRow[]> | undefined;

/** The wards of the other set that cover at least 1% of this ward, largest first. */
export function overlaps(w: Ward): Overlap[] {
  if (!overlapsByWard) {
    overlapsByWard = new Map();
    for (const r of loadTable(wardOverlapsTable)) {
      const key = wardKey(r.ward_set, r.ward_code);
      overlapsByWard.set(key, [...(overlapsByWard.get(key) ?? []), r]);
    }
  }
  const index = overlapsByWard;
  return (index.get(wardKey(w.set, w.code)) ?? []).map((r) => ({
    ward: wardOf(r.other_ward_set, r.other_ward_code)!,
    share: r.share_of_ward,
    hectares: r.shared_hectares,
    otherShare:
      index.get(wardKey(r.other_ward_set, r.other_ward_code))?.find((o) => o.other_ward_code === w.code)
        ?.share_of_ward ?? null,
  }));
}

/** Least share of each other's area (percent) for two wards with one code to count as the same ward. */
export const SAME_WARD_MIN_SHARE = 95;

/** The ward of the other set with this ward's code, its measured overlap, and whether they are the same area. */
export interface SameCode {
  ward: Ward;
  overlap: Overlap | undefined;
  /** Each ward at least SAME_WARD_MIN_SHARE% inside the other: a ward left unchanged in May 2022. */
  same: boolean;
}

/**
 * The ward of the other set with the same code, if any. A ward left unchanged in May 2022
 * keeps its code, but a code in both sets is not always the same area (a boundary file can
 * label a merged area with one ward's code), so sameness is taken from the measured overlap.
 */
export function sameCodeInOtherSet(w: Ward): SameCode | undefined {
  const ward = wardWithSameCode(w);
  if (!ward) return undefined;
  const overlap = overlaps(w).find((o) => o.ward === ward);
  return {
    ward,
    overlap,
    same: !!overlap && overlap.share >= SAME_WARD_MIN_SHARE && (overlap.otherShare ?? 0) >= SAME_WARD_MIN_SHARE,
  };
}

/**
 * A small map of the ward's borough (in that ward set) with this ward picked out: only
 * the borough's wards are drawn, so the page does not grow with the rest of the area.
 */
export function locatorMap(w: Ward): string {
  const mine = new Set(boroughWardsOf(w).map((x) => x.code));
  const borough = boroughName(w.borough);
  return wardMap(
    wardBoundaries(w.set)
      .filter((b) => mine.has(b.id))
      .map((b) => ({
        code: b.id,
        name: b.properties.name,
        geometry: b.geometry,
        fill: b.id === w.code ? '#2c7fb8' : '#eef1f4',
        className: b.id === w.code ? 'is-current' : undefined,
      })),
    {
      id: 'locator',
      title: `Where ${w.name} is in ${borough}`,
      desc: `Map of the ${WARD_SET_INFO[w.set].short} of ${borough} with ${w.name} shaded blue.`,
      interactive: false,
      width: 500,
    },
  );
}

/** The ward's boundary as a GeoJSON FeatureCollection (RFC 7946), from the published topology. */
export function wardGeoJson(w: Ward): string {
  const b = wardBoundaries(w.set).find((x) => x.id === w.code);
  if (!b) throw new Error(`no boundary for ward ${w.code}`);
  const site = siteConfig();
  return `${JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: w.code,
        properties: {
          ward_code: w.code,
          ward_name: w.name,
          ward_set: w.set,
          note: `Simplified for display from the published boundary. ${site.licence.boundaryAttribution}`,
        },
        geometry: b.geometry,
      },
    ],
  })}\n`;
}
