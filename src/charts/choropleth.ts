/**
 * Ward maps as SVG markup: a choropleth where every ward is a keyboard-reachable link
 * with an accessible name carrying its value, or a plain locator map. Geometry goes
 * through d3-geo's path generator with a planar Mercator transform (shared with the
 * browser's "find my ward"), written as compact relative path commands.
 */
import { geoPath, geoTransform } from 'd3';
import { esc } from './svg';
import { noDataDefs } from './choropleth-fill';
import { fitMercator, fitToAttribute, project, type MapFit } from './map-projection';

type WardGeometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;

/** A ward to draw: its boundary and how it looks. */
export interface MapWard {
  code: string;
  name: string;
  geometry: WardGeometry;
  fill: string;
  /** Link target; wards without one are drawn but not focusable. */
  href?: string;
  /** Accessible name and tooltip text, e.g. "Bickley: 1,234 offences". */
  label?: string;
  /** Extra class, e.g. for the highlighted ward of a locator map. */
  className?: string;
}

export interface MapOptions {
  id: string;
  title: string;
  desc: string;
  width?: number;
  height?: number;
  pad?: number;
  /** Interactive maps expose every ward link; others are a single image. */
  interactive: boolean;
}

/** Collects a d3 path as absolute moves and rounded relative lines (about 6 bytes a point). */
class CompactPath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  moveTo(x: number, y: number): void {
    this.x = Math.round(x);
    this.y = Math.round(y);
    this.parts.push(`M${this.x} ${this.y}`);
  }
  lineTo(x: number, y: number): void {
    const rx = Math.round(x),
      ry = Math.round(y);
    if (rx === this.x && ry === this.y) return;
    this.parts.push(`l${rx - this.x} ${ry - this.y}`.replace(/ -/g, '-'));
    this.x = rx;
    this.y = ry;
  }
  closePath(): void {
    this.parts.push('z');
  }
  arc(): void {}
  rect(): void {}
  toString(): string {
    return this.parts.join('');
  }
}

/** Bounding box [west, south, east, north] of ward geometries. */
export function wardsBBox(geoms: readonly WardGeometry[]): [number, number, number, number] {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const g of geoms) {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polys)
      for (const ring of p)
        for (const [x, y] of ring) {
          w = Math.min(w, x!);
          e = Math.max(e, x!);
          s = Math.min(s, y!);
          n = Math.max(n, y!);
        }
  }
  return [w, s, e, n];
}

const pathCache = new WeakMap<WardGeometry, Map<string, string>>();

/** SVG path data of a geometry under a fit (memoised: map pages share geometry). */
export function pathData(g: WardGeometry, fit: MapFit): string {
  const key = fitToAttribute(fit);
  let byFit = pathCache.get(g);
  if (!byFit) pathCache.set(g, (byFit = new Map()));
  const hit = byFit.get(key);
  if (hit !== undefined) return hit;
  const d = drawPath(g, fit);
  byFit.set(key, d);
  return d;
}

function drawPath(g: WardGeometry, fit: MapFit): string {
  const transform = geoTransform({
    point(lon: number, lat: number) {
      const [x, y] = project(lon, lat, fit);
      this.stream.point(x, y);
    },
  });
  const ctx = new CompactPath();
  geoPath(transform, ctx as unknown as CanvasRenderingContext2D)(g);
  return ctx.toString();
}

/** The height that fits the wards at the given width without empty bands. */
export function naturalHeight(geoms: readonly WardGeometry[], width: number, pad: number): number {
  const bbox = wardsBBox(geoms);
  const [x0, y0] = project(bbox[0], bbox[3], { k: 1, tx: 0, ty: 0 });
  const [x1, y1] = project(bbox[2], bbox[1], { k: 1, tx: 0, ty: 0 });
  return Math.round(((width - 2 * pad) * (y1 - y0)) / (x1 - x0) + 2 * pad);
}

