/**
 * British National Grid (OSGB36 eastings and northings, EPSG:27700) to WGS84 longitude
 * and latitude, by Ordnance Survey's published method: inverse Transverse Mercator on the
 * Airy 1830 ellipsoid, then a seven-parameter Helmert shift to WGS84 (good to about 5 m,
 * far inside a postcode unit's positional accuracy). Used at import time to place
 * terminated postcodes in ward boundaries, which are published in WGS84.
 */

const AIRY = { a: 6377563.396, b: 6356256.909 };
const WGS84 = { a: 6378137, b: 6356752.3141 };
const F0 = 0.9996012717;
const LAT0 = (49 * Math.PI) / 180;
const LON0 = (-2 * Math.PI) / 180;
const E0 = 400000;
const N0 = -100000;
/** OSGB36 → WGS84 Helmert parameters (metres, parts per million, arc seconds). */
const HELMERT = { tx: 446.448, ty: -125.157, tz: 542.06, s: -20.4894, rx: 0.1502, ry: 0.247, rz: 0.8421 };

/** Inverse Transverse Mercator: grid metres → OSGB36 latitude and longitude in radians. */
function gridToOsgbLatLon(E: number, N: number): [number, number] {
  const { a, b } = AIRY;
  const e2 = 1 - (b * b) / (a * a);
  const n = (a - b) / (a + b),
    n2 = n * n,
    n3 = n2 * n;
  let lat = LAT0,
    M = 0;
  do {
    lat = (N - N0 - M) / (a * F0) + lat;
    const Ma = (1 + n + (5 / 4) * n2 + (5 / 4) * n3) * (lat - LAT0);
    const Mb = (3 * n + 3 * n2 + (21 / 8) * n3) * Math.sin(lat - LAT0) * Math.cos(lat + LAT0);
    const Mc = ((15 / 8) * n2 + (15 / 8) * n3) * Math.sin(2 * (lat - LAT0)) * Math.cos(2 * (lat + LAT0));
    const Md = (35 / 24) * n3 * Math.sin(3 * (lat - LAT0)) * Math.cos(3 * (lat + LAT0));
    M = b * F0 * (Ma - Mb + Mc - Md);
  } while (Math.abs(N - N0 - M) >= 0.00001);
  const sin = Math.sin(lat),
    cos = Math.cos(lat),
    tan = Math.tan(lat);
  const nu = (a * F0) / Math.sqrt(1 - e2 * sin * sin);
  const rho = (a * F0 * (1 - e2)) / Math.pow(1 - e2 * sin * sin, 1.5);
  const eta2 = nu / rho - 1;
  const VII = tan / (2 * rho * nu);
  const VIII = (tan / (24 * rho * nu ** 3)) * (5 + 3 * tan ** 2 + eta2 - 9 * tan ** 2 * eta2);
  const IX = (tan / (720 * rho * nu ** 5)) * (61 + 90 * tan ** 2 + 45 * tan ** 4);
  const X = 1 / (cos * nu);
  const XI = (1 / (cos * 6 * nu ** 3)) * (nu / rho + 2 * tan ** 2);
  const XII = (1 / (cos * 120 * nu ** 5)) * (5 + 28 * tan ** 2 + 24 * tan ** 4);
  const XIIA = (1 / (cos * 5040 * nu ** 7)) * (61 + 662 * tan ** 2 + 1320 * tan ** 4 + 720 * tan ** 6);
  const dE = E - E0;
  return [
    lat - VII * dE ** 2 + VIII * dE ** 4 - IX * dE ** 6,
    LON0 + X * dE - XI * dE ** 3 + XII * dE ** 5 - XIIA * dE ** 7,
  ];
}

/** Latitude and longitude (radians) on one ellipsoid → earth-centred cartesian metres. */
function toCartesian(lat: number, lon: number, e: { a: number; b: number }): [number, number, number] {
  const e2 = 1 - (e.b * e.b) / (e.a * e.a);
  const nu = e.a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
  return [nu * Math.cos(lat) * Math.cos(lon), nu * Math.cos(lat) * Math.sin(lon), (1 - e2) * nu * Math.sin(lat)];
}

/** Earth-centred cartesian metres → latitude and longitude (radians) on an ellipsoid. */
function fromCartesian([x, y, z]: [number, number, number], e: { a: number; b: number }): [number, number] {
  const e2 = 1 - (e.b * e.b) / (e.a * e.a);
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - e2)),
    prev = Infinity;
  while (Math.abs(lat - prev) > 1e-12) {
    prev = lat;
    const nu = e.a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
    lat = Math.atan2(z + e2 * nu * Math.sin(lat), p);
  }
  return [lat, Math.atan2(y, x)];
}

/** British National Grid eastings and northings (metres) → WGS84 [longitude, latitude] in degrees. */
export function bngToWgs84(easting: number, northing: number): [number, number] {
  const [lat, lon] = gridToOsgbLatLon(easting, northing);
  const [x, y, z] = toCartesian(lat, lon, AIRY);
  const h = HELMERT,
    sec = Math.PI / (180 * 3600),
    s = 1 + h.s * 1e-6;
  const rx = h.rx * sec,
    ry = h.ry * sec,
    rz = h.rz * sec;
  const moved: [number, number, number] = [
    h.tx + s * x - rz * y + ry * z,
    h.ty + rz * x + s * y - rx * z,
    h.tz - ry * x + rx * y + s * z,
  ];
  const [wlat, wlon] = fromCartesian(moved, WGS84);
  return [(wlon * 180) / Math.PI, (wlat * 180) / Math.PI];
}

type Ring = number[][];

/** Whether a point is inside a ring (ray casting; points on the edge count either way). */
function inRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!,
      [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** Whether a [longitude, latitude] point is inside a polygon or multipolygon (holes excluded). */
export function inGeometry(point: [number, number], g: GeoJSON.Polygon | GeoJSON.MultiPolygon): boolean {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.some(([outer, ...holes]) => inRing(point, outer!) && !holes.some((h) => inRing(point, h)));
}
