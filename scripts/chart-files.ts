/**
 * Build step: writes each chart's standalone SVG, embed page and CSV metadata for the
 * built site (see scripts/lib/chart-files.ts). Fails if a chart links to a CSV that
 * was not built, so no chart can offer a download that does not exist.
 *
 * `tsx scripts/chart-files.ts <site> [<out>]` reads the pages in <site> and writes the
 * files under <out> (by default <site> itself), at the paths they will have in the site:
 * the build writes them apart while Pagefind indexes the pages, then moves them in.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from './lib/built-site';
import {
  csvMetadata,
  embedPage,
  extractCharts,
  inlineShapes,
  standaloneSvg,
  withoutPageLinks,
  type ChartMeta,
} from './lib/chart-files';
import { siteConfig } from '../src/lib/site';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? dist;
const site = siteConfig();

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const seen = new Map<string, ChartMeta>();
const shapes = new Map<string, string>();
/**
 * A chart ready to stand alone as a file: a map drawn by reference to a shapes file gets
 * its outlines written in, and links meant for the page are taken out.
 */
function standalone(chart: ChartMeta): ChartMeta {
  const href = chart.svg && /data-shapes="([^"]+)"/.exec(chart.svg)?.[1];
  if (href && !shapes.has(href)) shapes.set(href, readFileSync(join(dist, href), 'utf8'));
  const svg = href ? inlineShapes(chart.svg!, shapes.get(href)!) : chart.svg!;
  return { ...chart, svg: withoutPageLinks(svg) };
}
const problems: string[] = [];
for (const page of listFiles(dist, ['embed', 'pagefind']).filter((f) => f.endsWith('.html'))) {
  const file = join(dist, page);
  const html = readFileSync(file, 'utf8');
  const charts = extractCharts(html);
  if (charts.length === 0) continue;
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const csp =
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ??
    "default-src 'self'";
  for (const chart of charts) {
    if (seen.has(chart.key)) continue;
    seen.set(chart.key, chart);
    const csvPath = join(dist, `${chart.key}.csv`);
    if (!existsSync(csvPath)) {
      problems.push(`${file}: chart "${chart.title}" links to /${chart.key}.csv, which was not built`);
      continue;
    }
    const header = readFileSync(csvPath, 'utf8').split('\n')[0]?.split(',') ?? [];
    write(
      `${join(out, chart.key)}.csv-metadata.json`,
      csvMetadata(chart, header, { siteUrl: site.url, publisher: site.publisher.name, modified: site.dataUpdated }),
    );
    if (chart.svg) {
      write(`${join(out, chart.key)}.svg`, standaloneSvg(standalone(chart), site.url));
      write(
        join(out, 'embed', chart.key, 'index.html'),
        embedPage(chart, { siteName: site.name, siteUrl: site.url, stylesheets, lang: site.language, csp }),
      );
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`wrote image, embed and metadata files for ${seen.size} charts`);
