/**
 * Build step: writes each figure's standalone SVG, each page's embed page and each folder's CSV on the Web metadata,
 * from the figures the pages recorded as they rendered (src/lib/figure-manifest.ts), with
 * the pure functions of src/charts/figure-files.ts. No built page is read. Fails if a
 * figure offers a CSV that was not built, so no chart can offer a download that does not
 * exist.
 *
 * `tsx scripts/chart-files.ts <site> <out> <figures>` reads the figures recorded in
 * <figures> and writes the files under <out>, at the paths they will have in the site
 * <site> (which it reads only for each CSV's existence and the maps' shapes files): the
 * build writes them apart while Pagefind indexes the pages, then moves them in.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { csvHref, embedPageHref, metadataHref, svgHref, type Figure } from '../src/charts/figure';
import { csvMetadata, embedPage, standaloneSvg } from '../src/charts/figure-files';
import { readFigures, STYLESHEETS_FILE } from '../src/lib/figure-manifest';
import { CONTENT_SECURITY_POLICY } from '../src/lib/security';
import { siteConfig } from '../src/lib/site';
import { byText } from './import/lib';

const [dist, out, figures] = process.argv.slice(2);
if (!dist || !out || !figures) throw new Error('usage: tsx scripts/chart-files.ts <site> <out> <figures>');
const site = siteConfig();
const stylesheets = JSON.parse(readFileSync(join(figures, STYLESHEETS_FILE), 'utf8')) as string[];

/** Writes a file at a site address (`/a/b.svg`, or `/a/` for its index.html) under `out`. */
function write(href: string, text: string) {
  const path = join(out!, href.endsWith('/') ? `${href}index.html` : href);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const shapes = new Map<string, string>();
/** The text of a shapes file maps draw from by reference, read once. */
function shapesFile(href: string): string {
  let text = shapes.get(href);
  if (text === undefined) shapes.set(href, (text = readFileSync(join(dist!, href), 'utf8')));
  return text;
}

const problems: string[] = [];
/** The figure each CSV is described from, by its key. */
const described = new Map<string, Figure>();
let drawn = 0;
/** The drawn figures each embed page holds, by the page they live on. */
const embedded = new Map<string, Figure[]>();
/** CSVs found missing, so a CSV many views share is reported once. */
const missing = new Set<string>();
for await (const figure of readFigures(figures)) {
  if (missing.has(figure.key)) continue;
  const earlier = described.get(figure.key);
  if (earlier) {
    // A CSV shared by many views is described from the first of them by address, whatever order the pages were built in.
    if (figure.sharedCsv !== undefined && figure.page < earlier.page) described.set(figure.key, figure);
    continue;
  }
  if (!existsSync(join(dist, csvHref(figure)))) {
    problems.push(`${figure.page}#${figure.anchor}: "${figure.title}" offers ${csvHref(figure)}, which was not built`);
    missing.add(figure.key);
    continue;
  }
  described.set(figure.key, figure);
  // A view of a shared CSV is drawn on its page only (Figure.sharedCsv).
  if (!figure.drawing || figure.sharedCsv !== undefined) continue;
  drawn += 1;
  const map = figure.drawing.shapes;
  write(svgHref(figure), standaloneSvg(figure, site.url, map ? shapesFile(map) : undefined));
  embedded.set(figure.page, [...(embedded.get(figure.page) ?? []), figure]);
}
const embedOpts = {
  siteName: site.name,
  siteUrl: site.url,
  stylesheets,
  lang: site.language,
  csp: CONTENT_SECURITY_POLICY,
};
for (const [page, onPage] of embedded) {
  // In the order of their anchors, so the page does not depend on the order the pages were built in.
  write(
    embedPageHref(page),
    embedPage(
      [...onPage].sort((a, b) => byText(a.anchor, b.anchor)),
      embedOpts,
    ),
  );
}
/** The figures whose CSVs each folder's metadata file describes, by that file's address. */
const byMetadataFile = new Map<string, Figure[]>();
for (const figure of described.values())
  byMetadataFile.set(metadataHref(figure), [...(byMetadataFile.get(metadataHref(figure)) ?? []), figure]);
const metaOpts = { siteUrl: site.url, publisher: site.publisher.name, modified: site.dataUpdated };
for (const [href, figures] of byMetadataFile) {
  // In CSV order, so the file does not depend on the order the pages were built in.
  write(
    href,
    csvMetadata(
      [...figures].sort((a, b) => byText(a.key, b.key)),
      metaOpts,
    ),
  );
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `wrote images of ${drawn} charts on ${embedded.size} embed pages, and CSV metadata for ${described.size} CSVs in ${byMetadataFile.size} folders`,
);
