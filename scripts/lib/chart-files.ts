/**
 * After the build: for every chart frame in the built pages, write the files its
 * download links promise: a standalone SVG with the source and licence in it, a
 * minimal embed page, and a CSV on the Web metadata sidecar for its CSV.
 * Pure functions over HTML text, so tests can feed them a small page.
 */

import { unescapeHtml } from './built-site';
import { esc } from '../../src/charts/svg';
import { CONTEXT_COLUMNS, type ContextColumn } from '../../src/core/table-data';
import { exportFooter, exportFrameLayout, FRAME, svgSize, type ExportFrameLayout } from '../../src/charts/export-frame';

/** What a chart frame says about itself in its data-chart-* attributes. */
export interface ChartMeta {
  key: string;
  title: string;
  source: string;
  period: string;
  licence: string;
  /** The licence's address; null where the chart's sources state no licence. */
  licenceUrl: string | null;
  page: string;
  anchor: string;
  summary: string;
  /** The chart's SVG markup, or null for a table-only frame. */
  svg: string | null;
  /** Column headings of the frame's table, in order. */
  headings: string[];
  /** Whether each column is numeric (right-aligned in the table). */
  numeric: boolean[];
  /** Legend entries: swatch SVG markup and label. */
  legend: Array<{ swatch: string; label: string }>;
}

/** Finds every chart frame in a page. */
export function extractCharts(html: string): ChartMeta[] {
  const out: ChartMeta[] = [];
  for (const m of html.matchAll(/<figure class="chart"([^>]*)>([\s\S]*?)<\/figure>/g)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    const attr = (name: string) => unescapeHtml(new RegExp(`data-chart-${name}="([^"]*)"`).exec(attrs)?.[1] ?? '');
    if (!attr('key')) continue;
    const image = /<div class="chart-image">(<svg[\s\S]*?<\/svg>)<\/div>/.exec(body)?.[1] ?? null;
    const thead = /<thead>([\s\S]*?)<\/thead>/.exec(body)?.[1] ?? '';
    const ths = [...thead.matchAll(/<th([^>]*)>([\s\S]*?)<\/th>/g)];
    const headings = ths.map((h) => unescapeHtml((h[2] ?? '').replace(/<[^>]+>/g, '').trim()));
    const numeric = ths.map((h) => /class="[^"]*\bnum\b/.test(h[1] ?? ''));
    const legendList = /<ul class="legend"[^>]*>([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
    const legend = [...legendList.matchAll(/<li>(<svg[\s\S]*?<\/svg>)<span>([\s\S]*?)<\/span><\/li>/g)].map((l) => ({
      swatch: l[1] ?? '',
      label: unescapeHtml(l[2] ?? ''),
    }));
    out.push({
      legend,
      key: attr('key'),
      title: attr('title'),
      source: attr('source'),
      period: attr('period'),
      licence: attr('licence'),
      licenceUrl: attr('licence-url') || null,
      page: attr('page'),
      anchor: attr('anchor'),
      summary: attr('summary'),
      svg: image,
      headings,
      numeric,
    });
  }
  return out;
}

/**
 * A map that draws its wards by reference to a shapes file (`<use href="…#code">`) with
 * the outlines written in, so the standalone image needs nothing else. `shapesSvg` is
 * the text of the file named by the map's data-shapes attribute.
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

/** The frame layout of a chart's exported image. */
export function chartLayout(chart: ChartMeta, siteUrl: string): ExportFrameLayout {
  if (!chart.svg) throw new Error(`chart ${chart.key} has no SVG`);
  const { width, height } = svgSize(chart.svg);
  const address = new URL(`${chart.page}#${chart.anchor}`, siteUrl).href;
  return exportFrameLayout(width, height, {
    title: chart.title,
    footer: exportFooter(chart.source, chart.period, chart.licence, address),
    legendLabels: chart.legend.map((l) => l.label),
  });
}

/** A standalone SVG: white background, the title above, source, licence and address below, all wrapped to its width. */
export function standaloneSvg(chart: ChartMeta, siteUrl: string): string {
  const f = chartLayout(chart, siteUrl);
  const legend = chart.legend.map((item, i) => {
    const { y, lines } = f.legend[i]!;
    const label = lines
      .map(
        (l, j) =>
          `<text x="${FRAME.legend.labelX}" y="${y + 11 + j * 15}" font-size="${FRAME.legend.size}" fill="#1b1f24">${esc(l)}</text>`,
      )
      .join('');
    return `${item.swatch.replace(/^<svg /, `<svg x="${FRAME.pad}" y="${y}" `)}${label}`;
  });
  const inner = chart.svg!.replace(/^<svg /, `<svg x="0" y="${f.top}" `);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f.width} ${f.total}" width="${f.width}" height="${f.total}" font-family="system-ui, sans-serif">`,
    `<rect width="${f.width}" height="${f.total}" fill="#ffffff"/>`,
    ...f.titleLines.map(
      (l, i) =>
        `<text x="${FRAME.pad}" y="${20 + i * FRAME.title.line}" font-size="${FRAME.title.size}" font-weight="700" fill="#1b1f24">${esc(l)}</text>`,
    ),
    ...legend,
    inner,
    ...f.footerLines.map(
      (l, i) =>
        `<text x="${FRAME.pad}" y="${f.footerY + i * FRAME.footer.line}" font-size="${FRAME.footer.size}" fill="#4a5562">${esc(l)}</text>`,
    ),
    '</svg>\n',
  ].join('');
}

