/**
 * The one shapes file per ward set that every map view draws from by reference, so a
 * view page carries each ward's colour and name but never its outline.
 */
import { wardShapes, type WardShapes } from '../../charts/choropleth';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import { wardBoundaries } from './topology';

/** Width of the map views, in SVG units (the shapes are drawn at this scale). */
export const MAP_WIDTH = 640;

const cache = new Map<WardSet, WardShapes>();

/** The ward set's shapes, drawn once per build. */
export function setShapes(set: WardSet): WardShapes {
  let s = cache.get(set);
  if (!s) {
    s = wardShapes(
      wardBoundaries(set).map((b) => ({ code: b.id, geometry: b.geometry })),
      { width: MAP_WIDTH, pad: 6, title: `Outlines of the ${WARD_SET_INFO[set].short}` },
    );
    cache.set(set, s);
  }
  return s;
}
