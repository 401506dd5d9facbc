/**
 * The one reader of the portal's configuration: `site.json` (the portal, its area and
 * partnership, which sections are published) and `sources.json` (which raw public files
 * feed which import), both in the content folder. The site build (src/lib/site.ts and the
 * table loader), the imports (scripts/import/lib.ts), the maintenance scripts and
 * astro.config.mjs read them through here, so every one of them honours
 * `PORTAL_CONTENT_DIR` and reports a mistake the same way.
 *
 * Schema-free, so it sits below everything: callers that need the whole file checked pass
 * their schema to `parseConfig` (src/schemas/site.ts, src/schemas/source-manifest.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The configuration files, by the name callers use for them. */
const CONFIG_FILES = { site: 'site.json', sources: 'sources.json' } as const;
export type ConfigName = keyof typeof CONFIG_FILES;

/** The content folder: `content/`, or `PORTAL_CONTENT_DIR` (tests, the benchmark and other areas point it elsewhere). */
export function contentDir(): string {
  return process.env.PORTAL_CONTENT_DIR ?? join(process.cwd(), 'content');
}

/** The path of a configuration file in the content folder. */
export function configPath(name: ConfigName, dir = contentDir()): string {
  return join(dir, CONFIG_FILES[name]);
}

/** A configuration file that is missing, is not JSON, or does not match its schema; the message names the file. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** How a file is named in messages: the path as given, unless the caller shortens it. */
export interface ConfigOptions {
  dir?: string;
  /** Turns the file's path into the name messages use (scripts print it relative to the project). */
  display?: (file: string) => string;
}

/**
 * A configuration file parsed as JSON, or undefined when there is none and it is not
 * `required`. Throws ConfigError, naming the file, when it is not JSON (or required and missing).
 */
export function readConfigJson(name: ConfigName, options: ConfigOptions & { required?: boolean } = {}): unknown {
  const file = configPath(name, options.dir);
  if (!existsSync(file)) {
    if (options.required) throw new ConfigError(`${(options.display ?? String)(file)} does not exist`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${(options.display ?? String)(file)} is not valid JSON: ${(e as Error).message}`);
  }
}

/** What parseConfig needs of a schema: zod's safeParse. */
export interface ConfigSchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }> } };
}

/**
 * A configuration file read and checked against its schema. Throws ConfigError naming the
 * file when it is missing (`missing` says what to do) or not JSON, and one line per
 * problem ("<file>, field area.code: …") when it does not match.
 */
export function parseConfig<T>(
  name: ConfigName,
  schema: ConfigSchema<T>,
  options: ConfigOptions & { missing?: string } = {},
): T {
  const file = configPath(name, options.dir);
  const shown = (options.display ?? String)(file);
  const json = readConfigJson(name, options);
  if (json === undefined)
    throw new ConfigError(`${shown} does not exist${options.missing ? `; ${options.missing}` : ''}`);
  const result = schema.safeParse(json);
  if (!result.success)
    throw new ConfigError(
      result.error.issues.map((i) => `${shown}, field ${i.path.map(String).join('.')}: ${i.message}`).join('\n'),
    );
  return result.data;
}
