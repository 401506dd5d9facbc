/**
 * The map projection, shared by the server (drawing ward maps) and the browser ("find
 * my ward"), so a location lands exactly where the wards were drawn. Spherical Mercator
 * with a scale and offset fitted to the wards; no d3 needed, so the client stays small.
 */

/** Scale and offset: x = tx + k·λ, y = ty − k·ln tan(π/4 + φ/2), λ and φ in radians. */
export interface MapFit {
  k: number;
  tx: number;
  ty: number;
}

const RAD = Math.PI / 180;

/** Projects a lon/lat point (degrees) to map units. */
export function project(lon: number, lat: number, f: MapFit): [number, number] {
  return [f.tx + f.k * lon * RAD, f.ty - f.k * Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
}

/**
 * The fit that centres a lon/lat bounding box [west, south, east, north] in a
 * width × height frame with `pad` units of margin on every side.
 */
export function fitMercator(
  bbox: readonly [number, number, number, number],
  width: number,
  height: number,
  pad: number,
): MapFit {
  const [x0, y0] = project(bbox[0], bbox[3], { k: 1, tx: 0, ty: 0 });
  const [x1, y1] = project(bbox[2], bbox[1], { k: 1, tx: 0, ty: 0 });
  const k = Math.min((width - 2 * pad) / (x1 - x0), (height - 2 * pad) / (y1 - y0));
  return { k, tx: (width - k * (x0 + x1)) / 2, ty: (height - k * (y0 + y1)) / 2 };
}

/** The fit as written on the map's `data-projection` attribute, and read back. */
export function fitToAttribute(f: MapFit): string {
  return [f.k, f.tx, f.ty].map((n) => Number(n.toFixed(4))).join(' ');
}

export function fitFromAttribute(text: string): MapFit | null {
  const parts = text.trim().split(/\s+/).map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [k, tx, ty] = parts as [number, number, number];
  return { k, tx, ty };
}
