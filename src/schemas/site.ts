/** The site configuration in `content/site.json`: everything that names the area and the partnership. */
import { z } from 'astro/zod';

/**
 * The sections a portal can switch on or off. Each owns its pages and its tables: a
 * section that is off has no pages, no links and no search filters, and its tables may
 * be empty (a partnership without a performance report or a directory leaves them out).
 */
export const SECTION_IDS = ['performance', 'wards', 'asb', 'strategies', 'directory'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * GSS code of a local authority (E06 unitary, E07 district, E08 metropolitan district,
 * E09 London borough, W06 Welsh, S12 Scottish, N09 Northern Irish), of a region such as
 * E12000007 (London), or of a county (E10) or police force area (E23, W15) whose districts
 * `area.districts` lists.
 */
export const AREA_CODE = /^(?:E0[6-9]|E1[02]|E23|W06|W15|S12|N09)\d{6}$/;

/** `sections`: which parts of the portal are published; every key is required, so a typo cannot hide a section. */
export const sectionsSchema = z
  .object({
    /** The partnership's performance dashboard: /indicators/ and the home page's indicator cards (data/kpi). */
    performance: z.boolean(),
    /** Crime by ward: /wards/ and its maps (data/wards, data/geo). */
    wards: z.boolean(),
    /**
     * Anti-social behaviour by ward from data.police.uk on the ward pages and the home page.
     * It switches those figures off the pages only: data/wards/policeuk-monthly.csv, which
     * holds them, also holds an area's crime outside London, so it is published with the wards.
     */
    asb: z.boolean(),
    /** The strategy library: /strategies/ (content/strategies, data/strategy). */
    strategies: z.boolean(),
    /** The directory of services: /directory/ and the help lines on /help/ (data/directory). */
    directory: z.boolean(),
  })
  .strict();

export const siteConfigSchema = z.object({
  /** The portal's name, shown in the header and page titles. */
  name: z.string().min(1),
  /** A shorter name for tight spaces. */
  shortName: z.string().min(1),
  /** The public address the site is published at, used for canonical links and citations. */
  url: z.string().url(),
  /** One-paragraph description of the portal. */
  description: z.string().min(50),
  partnership: z.object({
    /** The community safety partnership whose indicators the dashboard shows. */
    name: z.string().min(1),
    /** How prose refers to it after the first mention. */
    shortName: z.string().min(1),
    /** The board that adopts targets and receives the performance reports. */
    body: z.string().min(1),
  }),
  area: z
    .object({
      name: z.string().min(1),
      longName: z.string().min(1),
      /** GSS code of the local authority (E06/E07/E08/E09, W06, S12, N09) or region (E12000007 for London) the portal is for. */
      code: z
        .string()
        .regex(
          AREA_CODE,
          'must be the GSS code of a local authority (E06, E07, E08, E09, W06, S12 or N09 followed by six digits), of a region such as E12000007, or of a county or police force area (E10, E23, W15) with its districts listed',
        ),
      /** For an area of several districts (a county, a police force's area): their GSS codes. */
      districts: z
        .array(
          z.string().regex(/^(?:E0[6-9]|W06)\d{6}$/, 'must be the GSS code of a district (E06, E07, E08, E09 or W06)'),
        )
        .min(1)
        .optional(),
      policeForce: z.string().min(1),
    })
    // A county's or force area's code says nothing of its districts by itself: they must be listed.
    .refine((a) => !/^(?:E10|E23|W15)/.test(a.code) || a.districts !== undefined, {
      path: ['districts'],
      message: 'must list the districts of a county or police force area (E10, E23, W15), by their GSS codes',
    }),
  /** Which sections are published (see SECTION_IDS); a configuration without the block publishes them all. */
  sections: sectionsSchema.default({ performance: true, wards: true, asb: true, strategies: true, directory: true }),
  publisher: z.object({ name: z.string().min(1), note: z.string().min(1) }),
  licence: z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    url: z.string().url(),
    attribution: z.string().min(1),
    /** The Crown copyright line of the boundary files, with the year of the data ("… database right 2022"). */
    boundaryAttribution: z
      .string()
      .regex(
        /\b(19|20)\d{2}\b/,
        'must give the year of the boundary data, as in "© Crown copyright and database right 2022"',
      ),
  }),
  /**
   * Organisational contacts. `email` is where "Report a change" on directory entries
   * writes to: an organisational address only, never a named person's. Leave it out
   * until one exists; the links are then left out and the build says why.
   */
  contact: z.object({ email: z.string().email().optional() }).optional(),
  /** Date the published data was last updated (ISO). */
  dataUpdated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** BCP 47 language tag of the site's text. */
  language: z.string().min(2),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
