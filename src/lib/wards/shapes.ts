/**
 * The one shapes file per ward set that every map view draws from by reference, so a
 * view page carries each ward's colour and name but never its outline. In a large area
 * the file also outlines each borough, for the links its maps draw over the wards.
 */
import { wardShapes, type WardShapes } from '../../charts/choropleth';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import { mergedOutlines, wardBoundaries } from './topology';
import { boroughsOf, isLargeArea } from './boroughs';
import { wardPageHref } from './paths';

/** Width of the map views, in SVG units (the shapes are drawn at this scale). */
export const MAP_WIDTH = 640;

const cache = new Map<WardSet, WardShapes>();

/** The ward set's shapes, drawn once per build. */
export function setShapes(set: WardSet): WardShapes {
  let s = cache.get(set);
  if (!s) {
    const boroughs = boroughsOf(set);
    const wards = new Map(boroughs.flatMap((b) => b.wards).map((w) => [w.code, w]));
    s = wardShapes(
      wardBoundaries(set).map((b) => {
        const w = wards.get(b.id);
        return { code: b.id, geometry: b.geometry, ...(w ? { name: w.name, href: wardPageHref(w) } : {}) };
      }),
      {
        width: MAP_WIDTH,
        pad: 6,
        title: `Outlines of the ${WARD_SET_INFO[set].short}`,
        ...(isLargeArea()
          ? {
              groups: mergedOutlines(
                set,
                boroughs.map((b) => ({ code: b.code, wards: b.wards.map((w) => w.code) })),
              ),
            }
          : {}),
      },
    );
    cache.set(set, s);
  }
  return s;
}
