/**
 * What a variant site is: a portal the build and browser tests need beside dist/ (another
 * area, a section off, a document added), made and built once per test run by the global
 * setup (tests/setup/sites.ts) into `.tmp/sites/<name>/`, and read by the tests through
 * `builtSite(name)` (tests/helpers/sites.ts). To add one, write a module beside this one
 * and list it in tests/sites/index.ts.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildFolders, RunResult } from '../helpers/build-site';

/** Where every variant site is made. */
export const SITES_DIR = join('.tmp', 'sites');

/** What a site's making recorded: each step's result, and values its tests need. */
export interface SiteRecord {
  steps: Record<string, RunResult>;
  /** Steps meant to fail (a bad input the site's tests check is refused). */
  failing?: string[];
  notes: Record<string, unknown>;
  /** The error that stopped the making, if one did. */
  error?: string;
}

/** What a site's `make` may use. */
export interface SiteTools {
  /** The site's own folder (empty at the start). */
  dir: string;
  /**
   * Runs the build on these folders, with any `extra` settings, recorded as `step`. Builds
   * and scripts run at most two at a time across all sites.
   */
  build(step: string, folders: BuildFolders, extra?: NodeJS.ProcessEnv): Promise<RunResult>;
  /**
   * Runs a project script (a .ts file with tsx, any other with node) with these settings, recorded as `step`;
   * with `failing`, a step meant to fail (a bad input), which the making then expects to fail.
   */
  script(
    step: string,
    file: string,
    env: NodeJS.ProcessEnv,
    args?: string[],
    options?: { failing?: boolean },
  ): Promise<RunResult>;
  /** Records a value the site's tests need (the codes of the wards it added, say). */
  note(name: string, value: unknown): void;
}

export interface VariantSite {
  name: string;
  /** The test projects that read it: the global setup makes a site only when one of them runs. */
  projects: ReadonlyArray<'build' | 'browser'>;
  /** Whether it needs the raw public files (../shared/data-sources): without them it is not made. */
  rawFiles?: boolean;
  /** Writes the site's inputs into its folder and builds it. */
  make(tools: SiteTools): Promise<void>;
}

/** The usual folders of a site made in `dir`: its data, content, built site and Astro root. */
export function siteFolders(dir: string): Required<BuildFolders> {
  return { data: join(dir, 'data'), content: join(dir, 'content'), dist: join(dir, 'dist'), astro: join(dir, 'astro') };
}

/** Copies the project's content/ and data/ into a site's folder, to be changed there; returns its folders. */
export function copyOfProject(dir: string): Required<BuildFolders> {
  const folders = siteFolders(dir);
  cpSync('content', folders.content, { recursive: true });
  cpSync('data', folders.data, { recursive: true });
  return folders;
}
