/**
 * The built HTML is valid: html-validate's `recommended` rules over every page in dist/
 * (rules turned off or tuned only in .htmlvalidate.json, each with its reason beside it),
 * the W3C Nu HTML checker on up to three pages of every template, and nothing after
 * </html> anywhere.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { DIST, distFile } from '../helpers/dist';
import { siteIndex } from '../helpers/site-index';
import { templateOf } from '../../scripts/lib/built-site';
import { findJava } from '../../scripts/lib/java.mjs';

// Pagefind's own UI files are third-party and not pages.
const pages = siteIndex()
  .pages.map((p) => p.path)
  .filter((f) => !f.startsWith('pagefind/'));

/**
 * The configuration in .htmlvalidate.json, resolved once for every page: html-validate
 * would otherwise look for configuration files beside each page and resolve the element
 * rules again for each, two thirds of its time over the whole site. (dist/ holds no
 * configuration of its own; the messages are the same.)
 */
class ProjectConfig extends StaticConfigLoader {
  #resolved: ReturnType<StaticConfigLoader['getConfigFor']> | undefined;
  override getConfigFor(handle: string, override?: ConfigData) {
    if (override) return super.getConfigFor(handle, override);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

/** Up to three pages of each template: the first, the middle and the last. */
function templateSamples(files: string[]): string[] {
  const byTemplate = new Map<string, string[]>();
  for (const f of files) byTemplate.set(templateOf(f), [...(byTemplate.get(templateOf(f)) ?? []), f]);
  return [...byTemplate.values()].flatMap((list) =>
    list.length <= 3 ? list : [list[0]!, list[Math.floor(list.length / 2)]!, list.at(-1)!],
  );
}

describe('markup', () => {
  it('every rule .htmlvalidate.json turns off or tunes has a "// rule: reason" entry beside it', () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as {
      extends: string[];
      rules: Record<string, unknown>;
    };
    expect(config.extends).toEqual(['html-validate:recommended']);
    const rules = Object.keys(config.rules).filter((r) => !r.startsWith('//'));
    const reasons = Object.keys(config.rules).filter((r) => r.startsWith('//'));
    for (const rule of rules) {
      const reason = reasons.find((r) => r.startsWith(`// ${rule}: `));
      expect(reason && reason.length > `// ${rule}: `.length + 20, `${rule} needs a one-line reason`).toBe(true);
    }
    expect(reasons.length).toBe(rules.length);
  });

  it('html-validate (recommended) finds no error on any page', async () => {
    const validator = new HtmlValidate(
      new ProjectConfig(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData),
    );
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(distFile(page), join(DIST, page));
      for (const r of report.results) {
        for (const m of r.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(errors.slice(0, 50), `${errors.length} errors`).toEqual([]);
  }, 900_000);

  it('the W3C Nu HTML checker finds no error on up to three pages of every template', () => {
    const java = findJava();
    if (!java)
      throw new Error(
        "Java not found: install Debian's default-jre-headless or set JAVA_HOME (npm test does this for you)",
      );
    const samples = templateSamples(pages);
    const r = spawnSync(
      java,
      [
        '-jar',
        join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar'),
        '--errors-only',
        '--format',
        'json',
        ...samples.map((p) => join(DIST, p)),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const out = JSON.parse(r.stderr || r.stdout) as {
      messages: Array<{ type: string; url: string; lastLine?: number; message: string }>;
    };
    const errors = out.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(/^file:.*?\/dist\//, '')}:${m.lastLine ?? ''} ${m.message}`);
    expect(samples.length).toBeGreaterThanOrEqual(10);
    expect(errors).toEqual([]);
  }, 300_000);

  it('no page has content after </html>', () => {
    const bad = pages.filter((p) => !/<\/html>\s*$/.test(distFile(p)));
    expect(bad).toEqual([]);
  });
});
