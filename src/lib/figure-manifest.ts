/**
 * The figures the pages show, handed from the pages' build to the build step that writes
 * their files (scripts/chart-files.ts). Rendering a figure (ChartFrame) appends it, as
 * its files need it, as one JSON line to a file in the folder that PORTAL_FIGURES names
 * (scripts/build.mjs sets it for `astro build`); the step reads the lines back and writes
 * each figure's image, embed page and metadata with the pure functions of
 * src/charts/figure-files.ts. Nothing is recovered from HTML, and only figures a page
 * shows are recorded, so no file is written for a figure no page shows.
 *
 * Why the pages record them rather than the step enumerating every figure again: the
 * pages already compute each figure once, and a second enumeration would draw every map
 * again (an area the size of London has thousands of map views) and would have to know
 * which charts each strategy document embeds.
 */
import { createReadStream, existsSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { figureForFiles, type Figure } from '../charts/figure';

/** The environment variable naming the folder the figures are recorded in; without it nothing is recorded. */
export const FIGURES_ENV = 'PORTAL_FIGURES';
/** One figure per line, as JSON. */
export const FIGURES_FILE = 'figures.jsonl';
/** The stylesheets the page layout links, as a JSON list of addresses: embed pages link them too. */
export const STYLESHEETS_FILE = 'stylesheets.json';
/** The layout every page is drawn in; its stylesheets are the site's. */
const LAYOUT = '/src/layouts/Base.astro';

const recorded = new Set<string>();
let out: number | undefined;

/**
 * Records a figure a page shows, once per figure (a figure shown on several pages is
 * the same value on each: its home page and anchor are its own, not the page's).
 */
export function recordFigure(figure: Figure): void {
  const dir = process.env[FIGURES_ENV];
  if (!dir || recorded.has(figure.key)) return;
  recorded.add(figure.key);
  out ??= openSync(join(dir, FIGURES_FILE), 'a');
  writeSync(out, `${JSON.stringify(figureForFiles(figure))}\n`);
}

/** The recorded figures, one at a time (a large area's maps are hundreds of megabytes together); none if no page showed one. */
export async function* readFigures(dir: string): AsyncGenerator<Figure> {
  const file = join(dir, FIGURES_FILE);
  if (!existsSync(file)) return;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as Figure;
}

/**
 * An Astro integration that, when figures are being recorded, writes down the stylesheets
 * the page layout links (STYLESHEETS_FILE), read from the bundle as Vite writes it, so
 * embed pages link exactly those without reading a built page.
 */
export function figureManifest(): AstroIntegration {
  return {
    name: 'portal:figure-manifest',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const dir = process.env[FIGURES_ENV];
        if (dir) updateConfig({ vite: { plugins: [layoutStylesheets(dir)] } });
      },
    },
  };
}

function layoutStylesheets(dir: string): Plugin {
  return {
    name: 'portal:layout-stylesheets',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => id.endsWith(LAYOUT))) continue;
        const css = [...(chunk.viteMetadata?.importedCss ?? [])].map((file) => `/${file}`);
        if (css.length === 0) throw new Error(`${LAYOUT} links no stylesheet, so embed pages would have none`);
        writeFileSync(join(dir, STYLESHEETS_FILE), `${JSON.stringify(css)}\n`);
      }
    },
  };
}
