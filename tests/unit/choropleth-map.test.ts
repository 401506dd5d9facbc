import { describe, expect, it } from 'vitest';
import {
  pathData,
  wardMap,
  wardMapByReference,
  wardsBBox,
  wardShapes,
  type MapWard,
} from '../../src/charts/choropleth';
import { inlineShapes, withoutPageLinks } from '../../src/charts/figure-files';
import { fitFromAttribute, fitMercator, fitToAttribute, project } from '../../src/charts/map-projection';

const square = (x: number, y: number, s: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
});
const wards: MapWard[] = [
  {
    code: 'E05990001',
    name: 'Alpha & Co',
    geometry: square(0, 51, 0.1),
    fill: '#ffffcc',
    href: '/wards/E05990001/',
    label: 'Alpha & Co: 12 offences',
  },
  {
    code: 'E05990002',
    name: 'Beta',
    geometry: square(0.1, 51, 0.1),
    fill: '#253494',
    href: '/wards/E05990002/',
    label: 'Beta: 30 offences',
  },
];

describe('map projection', () => {
  it('fits the bounding box inside the frame, centred, with the padding kept', () => {
    const fit = fitMercator([0, 51, 0.2, 51.1], 1000, 600, 10);
    const [x0, y0] = project(0, 51.1, fit);
    const [x1, y1] = project(0.2, 51, fit);
    expect(Math.min(x0, 1000 - x1, y0, 600 - y1)).toBeCloseTo(10, 6);
    expect((x0 + x1) / 2).toBeCloseTo(500, 6);
    expect((y0 + y1) / 2).toBeCloseTo(300, 6);
    expect(y0).toBeLessThan(y1); // north is up
  });

  it('round-trips the fit through the map attribute closely enough to place a point', () => {
    const fit = fitMercator([0, 51, 0.2, 51.1], 1000, 600, 10);
    const back = fitFromAttribute(fitToAttribute(fit))!;
    const [a, b] = [project(0.05, 51.05, fit), project(0.05, 51.05, back)];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeLessThan(0.05);
    expect(fitFromAttribute('1 2')).toBeNull();
  });
});

describe('wardMap', () => {
  const svg = wardMap(wards, { id: 'm', title: 'Title', desc: 'Desc', interactive: true, width: 400 });

  it('makes every ward a link whose accessible name carries its value', () => {
    expect(svg).toContain('<a href="/wards/E05990001/" aria-label="Alpha &amp; Co: 12 offences">');
    expect(svg).toContain('aria-label="Beta: 30 offences"');
    expect(svg.match(/<a /g)).toHaveLength(2);
    expect(svg).toMatch(/fill="#253494" data-ward="E05990002"/);
  });

  it('labels the map and carries the projection for "find my ward"', () => {
    expect(svg).toMatch(/aria-labelledby="m-svg-title m-svg-desc"/);
    expect(svg).toContain('<title id="m-svg-title">Title</title>');
    const fit = fitFromAttribute(/data-projection="([^"]+)"/.exec(svg)![1]!)!;
    const [x, y] = project(0.05, 51.05, fit);
    const [w] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.slice(1).map(Number);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(w! / 2); // the point is in the western ward
    expect(y).toBeGreaterThan(0);
  });

  it('defines the no-data hatching and uses no style attributes (the CSP forbids them)', () => {
    expect(svg).toContain('<pattern id="ward-map-no-data"');
    expect(svg).not.toMatch(/\sstyle=/);
  });

  it('draws a non-interactive locator map as one image with no links', () => {
    const img = wardMap(
      wards.map((w) => ({ ...w, href: undefined })),
      { id: 'l', title: 'Where', desc: 'd', interactive: false },
    );
    expect(img).toContain('role="img"');
    expect(img).not.toContain('<a ');
  });

  it('writes compact relative paths that close each ring', () => {
    const fit = fitMercator(wardsBBox([wards[0]!.geometry]), 100, 100, 0);
    expect(pathData(wards[0]!.geometry, fit)).toMatch(/^M\d+ \d+(l-?\d+-?\s?\d+)+z$/);
  });
});

/** The frame of a shapes file the maps drawn by reference use. */
const shapes = { width: 400, height: 300, fit: fitMercator([0, 51, 0.2, 51.1], 400, 300, 10), href: '/s.svg' };

