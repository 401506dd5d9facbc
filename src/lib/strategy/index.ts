/**
 * Strategy documents for the page: how dates, themes and coverage are written, the
 * order documents are listed in, and the values they are filtered by in search.
 * Pure functions over validated frontmatter; pages get the entries from the content
 * collection and pass them in.
 */
import { COVERAGE, THEMES, type StrategyFrontmatter, type ThemeId } from '../../schemas/strategy';

/** A document: its id (file name) and validated frontmatter. */
export interface StrategyDoc {
  id: string;
  data: StrategyFrontmatter;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What the search filter and lists show when a document gives no date. */
export const DATE_NOT_STATED = 'Date not stated';

/** `2012-09-27` → "27 September 2012", `2012-09` → "September 2012", `2012` → "2012". */
export function publishedLabel(published: string | undefined): string {
  if (!published) return DATE_NOT_STATED;
  const [y, m, d] = published.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The year a document was published, for the search filter and lists. */
export function publishedYear(published: string | undefined): string {
  return published ? published.slice(0, 4) : DATE_NOT_STATED;
}

/** A theme's words. */
export function themeLabel(id: ThemeId): string {
  return THEMES[id];
}

/** The page of a document. */
export function documentPath(id: string): string {
  return `/strategies/${id}/`;
}

/** How each group of documents is headed on the index page. */
export function coverageHeading(coverage: StrategyFrontmatter['coverage'], areaName: string): string {
  switch (coverage) {
    case 'this-area':
      return `${areaName}`;
    case 'includes-this-area':
      return `Covering ${areaName} and other areas`;
    case 'elsewhere':
      return 'Lessons from elsewhere';
  }
}

/**
 * Listing order: documents about the area first, then wider ones, then lessons from
 * elsewhere; within a group the newest first, undated last, then by title.
 */
export function sortDocuments<D extends StrategyDoc>(docs: readonly D[]): D[] {
  return [...docs].sort(
    (a, b) =>
      COVERAGE.indexOf(a.data.coverage) - COVERAGE.indexOf(b.data.coverage) ||
      (b.data.published ?? '').localeCompare(a.data.published ?? '') ||
      a.data.title.localeCompare(b.data.title, 'en-GB'),
  );
}

/** Documents grouped by coverage, in listing order, leaving out empty groups. */
export function groupByCoverage<D extends StrategyDoc>(
  docs: readonly D[],
): Array<{ coverage: StrategyFrontmatter['coverage']; docs: D[] }> {
  const sorted = sortDocuments(docs);
  return COVERAGE.map((coverage) => ({ coverage, docs: sorted.filter((d) => d.data.coverage === coverage) })).filter(
    (g) => g.docs.length > 0,
  );
}

/** The values a document is filtered by in site search (Pagefind filters). */
export function searchFilters(doc: StrategyDoc): { publisher: string; year: string; theme: string[] } {
  return {
    publisher: doc.data.publisher,
    year: publishedYear(doc.data.published),
    theme: doc.data.themes.map(themeLabel),
  };
}

/**
 * The short name a citation uses for a source: as the current document's frontmatter
 * gives it, else as any document gives it; undefined when none does.
 */
export function sourceShortName(
  docs: readonly StrategyDoc[],
  sourceId: string,
  currentId?: string,
): string | undefined {
  const ordered = [...docs].sort((a, b) => Number(b.id === currentId) - Number(a.id === currentId));
  for (const d of ordered) {
    const s = d.data.sources.find((x) => x.source_id === sourceId);
    if (s) return s.short;
  }
  return undefined;
}

/** The document id a page address belongs to: `/strategies/lcrb-anti-gangs-strategy/` → `lcrb-anti-gangs-strategy`. */
export function documentIdFromPath(pathname: string): string | undefined {
  return /^\/strategies\/([a-z0-9-]+)\/?/.exec(pathname)?.[1];
}
