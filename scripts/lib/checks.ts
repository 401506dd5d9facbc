/**
 * Checks beyond single tables that `npm run validate` and the build run: for example,
 * that links from documents and directory entries point at ids that exist.
 * Each capability adds its checks to `extraChecks`. Every check reads the data and
 * content folders it is given, never the defaults, so one process can check many.
 */
import type { DataProblem } from '../../src/core/errors';
import { join } from 'node:path';
import { dataDir, displayPath } from '../../src/core/load';
import { allTables, extraResources } from '../../src/schemas/index';
import { sourcesTable, tableSourcesTable } from '../../src/schemas/sources';
import { isPublished } from '../../src/lib/catalogue';
import {
  misattributions,
  tableSourceProblems,
  type CheckedDataset,
  type SourceArea,
} from '../../src/lib/catalogue/attribution';
import { readSiteConfig, siteConfigFile } from '../../src/lib/site';
import { strategiesDir } from '../../src/core/content-paths';
import { contentDir } from '../../src/core/config';
import { wardChecks } from '../../src/lib/wards/checks';
import { directoryChecks } from '../../src/lib/directory/checks';
import { strategyChecks } from '../../src/lib/strategy/checks';
import { readStrategyFiles } from '../../src/lib/strategy/files';
import type { SiteConfig } from '../../src/schemas/site';
import { releaseChecks } from '../../src/lib/releases/checks';

/** The folders a validation reads: the published tables and the content (site.json, documents). */
export interface Folders {
  data: string;
  content: string;
}

/** The folders a build reads: `data/` and `content/`, or the ones PORTAL_DATA_DIR and PORTAL_CONTENT_DIR name. */
export function buildFolders(): Folders {
  return { data: dataDir(), content: contentDir() };
}

/** Every cross-dataset check, given the loaded tables by name and the folders they came from. */
export function extraChecks(
  rows: Map<string, Record<string, unknown>[]>,
  folders: Folders = buildFolders(),
  site: SiteConfig = readSiteConfig(folders.content),
): DataProblem[] {
  const docs = readStrategyFiles(strategiesDir(folders.content));
  return [
    // Wards: boundaries match the ward lists, every ward has crime figures (and a population where one exists).
    ...wardChecks(rows, folders.data),
    ...directoryChecks(rows, folders.data),
    // Strategy documents: frontmatter, and links to indicators, directory entries, sources and action data.
    ...strategyChecks(rows, folders.data, docs, folders.content),
    // Sources: every dataset names its sources, and none comes from an area the portal is not about.
    ...provenanceChecks(rows, folders, site),
    // The release record holds one release, before this one.
    ...releaseChecks(rows, site.dataUpdated, folders.data),
    // A switched-off section publishes nothing, so it may hold no documents either.
    ...(site.sections.strategies
      ? []
      : docs.map((d) => ({
          file: d.file,
          problem:
            'is a strategy document, but the strategies section is switched off in content/site.json; move it out of content/strategies/ (or name it _draft.mdx) or switch the section on',
        }))),
  ];
}

/** The table-sources list and the misattribution check, over every published dataset. */
function provenanceChecks(
  rows: Map<string, Record<string, unknown>[]>,
  folders: Folders,
  site: SiteConfig,
): DataProblem[] {
  const meta = new Set([sourcesTable.name, tableSourcesTable.name]);
  const file = (path: string) => displayPath(join(folders.data, path));
  const datasets: CheckedDataset[] = [
    ...allTables
      .filter((t) => !meta.has(t.name) && isPublished(t, site, folders.data))
      .map((t) => ({ resource: t, file: file(t.path), rows: rows.get(t.name) ?? [] })),
    ...extraResources
      .filter((r) => isPublished(r, site, folders.data))
      .map((r) => ({ resource: r, file: file(r.path), rows: null })),
  ];
  const tableSources = (rows.get(tableSourcesTable.name) ?? []) as Array<{ resource: string; source_id: string }>;
  const sources = (rows.get(sourcesTable.name) ?? []) as unknown as SourceArea[];
  return [
    ...tableSourceProblems(
      datasets,
      [...allTables, ...extraResources],
      tableSources,
      file(tableSourcesTable.path),
      new Set(sources.map((s) => s.source_id)),
    ),
    ...misattributions(datasets, tableSources, sources, site.area, displayPath(siteConfigFile(folders.content))),
  ];
}
