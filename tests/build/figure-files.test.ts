/**
 * Figure files match the figures the pages show: every figure on every page has its CSV
 * on the Web metadata, and a drawn one its standalone SVG and embed page; no such file
 * exists for a figure no page shows; and each file's home page (where its files link back
 * to) shows that figure at that anchor.
 */
import { describe, expect, it } from 'vitest';
import { csvMetadataTables, distFile, distFiles } from '../helpers/dist';
import { chartFrames } from '../helpers/html';
import { listFiles } from '../../scripts/lib/built-site';
import { shapesHref } from '../../src/lib/wards/paths';
import { WARD_SETS } from '../../src/schemas/vocab/ward-sets';

const pages = distFiles('.html').filter((f) => !f.startsWith('embed/'));
/** Each figure key shown on some page: whether it is drawn, and the pages and ids it is shown at. */
const shown = new Map<string, { drawn: boolean; at: Set<string> }>();
for (const page of pages) {
  const html = distFile(page);
  for (const { key, id } of chartFrames(html)) {
    const entry = shown.get(key) ?? { drawn: false, at: new Set<string>() };
    // A drawn figure offers its image for download; a table-only one does not.
    entry.drawn ||= html.includes(`href="/${key}.svg"`);
    entry.at.add(`/${page.replace(/index\.html$/, '')}#${id}`);
    shown.set(key, entry);
  }
}

const described = new Map(csvMetadataTables().map((m) => [m.csv.replace(/\.csv$/, ''), m.table]));
const metadata = [...described.keys()];
/** Each figure on an embed page, by its key: the page and anchor it is embedded at, and where it links back to. */
const embedded = new Map<string, { at: string; back: string }>();
for (const file of distFiles('index.html').filter((f) => f.startsWith('embed/'))) {
  const page = `/${file.replace(/^embed\//, '').replace(/index\.html$/, '')}`;
  for (const m of distFile(file).matchAll(
    /<figure class="chart" id="([^"]+)" data-svg-href="\/([^"]+)\.svg"[\s\S]*?<a href="([^"]+)" target="_top">/g,
  ))
    embedded.set(m[2]!, { at: `${page}#${m[1]}`, back: m[3]! });
}
const embeds = [...embedded.keys()];
// SVG files that are not figures: the site's own (copied from public/) and the ward shapes every map draws from.
const notFigures = new Set([
  ...listFiles('public').filter((f) => f.endsWith('.svg')),
  ...WARD_SETS.map((s) => shapesHref(s).slice(1)),
]);
const images = distFiles('.svg')
  .filter((f) => !notFigures.has(f))
  .map((f) => f.replace(/\.svg$/, ''));

describe('figure files', () => {
  it('finds figures, drawn and table-only, and their files', () => {
    const drawn = [...shown.values()].filter((s) => s.drawn).length;
    expect(drawn).toBeGreaterThan(20);
    expect(shown.size - drawn).toBeGreaterThan(5);
    expect(metadata.length).toBe(shown.size);
  });

  it('gives every figure a page shows its metadata, and every drawn one its image and embed page', () => {
    const missing: string[] = [];
    const have = { metadata: new Set(metadata), images: new Set(images), embeds: new Set(embeds) };
    for (const [key, { drawn }] of shown) {
      if (!have.metadata.has(key)) missing.push(`${key}.csv in its folder's csv-metadata.json`);
      if (drawn && !have.images.has(key)) missing.push(`${key}.svg`);
      if (drawn && !have.embeds.has(key)) missing.push(`${key} on an embed page`);
    }
    expect(missing).toEqual([]);
  });

  it('writes no file for a figure no page shows, and no image or embed page for a table-only one', () => {
    const drawn = (key: string) => shown.get(key)?.drawn === true;
    expect(metadata.filter((key) => !shown.has(key))).toEqual([]);
    expect(images.filter((key) => !drawn(key))).toEqual([]);
    expect(embeds.filter((key) => !drawn(key))).toEqual([]);
  });

  it("links each figure's files back to a page that shows it at that anchor", () => {
    const wrong: string[] = [];
    for (const key of metadata) {
      const home = new URL(described.get(key)!['dc:isReferencedBy']);
      if (!shown.get(key)?.at.has(`${home.pathname}${home.hash}`)) wrong.push(`${key}: ${home.pathname}${home.hash}`);
    }
    for (const [key, { at, back }] of embedded) {
      const home = new URL(back);
      // Embedded at its home page's address and anchor, and linking back there.
      if (!shown.get(key)?.at.has(at) || `${home.pathname}${home.hash}` !== at) wrong.push(`embed${at}: ${back}`);
    }
    expect(wrong).toEqual([]);
  });
});