/** Renders a ward map. Wards are drawn in the order given. */
export function wardMap(wards: readonly MapWard[], o: MapOptions): string {
  const width = o.width ?? 1000;
  const pad = o.pad ?? 10;
  const geoms = wards.map((w) => w.geometry);
  const height = o.height ?? naturalHeight(geoms, width, pad);
  const fit = fitMercator(wardsBBox(geoms), width, height, pad);
  const titleId = `${o.id}-svg-title`,
    descId = `${o.id}-svg-desc`;
  const role = o.interactive ? '' : ' role="img"';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="ward-map-svg"${role} aria-labelledby="${titleId} ${descId}" data-projection="${fitToAttribute(fit)}">`,
    `<title id="${titleId}">${esc(o.title)}</title><desc id="${descId}">${esc(o.desc)}</desc>`,
    noDataDefs(),
    '<g class="wards" stroke="#1b1f24" stroke-width="1" stroke-linejoin="round">',
  ];
  for (const w of wards) {
    const cls = w.className ? ` class="${esc(w.className)}"` : '';
    const path = `<path d="${pathData(w.geometry, fit)}" fill="${esc(w.fill)}" data-ward="${esc(w.code)}"${cls}/>`;
    if (o.interactive && w.href) {
      parts.push(`<a href="${esc(w.href)}" aria-label="${esc(w.label ?? w.name)}">${path}</a>`);
    } else parts.push(path);
  }
  parts.push('</g></svg>');
  return parts.join('');
}

/** The shapes every view of one ward set draws by reference, and the frame they fit. */
export interface WardShapes {
  /** The shapes file: one `<path id="<code>">` per ward, no fill, so each map colours them. */
  svg: string;
  fit: MapFit;
  width: number;
  height: number;
}

/** A ward in a shapes file: its outline, and the name and page "find my ward" gives for it. */
export interface ShapeWard {
  code: string;
  name?: string;
  href?: string;
  geometry: WardGeometry;
}

/**
 * Draws every ward's outline once, under one fit, for a file that map views reference
 * with `<use>`: the outlines are fetched and cached once per ward set instead of being
 * repeated in every view. Paths carry no fill or stroke so each `<use>` can set them.
 * A large area's boroughs (`groups`) follow in a group of their own, under the same fit,
 * for the links its maps draw over the wards.
 */
export function wardShapes(
  wards: readonly ShapeWard[],
  o: { width: number; pad: number; title: string; groups?: ReadonlyArray<{ code: string; geometry: WardGeometry }> },
): WardShapes {
  const geoms = wards.map((w) => w.geometry);
  const height = naturalHeight(geoms, o.width, o.pad);
  const fit = fitMercator(wardsBBox(geoms), o.width, height, o.pad);
  const outline = (code: string, g: WardGeometry, extra = '') =>
    `<path id="${esc(code)}" d="${pathData(g, fit)}"${extra} vector-effect="non-scaling-stroke"/>`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${height}" width="${o.width}" height="${height}" data-projection="${fitToAttribute(fit)}">`,
    `<title>${esc(o.title)}</title>`,
    '<g class="wards" fill="#eef1f4" stroke="#1b1f24" stroke-width="1" stroke-linejoin="round">',
    ...wards.map((w) =>
      outline(w.code, w.geometry, w.name && w.href ? ` data-name="${esc(w.name)}" data-href="${esc(w.href)}"` : ''),
    ),
    '</g>',
    ...(o.groups?.length
      ? [
          '<g class="groups" fill="none" stroke="#1b1f24" stroke-width="2.5" stroke-linejoin="round">',
          ...o.groups.map((g) => outline(g.code, g.geometry)),
          '</g>',
        ]
      : []),
    '</svg>\n',
  ].join('\n');
  return { svg, fit, width: o.width, height };
}

/** A ward drawn by reference to a shapes file. */
export interface RefWard {
  code: string;
  name: string;
  fill: string;
  href?: string;
  label?: string;
}

/** A link drawn over the wards: a group of them (a borough), outlined from the shapes file. */
export interface RefLink {
  code: string;
  href: string;
  /** Accessible name and tooltip text, e.g. "Havering: 19,078 offences". */
  label: string;
}

/**
 * A choropleth whose outlines live in a shapes file (see `wardShapes`): each ward is a
 * `<use>` of its path, coloured and, when interactive, wrapped in a link named with its
 * value. The page then holds each ward's colour and name, never its geometry.
 *
 * With `links`, the wards are a picture (grouped by colour, no link each) and the links
 * are the groups outlined over them: on a map of hundreds of wards each ward would be a
 * target a few pixels wide, and a stop for the keyboard.
 */
export function wardMapByReference(
  wards: readonly RefWard[],
  shapes: Omit<WardShapes, 'svg'> & { href: string },
  o: MapOptions,
  links?: readonly RefLink[],
): string {
  const titleId = `${o.id}-svg-title`,
    descId = `${o.id}-svg-desc`;
  const role = o.interactive ? '' : ' role="img"';
  const use = (code: string, attrs = '') => `<use href="${esc(shapes.href)}#${esc(code)}"${attrs}/>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${shapes.width} ${shapes.height}" width="${shapes.width}" height="${shapes.height}" class="ward-map-svg"${role} aria-labelledby="${titleId} ${descId}" data-projection="${fitToAttribute(shapes.fit)}" data-shapes="${esc(shapes.href)}">`,
    `<title id="${titleId}">${esc(o.title)}</title><desc id="${descId}">${esc(o.desc)}</desc>`,
    noDataDefs(),
    '<g class="wards" stroke="#1b1f24" stroke-width="1" stroke-linejoin="round">',
  ];
  if (links) {
    const byFill = new Map<string, string[]>();
    for (const w of wards) byFill.set(w.fill, [...(byFill.get(w.fill) ?? []), use(w.code)]);
    for (const [fill, uses] of byFill) parts.push(`<g fill="${esc(fill)}">${uses.join('')}</g>`);
    // The outline takes the pointer over the whole group however it is filled, so a link is as large as its borough.
    parts.push('</g><g class="groups" fill="none" pointer-events="visible" stroke="#1b1f24" stroke-width="2.5">');
    for (const l of links) parts.push(`<a href="${esc(l.href)}" aria-label="${esc(l.label)}">${use(l.code)}</a>`);
  } else
    for (const w of wards) {
      // Nothing beyond the link, its name and the reference: a view repeats this for every ward.
      // The page's script reads the code from the reference.
      const u = use(w.code, ` fill="${esc(w.fill)}"`);
      parts.push(
        o.interactive && w.href ? `<a href="${esc(w.href)}" aria-label="${esc(w.label ?? w.name)}">${u}</a>` : u,
      );
    }
  parts.push('</g></svg>');
  return parts.join('');
}
