/**
 * The source manifest, `content/sources.json`: which raw public files feed which import
 * and which tables in data/. Read through src/core/config.ts by the imports and by the
 * pages that say which districts the area's files leave out.
 */
import { z } from 'astro/zod';

const gss = z.string().regex(/^[EWSNK]\d{8}$/, 'is not a GSS code (a letter and eight digits, e.g. E09000006)');
/** A raw file: its path under the raw data folder, or that with the GSS code of the area it covers when narrower than London. */
const fileSchema = z.union([z.string().min(1), z.object({ path: z.string().min(1), covers: gss }).strict()]);

export const sourceManifestSchema = z
  .object({
    about: z.string().optional(),
    /** For each ward set, a raw file that says which local authority district (LAD) each ward is in. */
    wardToLad: z.record(
      z.string(),
      z.object({ file: z.string().min(1), ward: z.string().min(1), lad: z.string().min(1) }).strict(),
    ),
    /**
     * Local authority districts the ward crime files do not cover, by GSS code, each with the
     * reason in plain words. An area that contains one (London and the City of London, say)
     * is imported without its wards, and the import says so.
     */
    notCovered: z.record(gss, z.string().min(1)).optional(),
    imports: z.record(
      z.string(),
      z
        .object({
          /** What the import writes, relative to data/. */
          tables: z.array(z.string().min(1)),
          /** The raw files it reads, by the role the import gives them. */
          files: z.record(z.string(), fileSchema),
          /** The area every file of the import covers, when narrower than London. */
          covers: gss.optional(),
          /** false: skip the import and publish its tables empty (for a switched-off section). */
          run: z.boolean().optional(),
        })
        .strict(),
    ),
  })
  .strict();

/** The source manifest: which raw files feed which import and table. */
export type SourceManifest = z.infer<typeof sourceManifestSchema>;
