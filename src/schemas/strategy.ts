/**
 * The frontmatter of a strategy document (`content/strategies/*.mdx`).
 *
 * One zod schema serves the Astro content collection (src/content.config.ts) and
 * `npm run validate` (scripts/lib/checks.ts), so a document that builds is a document
 * that validates. Unknown keys are rejected, so a misspelt field fails loudly instead
 * of being silently ignored.
 */
import { z } from 'astro/zod';

/** What kind of document it is. */
export const DOCUMENT_TYPES = ['strategy', 'review', 'meeting-papers', 'case-study', 'presentation'] as const;

/** How a document type is written on the page. */
export const DOCUMENT_TYPE_LABELS: Record<(typeof DOCUMENT_TYPES)[number], string> = {
  strategy: 'Strategy',
  review: 'Review and recommendations',
  'meeting-papers': 'Meeting papers',
  'case-study': 'Case study',
  presentation: 'Presentation',
};

/** Where the document stands, as the document itself says. */
export const STATUSES = ['draft', 'proposed', 'adopted', 'published'] as const;

/** How a status is explained to residents. */
export const STATUS_LABELS: Record<(typeof STATUSES)[number], string> = {
  draft: 'Draft',
  proposed: 'Proposed (not yet agreed)',
  adopted: 'Adopted',
  published: 'Published',
};

/**
 * Whether the document covers the portal's own area. Indicator pages list commitments
 * from documents that cover the area, and keep lessons from elsewhere apart from them.
 */
export const COVERAGE = ['this-area', 'includes-this-area', 'elsewhere'] as const;

/** The themes documents are filed under; each becomes a search filter value. */
export const THEMES = {
  'gangs-and-youth-violence': 'Gangs and youth violence',
  'anti-social-behaviour': 'Anti-social behaviour',
  'partnership-working': 'Partnership working',
  'community-engagement': 'Community engagement',
  'offender-management': 'Offender management and reoffending',
  'prevention-and-diversion': 'Prevention and diversion',
  enforcement: 'Enforcement',
  'victims-and-witnesses': 'Victims and witnesses',
  'families-and-young-people': 'Families and young people',
  'drugs-and-alcohol': 'Drugs and alcohol',
  'information-sharing': 'Information sharing',
  'performance-and-targets': 'Performance and targets',
  'fire-and-arson': 'Fire and arson',
  health: 'Health',
  'funding-and-commissioning': 'Funding and commissioning',
} as const;

export type ThemeId = keyof typeof THEMES;
const themeIds = Object.keys(THEMES) as [ThemeId, ...ThemeId[]];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Messages are written for the person editing the file: they say what is expected.
const missingOr = (what: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `is missing; expected ${what}` : `must be ${what}`;
const text = (min: number, max?: number) => {
  const t = z.string({ error: missingOr('text') }).min(min, `must be at least ${min} characters`);
  return max ? t.max(max, `must be at most ${max} characters`) : t;
};
const oneOf = <const V extends readonly [string, ...string[]]>(values: V) =>
  z.enum(values, { error: missingOr(`one of ${values.join(', ')}`) });
const idString = z
  .string({ error: missingOr('an id') })
  .regex(ID, 'must be an id of lower-case letters, digits and hyphens, e.g. violent-crime');
const unknownKeys = (iss: { code?: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `has unknown field ${iss.keys?.map((k) => `"${k}"`).join(', ')}; check the spelling against content/README.md`
    : undefined;
const idList = z.array(idString, { error: missingOr('a list of ids') }).default([]);

/**
 * A date as precise as the document gives it: `2012`, `2012-09` or `2012-09-27`.
 * YAML turns an unquoted `2012-09-27` into a Date and `2012` into a number; both are
 * accepted and written back as text, so authors need not remember to quote.
 */
const partialDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string({ error: missingOr('a year (2012), a month (2012-09) or a date (2012-09-27)') })
    .regex(
      /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
      'must be a year (2012), a month (2012-09) or a date (2012-09-27)',
    ),
);

/** One source document the text draws on, with the sections it cites. */
export const strategySourceSchema = z.strictObject(
  {
    /** A `source_id` from data/meta/sources.csv. */
    source_id: idString,
    /** Short name used in citations on the page, e.g. "Minutes of 28 June 2012". */
    short: text(3, 80),
    /** The sections, items or pages the document draws on. */
    sections: z.array(text(1), { error: missingOr('a list of sections') }).min(1, 'must name at least one section'),
  },
  { error: unknownKeys },
);

/** The frontmatter every strategy document carries. */
export const strategySchema = z.strictObject(
  {
    /** Full title as the document gives it. */
    title: text(3),
    /** Short title for lists, breadcrumbs and citations (at most 60 characters). */
    short_title: text(3, 60),
    /** One or two plain-English sentences: what the document is and why it matters. */
    summary: text(40, 320),
    document_type: oneOf(DOCUMENT_TYPES),
    /** The body that published the document, e.g. "London Crime Reduction Board". */
    publisher: text(2),
    /** The area the document is about, in words, e.g. "London" or "Austin Estate, Derby". */
    area: text(2),
    coverage: oneOf(COVERAGE),
    /** The period the document covers, in words, e.g. "2008 to 2011". */
    period_covered: text(4),
    /** When it was published or the meeting held, as precisely as the document says; leave out if it does not say. */
    published: partialDate.optional(),
    status: oneOf(STATUSES),
    themes: z.array(oneOf(themeIds), { error: missingOr('a list of themes') }).min(1, 'must list at least one theme'),
    /** The source documents the page is written from (data/meta/sources.csv). */
    sources: z
      .array(strategySourceSchema, { error: missingOr('a list of sources') })
      .min(1, 'must list at least one source'),
    /** Indicator ids (data/kpi/indicators.csv) the document aims to move. */
    related_indicators: idList,
    /** Directory entry ids (service_id in data/directory/services.csv) of the programmes and services it names or that deliver its actions. */
    related_interventions: idList,
    /** Other strategy documents (their file names without .mdx) it relates to. */
    related_documents: idList,
  },
  { error: unknownKeys },
);

/** A document's frontmatter after validation. */
export type StrategyFrontmatter = z.infer<typeof strategySchema>;
