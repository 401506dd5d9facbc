/** The site configuration in `content/site.json`: everything that names the area and the partnership. */
import { z } from 'astro/zod';

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
  area: z.object({
    name: z.string().min(1),
    longName: z.string().min(1),
    /** GSS code of the local authority, e.g. E09000006. */
    code: z.string().regex(/^E0[69]\d{6}$/),
    policeForce: z.string().min(1),
  }),
  publisher: z.object({ name: z.string().min(1), note: z.string().min(1) }),
  licence: z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    url: z.string().url(),
    attribution: z.string().min(1),
    boundaryAttribution: z.string().min(1),
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