/**
 * A page to embed in an iframe: the chart's standalone SVG (which carries its title,
 * legend, source and licence, so nothing else repeats them) scaled to fit the frame, and
 * one line of links. The page is exactly as tall as the frame, so it never scrolls: the
 * snippet's aspect ratio (embedSize) leaves the image its full width. Referencing the
 * SVG file rather than inlining it keeps a thousand map embeds small.
 */
export function embedPage(
  chart: ChartMeta,
  opts: { siteName: string; siteUrl: string; stylesheets: string[]; lang: string; csp: string },
): string {
  const back = new URL(`${chart.page}#${chart.anchor}`, opts.siteUrl).href;
  return `<!DOCTYPE html>
<html lang="${esc(opts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(opts.csp)}">
<meta name="robots" content="noindex">
<title>${esc(chart.title)} – ${esc(opts.siteName)}</title>
<link rel="canonical" href="${esc(back)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${opts.stylesheets.map((href) => `<link rel="stylesheet" href="${esc(href)}">`).join('\n')}
<script src="/chart-tools.js" defer></script>
</head>
<body class="embed">
<main class="embed-main">
<figure class="chart" data-svg-href="/${esc(chart.key)}.svg" data-png-name="${esc(chart.key.replace(/\//g, '-'))}.png">
<figcaption><h1 class="visually-hidden" id="embed-title">${esc(chart.title)}</h1></figcaption>
${chart.svg ? `<div class="chart-image"><img src="/${esc(chart.key)}.svg" alt="${esc(chart.summary)}"></div>` : ''}
<p class="embed-links"><a href="${esc(back)}" target="_top">Data and full chart on ${esc(opts.siteName)}</a> · <a href="/${esc(chart.key)}.csv" download>CSV</a> · <a href="/${esc(chart.key)}.svg" download>SVG</a></p>
<p class="png-tool" id="png" data-interactive hidden></p>
</figure>
</main>
</body>
</html>
`;
}

/** CSV on the Web (CSVW) metadata for the chart's CSV: title, source, licence and columns. */
export function csvMetadata(
  chart: ChartMeta,
  columns: string[],
  opts: { siteUrl: string; publisher: string; modified: string },
): string {
  const meta = {
    '@context': 'http://www.w3.org/ns/csvw',
    url: new URL(`/${chart.key}.csv`, opts.siteUrl).href,
    'dc:title': chart.title,
    'dc:description': chart.summary,
    'dc:source': chart.source,
    'dc:temporal': chart.period,
    'dc:publisher': opts.publisher,
    // No licence is claimed where the sources state none; dc:rights then says so in words.
    ...(chart.licenceUrl ? { 'dc:license': { '@id': chart.licenceUrl } } : {}),
    'dc:rights': chart.licence,
    'dc:modified': opts.modified,
    'dc:isReferencedBy': new URL(`${chart.page}#${chart.anchor}`, opts.siteUrl).href,
    tableSchema: {
      columns: columns.map((name, i) => {
        // Leading context columns (what every row is) come before the columns the page's table shows.
        const shown = i - (columns.length - chart.headings.length);
        if (shown < 0) {
          const c = CONTEXT_COLUMNS[name as ContextColumn];
          if (!c)
            throw new Error(`/${chart.key}.csv: column "${name}" is neither in the chart's table nor a context column`);
          return { name, titles: c.title, 'dc:description': c.description, datatype: 'string' };
        }
        return { name, titles: chart.headings[shown] ?? name, datatype: chart.numeric[shown] ? 'number' : 'string' };
      }),
    },
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}
