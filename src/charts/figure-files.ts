/**
 * The files and furniture a figure carries beyond its page, made from the Figure value
 * alone: a standalone SVG with the title, legend, source and licence in it (the PNG is
 * drawn from it in the browser), a minimal embed page and the snippet that frames it, CSV
 * on the Web metadata for its CSV, and its citation. Pure functions of text, so tests can
 * feed them a small figure.
 */
import { citationText } from '../core/citation';
import { embedSize, exportFooter, exportFrameLayout, FRAME, svgSize, type ExportFrameLayout } from './export-frame';
import { csvColumns, csvHref, embedHref, svgHref, type Figure, type FigureDrawing } from './figure';
import { swatchSvg } from './legend';
import { esc } from './svg';

/** The figure's permanent address: its page and id there, on the site. */
export function figureAddress(f: Figure, siteUrl: string): string {
  return new URL(`${f.page}#${f.anchor}`, siteUrl).href;
}

/**
 * A map that draws its wards by reference to a shapes file (`<use href="…#code">`) with
 * the outlines written in, so the standalone image needs nothing else. `shapesSvg` is
 * the text of that shapes file.
 */
export function inlineShapes(svg: string, shapesSvg: string): string {
  const paths = new Map([...shapesSvg.matchAll(/<path id="([^"]+)" d="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  return svg
    .replace(/<use href="[^"#]*#([^"]+)"([^>]*)\/>/g, (_, code: string, attrs: string) => {
      const d = paths.get(code);
      if (d === undefined) throw new Error(`ward ${code} is not in the shapes file`);
      return `<path d="${d}"${attrs}/>`;
    })
    .replace(/ data-shapes="[^"]*"/, '');
}

/**
 * A chart's markup for a file that leaves the site: the links a map puts round each ward
 * (addresses relative to the site, dead in a downloaded file) are unwrapped, and the
 * attributes only the page's scripts read are dropped. On a map of hundreds of wards this
 * is about two fifths of the file.
 */
export function withoutPageLinks(svg: string): string {
  return svg.replace(/<a href="\/[^"]*"[^>]*>([\s\S]*?)<\/a>/g, '$1').replace(/ data-(?:ward|name)="[^"]*"/g, '');
}

function drawingOf(f: Figure): FigureDrawing {
  if (!f.drawing) throw new Error(`figure ${f.key} draws nothing, so it has no image`);
  return f.drawing;
}

/** Where everything goes in the figure's exported image (the wide layout, framed). */
export function exportLayout(f: Figure, siteUrl: string): ExportFrameLayout {
  const { width, height } = svgSize(drawingOf(f).wide);
  return exportFrameLayout(width, height, {
    title: f.title,
    footer: exportFooter(f.provenance.source, f.provenance.period, f.provenance.licence, figureAddress(f, siteUrl)),
    legendLabels: f.legend.map((l) => l.label),
  });
}

/**
 * The standalone SVG: white background, the title above, the legend, the chart, and the
 * source, licence and address below, all wrapped to its width. A map drawn by reference
 * needs the text of its shapes file (`shapesSvg`) to carry its outlines.
 */
export function standaloneSvg(f: Figure, siteUrl: string, shapesSvg?: string): string {
  const d = drawingOf(f);
  if (d.shapes && shapesSvg === undefined) throw new Error(`figure ${f.key} needs the shapes file ${d.shapes}`);
  const chart = withoutPageLinks(d.shapes ? inlineShapes(d.wide, shapesSvg!) : d.wide);
  const layout = exportLayout(f, siteUrl);
  const legend = f.legend.map((item, i) => {
    const { y, lines } = layout.legend[i]!;
    const label = lines
      .map(
        (l, j) =>
          `<text x="${FRAME.legend.labelX}" y="${y + 11 + j * 15}" font-size="${FRAME.legend.size}" fill="#1b1f24">${esc(l)}</text>`,
      )
      .join('');
    return `${swatchSvg(item.swatch).replace(/^<svg /, `<svg x="${FRAME.pad}" y="${y}" `)}${label}`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.total}" width="${layout.width}" height="${layout.total}" font-family="system-ui, sans-serif">`,
    `<rect width="${layout.width}" height="${layout.total}" fill="#ffffff"/>`,
    ...layout.titleLines.map(
      (l, i) =>
        `<text x="${FRAME.pad}" y="${20 + i * FRAME.title.line}" font-size="${FRAME.title.size}" font-weight="700" fill="#1b1f24">${esc(l)}</text>`,
    ),
    ...legend,
    chart.replace(/^<svg /, `<svg x="0" y="${layout.top}" `),
    ...layout.footerLines.map(
      (l, i) =>
        `<text x="${FRAME.pad}" y="${layout.footerY + i * FRAME.footer.line}" font-size="${FRAME.footer.size}" fill="#4a5562">${esc(l)}</text>`,
    ),
    '</svg>\n',
  ].join('');
}

/**
 * The snippet that embeds the figure on another site: an iframe of its embed page that
 * keeps the exported image's aspect ratio (with the line of links under it) at any width
 * up to the image's own, so the chart shows whole with no scroll bar and no script on the
 * host page.
 */
export function embedSnippet(f: Figure, siteUrl: string): string {
  const size = embedSize(exportLayout(f, siteUrl));
  const src = new URL(embedHref(f), siteUrl).href;
  return `<iframe src="${src}" title="${f.title.replace(/"/g, '&quot;')}" width="${size.width}" height="${size.height}" style="width:100%;max-width:${size.width}px;height:auto;aspect-ratio:${size.width}/${size.height};border:0" loading="lazy"></iframe>`;
}

