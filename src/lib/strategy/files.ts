/**
 * Reading strategy documents straight from `content/strategies/` for `npm run validate`
 * and tests, which run outside Astro. Frontmatter is parsed with the same YAML parser
 * Astro uses and validated with the same zod schema as the content collection, so the
 * checks see exactly what the build will see.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { strategySchema, type StrategyFrontmatter } from '../../schemas/strategy';
import type { DataProblem } from '../../core/errors';
import { displayPath } from '../../core/load';
import { strategiesDir } from '../../core/content-paths';

export { strategiesDir, STRATEGY_GLOB } from '../../core/content-paths';
export { contentDir } from '../../core/config';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A document as read from disk, before and after validation. */
export interface StrategyFile {
  /** The document id: its file name without `.mdx`, also its address. */
  id: string;
  /** The file, relative to the working directory, for messages. */
  file: string;
  /** The MDX body after the frontmatter. */
  body: string;
  /** Line number in the file where the body starts, so messages can point at lines. */
  bodyLine: number;
  /** Validated frontmatter, or null when it has problems (see `problems`). */
  data: StrategyFrontmatter | null;
  problems: DataProblem[];
}

/** Parses and validates one document's text. */
export function parseStrategyFile(text: string, file: string, id: string): StrategyFile {
  const problems: DataProblem[] = [];
  if (!ID.test(id))
    problems.push({
      file,
      problem: `has a file name that is not an id; expected lower-case letters, digits and hyphens, e.g. safer-for-all-2008-2011.mdx`,
    });
  let raw: unknown = {};
  let body = text;
  let rawFrontmatter = '';
  try {
    const parsed = parseFrontmatter(text, { frontmatter: 'remove' });
    raw = parsed.frontmatter;
    body = parsed.content;
    rawFrontmatter = parsed.rawFrontmatter;
  } catch (e) {
    problems.push({ file, problem: `has frontmatter that is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
  }
  if (!rawFrontmatter && problems.length === 0)
    problems.push({
      file,
      problem: 'has no frontmatter; expected a block between --- lines at the top (see content/README.md)',
    });
  // The body starts on the closing --- line (its remainder), which is line (frontmatter lines + 2).
  const bodyLine = rawFrontmatter ? rawFrontmatter.split('\n').length : 1;
  let data: StrategyFrontmatter | null = null;
  if (rawFrontmatter) {
    const result = strategySchema.safeParse(raw);
    if (result.success) data = result.data;
    else {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || '(frontmatter)';
        problems.push({ file, problem: `frontmatter field ${field}: ${issue.message}` });
      }
    }
  }
  return { id, file, body, bodyLine, data, problems };
}

/** Reads every document in the folder, sorted by id; a missing folder reads as none. */
export function readStrategyFiles(dir = strategiesDir()): StrategyFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const full = join(dir, name);
      return parseStrategyFile(readFileSync(full, 'utf8'), displayPath(full), name.slice(0, -'.mdx'.length));
    });
}