describe('wardMapByReference', () => {
  const svg = wardMapByReference(
    [
      {
        code: 'E05990001',
        name: 'Alpha & Co',
        fill: '#111111',
        href: '/wards/E05990001/',
        label: 'Alpha & Co: 12 offences',
      },
      { code: 'E05990002', name: 'Beta', fill: '#222222' },
    ],
    shapes,
    { id: 'm', title: 'Title', desc: 'Desc', interactive: true },
  );

  it('draws each ward as its link, its name and a coloured reference, and nothing more (it repeats for every ward of every view)', () => {
    expect(svg).toContain(
      '<a href="/wards/E05990001/" aria-label="Alpha &amp; Co: 12 offences"><use href="/s.svg#E05990001" fill="#111111"/></a>',
    );
    expect(svg).toContain('<use href="/s.svg#E05990002" fill="#222222"/>');
    expect(svg).toContain('data-shapes="/s.svg"');
  });
});

describe('wardMapByReference with links over groups of wards (a large area)', () => {
  const refs = [
    { code: 'E05990001', name: 'Alpha', fill: '#111111', href: '/wards/E05990001/', label: 'Alpha: 12 offences' },
    { code: 'E05990002', name: 'Beta', fill: '#222222', href: '/wards/E05990002/', label: 'Beta: 30 offences' },
    { code: 'E05990003', name: 'Gamma', fill: '#111111', href: '/wards/E05990003/', label: 'Gamma: 11 offences' },
  ];
  const svg = wardMapByReference(refs, shapes, { id: 'm', title: 'Title', desc: 'Desc', interactive: true }, [
    { code: 'E09990001', href: '/wards/boroughs/E09990001/', label: 'North: 53 offences' },
  ]);

  it('links the groups, named with their figure, and no ward', () => {
    expect(svg.match(/<a /g)).toHaveLength(1);
    expect(svg).toContain(
      '<a href="/wards/boroughs/E09990001/" aria-label="North: 53 offences"><use href="/s.svg#E09990001"/></a>',
    );
    for (const r of refs) expect(svg).not.toContain(r.href);
  });

  it('colours every ward once, each in the group of its colour', () => {
    expect(svg).toContain('<g fill="#111111"><use href="/s.svg#E05990001"/><use href="/s.svg#E05990003"/></g>');
    expect(svg).toContain('<g fill="#222222"><use href="/s.svg#E05990002"/></g>');
  });

  it('draws the group outlines over the wards, taking the pointer over their whole area', () => {
    expect(svg.indexOf('E09990001')).toBeGreaterThan(svg.lastIndexOf('E0599000'));
    expect(svg).toMatch(/<g class="groups" fill="none" pointer-events="visible"[^>]*><a /);
  });

  it('becomes a standalone image with every outline written in and no link', () => {
    const file = wardShapes(
      [
        { code: 'E05990001', name: 'Alpha', href: '/wards/E05990001/', geometry: square(0, 51, 0.1) },
        { code: 'E05990002', name: 'Beta', href: '/wards/E05990002/', geometry: square(0.1, 51, 0.1) },
        { code: 'E05990003', name: 'Gamma', href: '/wards/E05990003/', geometry: square(0, 51.1, 0.1) },
      ],
      { width: 400, pad: 10, title: 'Outlines', groups: [{ code: 'E09990001', geometry: square(0, 51, 0.2) }] },
    ).svg;
    const image = withoutPageLinks(inlineShapes(svg, file));
    expect(image).not.toMatch(/<use |<a |data-shapes/);
    expect(image.match(/<path d="M/g)).toHaveLength(4);
  });
});

describe('wardShapes', () => {
  const file = wardShapes(
    [
      { code: 'E05990001', name: 'Alpha & Co', href: '/wards/E05990001/', geometry: square(0, 51, 0.1) },
      { code: 'E05990002', geometry: square(0.1, 51, 0.1) },
    ],
    { width: 400, pad: 10, title: 'Outlines', groups: [{ code: 'E09990001', geometry: square(0, 51, 0.2) }] },
  ).svg;

  it('names each ward and its page, for finding a ward on a map that does not link it', () => {
    expect(file).toMatch(/<path id="E05990001" d="[^"]+" data-name="Alpha &amp; Co" data-href="\/wards\/E05990001\/"/);
    expect(file).toMatch(/<path id="E05990002" d="[^"]+" vector-effect/);
  });

  it('outlines the groups after the wards, in a group of their own', () => {
    const groups = file.indexOf('<g class="groups"');
    expect(groups).toBeGreaterThan(file.indexOf('id="E05990002"'));
    expect(file.indexOf('id="E09990001"')).toBeGreaterThan(groups);
  });
});