/**
 * The embed page of one page's drawn figures (`embedPageHref`), for iframes: each figure's
 * standalone SVG (which carries its title, legend, source and licence, so nothing else
 * repeats them) scaled to fit the frame, and one line of links. The address's `#<anchor>`
 * shows that figure alone (the `:target` rule in the stylesheet), exactly as tall as the
 * frame, so it never scrolls: the snippet's aspect ratio (embedSnippet) leaves the image
 * its full width. `#<anchor>-png` shows it with its PNG button. Referencing the SVG files
 * rather than inlining them keeps a thousand map embeds small.
 */
export function embedPage(
  figures: readonly Figure[],
  opts: { siteName: string; siteUrl: string; stylesheets: readonly string[]; lang: string; csp: string },
): string {
  const first = figures[0];
  if (!first || figures.some((f) => f.page !== first.page))
    throw new Error('an embed page holds the drawn figures of one page');
  const title = figures.length === 1 ? first.title : `Charts on ${new URL(first.page, opts.siteUrl).pathname}`;
  const body = figures.map((f) => {
    const back = figureAddress(f, opts.siteUrl);
    const svg = svgHref(f);
    return `<figure class="chart" id="${esc(f.anchor)}" data-svg-href="${esc(svg)}" data-png-name="${esc(f.key.replace(/\//g, '-'))}.png">
<figcaption><h2 class="visually-hidden" id="${esc(f.anchor)}-embed-title">${esc(f.title)}</h2></figcaption>
${f.drawing ? `<div class="chart-image"><img src="${esc(svg)}" alt="${esc(f.summary)}"></div>` : ''}
<p class="embed-links"><a href="${esc(back)}" target="_top">Data and full chart on ${esc(opts.siteName)}</a> · <a href="${esc(csvHref(f))}" download>CSV</a> · <a href="${esc(svg)}" download>SVG</a></p>
<p class="png-tool" id="${esc(f.anchor)}-png" data-interactive hidden></p>
</figure>`;
  });
  return `<!DOCTYPE html>
<html lang="${esc(opts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(opts.csp)}">
<meta name="robots" content="noindex">
<title>${esc(title)} – ${esc(opts.siteName)}</title>
<link rel="canonical" href="${esc(new URL(first.page, opts.siteUrl).href)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${opts.stylesheets.map((href) => `<link rel="stylesheet" href="${esc(href)}">`).join('\n')}
<script src="/chart-tools.js" defer></script>
</head>
<body class="embed">
<main class="embed-main">
<h1 class="visually-hidden">${esc(title)}</h1>
${body.join('\n')}
</main>
</body>
</html>
`;
}

/** Who publishes the figure CSVs and when their data was last updated, for their metadata. */
export interface MetadataOptions {
  siteUrl: string;
  publisher: string;
  modified: string;
}

/** CSV on the Web (CSVW) description of the figure's CSV, one table of its folder's metadata: title, source, licence and every column. */
export function csvTableMetadata(f: Figure, opts: MetadataOptions): Record<string, unknown> {
  // A shared CSV (Figure.sharedCsv) holds more than any one view of it, so its own caption describes it.
  const shared = f.sharedCsv !== undefined && f.csvTable !== undefined;
  return {
    url: new URL(csvHref(f), opts.siteUrl).href,
    'dc:title': shared ? f.csvTable!.caption : f.title,
    'dc:description': shared ? `The figures behind every view of this table: ${f.sharedCsv}.` : f.summary,
    'dc:source': f.provenance.source,
    'dc:temporal': f.provenance.period,
    'dc:publisher': opts.publisher,
    // No licence is claimed where the sources state none; dc:rights then says so in words.
    ...(f.provenance.licenceUrl ? { 'dc:license': { '@id': f.provenance.licenceUrl } } : {}),
    'dc:rights': f.provenance.licence,
    'dc:modified': opts.modified,
    'dc:isReferencedBy': figureAddress(f, opts.siteUrl),
    tableSchema: {
      columns: csvColumns(f).map((c) =>
        c.description !== undefined
          ? { name: c.name, titles: c.title, 'dc:description': c.description, datatype: 'string' }
          : { name: c.name, titles: c.title, datatype: c.numeric ? 'number' : 'string' },
      ),
    },
  };
}

/**
 * A folder's CSV on the Web metadata file (`csv-metadata.json`, see metadataHref): a table
 * group describing each figure CSV in the folder, in the order given.
 */
export function csvMetadata(figures: readonly Figure[], opts: MetadataOptions): string {
  // A table a line, without indentation: a third smaller than indented, on a file per ward folder.
  const tables = figures.map((f) => JSON.stringify(csvTableMetadata(f, opts)));
  return `{"@context":"http://www.w3.org/ns/csvw","tables":[\n${tables.join(',\n')}\n]}\n`;
}

/** The line a journalist pastes to cite the figure where it is shown (`url`, its address on that page). */
export function figureCitation(f: Figure, opts: { publisher: string; date: string; url: string }): string {
  return citationText({
    title: f.title,
    publisher: opts.publisher,
    date: opts.date,
    url: opts.url,
    licence: f.provenance.licence,
    source: f.provenance.source,
  });
}
