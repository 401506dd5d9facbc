/**
 * The one figure model. A Figure is a chart (or a table-only figure) as one value: what it
 * draws (wide and phone layouts), its legend, the table of the same numbers (also its
 * CSV), its words, where its numbers come from, and the page it lives on. Each section's
 * lib builds Figures; ChartFrame renders one on a page; the standalone SVG, the embed page
 * and the CSV on the Web metadata are written from the same value by the pure functions
 * in ./figure-files, never recovered from HTML. A chart's furniture (source line, licence,
 * downloads, citation, embed snippet) comes from here and nowhere else.
 */
import type { Provenance } from '../core/provenance';
import { CONTEXT_COLUMNS, contextColumns, tableCsv, type TableData } from '../core/table-data';
import type { LegendItem } from './legend';
import { splitPhone } from './svg';

/** Where a figure's numbers come from, as its source line, files and citation state it. */
export interface FigureProvenance {
  /** Who published the figures and in what. */
  source: string;
  /** The period the figures cover, in words. */
  period: string;
  /** Known limits a reader must have in mind. */
  caveats: string[];
  /** The licence as the sources state it (the site's licence where they state none): files and citations say this. */
  licence: string;
  /** The licence's address; null where the sources state no licence, so none is claimed. */
  licenceUrl: string | null;
  /** The licence line under the chart: the sources' own words, or the site's attribution statement. */
  attribution: string;
  /** Link to the dataset page or source document on this site, if any. */
  href?: string;
}

/** What a figure draws; a table-only figure draws nothing. */
export interface FigureDrawing {
  /** The SVG for a wide column: shown on wide screens and the one every image file is made from. */
  wide: string;
  /** The same chart drawn for a phone (text stays 12 px at 360 px), or null where the wide one serves. */
  phone: string | null;
  /** A map that draws its wards by reference (`<use href>`): the address of that shapes file, whose outlines an image file must carry. */
  shapes: string | null;
}

export interface Figure {
  /** Path stem of the figure's files: `/<key>.csv`, `/<key>.svg` (its embed page is its page's: embedHref). */
  key: string;
  /** The page the figure lives on: its files and embeds link back there. */
  page: string;
  /** The figure's id on that page. */
  anchor: string;
  title: string;
  /** What it shows, in words: the main finding for someone who cannot see it. */
  summary: string;
  drawing: FigureDrawing | null;
  /** Legend entries, shown above the chart and drawn into its image. */
  legend: LegendItem[];
  /** Accessible name of the legend. */
  legendLabel: string;
  /** The numbers behind the chart, exactly as shown; its context columns complete the CSV. */
  table: TableData;
  /** The CSV's table where it is not the one shown (a large area's table by borough offers every ward's row). */
  csvTable?: TableData;
  /**
   * Set where the figure is one of many views of one table (the ward maps of a single
   * month): its CSV is that shared table, which `csvTable` describes, and it has no image or
   * embed page of its own, so a site of a thousand wards stays within a static host's file
   * count. The words name what the shared CSV holds, for its download link.
   */
  sharedCsv?: string;
  provenance: FigureProvenance;
}

/** What a section's lib says about a figure; figureOf fills in the rest. */
export interface FigureSpec {
  /** Address of the figure's CSV; its stem is the figure's key. */
  csvHref: string;
  page: string;
  anchor: string;
  title: string;
  summary: string;
  /** Markup from a function in src/charts (a wide layout, and a phone layout after it where drawn); null for a table only. */
  svg: string | null;
  /** See FigureDrawing.shapes. */
  shapes?: string;
  legend?: LegendItem[];
  legendLabel?: string;
  table: TableData;
  csvTable?: TableData;
  /** See Figure.sharedCsv. */
  sharedCsv?: string;
  provenance: Provenance;
}

/** The site's own licence, which figures whose sources state none are published under. */
export interface SiteLicence {
  name: string;
  url: string;
  /** The attribution statement shown under such figures. */
  attribution: string;
}

/** The path stem shared by a chart's files: `/indicators/x/published.csv` → `indicators/x/published`. */
export function chartKey(csvHref: string): string {
  return csvHref.replace(/^\//, '').replace(/\.csv$/, '');
}

/** A Figure from what a section's lib knows about it and the site's licence. */
export function figureOf(spec: FigureSpec, site: SiteLicence): Figure {
  const { wide, phone } = spec.svg ? splitPhone(spec.svg) : { wide: null, phone: null };
  const p = spec.provenance;
  return {
    key: chartKey(spec.csvHref),
    page: spec.page,
    anchor: spec.anchor,
    title: spec.title,
    summary: spec.summary,
    drawing: wide === null ? null : { wide, phone, shapes: spec.shapes ?? null },
    legend: spec.legend ?? [],
    legendLabel: spec.legendLabel ?? 'Legend',
    table: spec.table,
    ...(spec.csvTable ? { csvTable: spec.csvTable } : {}),
    ...(spec.sharedCsv ? { sharedCsv: spec.sharedCsv } : {}),
    provenance: {
      source: p.source,
      period: p.period,
      caveats: p.caveats ?? [],
      licence: p.licence ?? `${site.name} (${site.url})`,
      licenceUrl: p.licenceUrl === undefined ? site.url : p.licenceUrl,
      attribution: p.licence ?? site.attribution,
      ...(p.href ? { href: p.href } : {}),
    },
  };
}

/** How many links the figure's drawing holds (a map's wards), each a stop for the keyboard. */
export function drawingLinks(f: Pick<Figure, 'drawing'>): number {
  return f.drawing ? (f.drawing.wide.match(/<a /g) ?? []).length : 0;
}

/** `/<key>.csv`: the figure's table as CSV. */
export const csvHref = (f: Pick<Figure, 'key'>): string => `/${f.key}.csv`;
/** `/<key>.svg`: the figure's standalone image. */
export const svgHref = (f: Pick<Figure, 'key'>): string => `/${f.key}.svg`;
/**
 * `/embed<page>`: the embed page of a page's charts. It holds every drawn chart whose home
 * is that page, and shows only the one its address names after `#` (one page a ward,
 * rather than one a chart, keeps a site of a thousand wards within a host's file count).
 */
export const embedPageHref = (page: string): string => `/embed${page}`;
/** `/embed<page>#<anchor>`: the address to embed the figure with. */
export const embedHref = (f: Pick<Figure, 'page' | 'anchor'>): string => `${embedPageHref(f.page)}#${f.anchor}`;
/** `/embed<page>#<anchor>-png`: the figure on its embed page, with the button that draws it as a PNG. */
export const pngHref = (f: Pick<Figure, 'page' | 'anchor'>): string => `${embedHref(f)}-png`;
/**
 * `/<folder>/csv-metadata.json`: the CSV on the Web description of every figure CSV in the
 * figure's folder, one file a folder. It is the name a CSVW processor looks for beside a
 * CSV (the standard's default locations are `<file>-metadata.json`, then `csv-metadata.json`
 * in the same folder), and one file per folder rather than per CSV keeps a site of a
 * thousand wards within a static host's file count.
 */
export const metadataHref = (f: Pick<Figure, 'key'>): string => {
  const slash = f.key.lastIndexOf('/');
  return `/${slash < 0 ? '' : `${f.key.slice(0, slash)}/`}${CSV_METADATA_FILE}`;
};
/** The name of a folder's CSV on the Web metadata file. */
export const CSV_METADATA_FILE = 'csv-metadata.json';

/** The figure's CSV: its table's context columns, then the rows and columns of the table. */
export function figureCsv(f: Figure): string {
  return tableCsv(f.csvTable ?? f.table);
}

/** A column of a figure's CSV: its name, heading, what it holds (context columns) and whether it is a number. */
export interface CsvColumn {
  name: string;
  title: string;
  description?: string;
  numeric: boolean;
}

/** The CSV's columns in order: its context columns (what every row is), then the table's own. */
export function csvColumns(f: Figure): CsvColumn[] {
  const table = f.csvTable ?? f.table;
  return [
    ...contextColumns(table).map((name) => ({
      name,
      title: CONTEXT_COLUMNS[name].title,
      description: CONTEXT_COLUMNS[name].description,
      numeric: false,
    })),
    ...table.columns.map((c) => ({ name: c.key, title: c.label, numeric: c.numeric ?? false })),
  ];
}

/**
 * The figure as its files need it, to hand from the pages' build to the step that writes
 * them: no table rows (the CSV is written by its own route) and no phone layout (every
 * image file is made from the wide one).
 */
export function figureForFiles(f: Figure): Figure {
  return {
    ...f,
    drawing: f.drawing && { ...f.drawing, phone: null },
    table: { ...f.table, rows: [] },
    ...(f.csvTable ? { csvTable: { ...f.csvTable, rows: [] } } : {}),
  };
}
