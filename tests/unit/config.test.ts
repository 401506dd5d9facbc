/**
 * The one reader of site.json and sources.json: every caller, astro.config.mjs included,
 * reads the content folder PORTAL_CONTENT_DIR names, and a mistake names the file and field.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ConfigError, configPath, parseConfig, readConfigJson } from '../../src/core/config';
import { switchedOffSections } from '../../src/core/content-paths';
import { sourceManifestSchema } from '../../src/schemas/source-manifest';

const dirs: string[] = [];
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-config-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the configuration reader', () => {
  it('reads the content folder PORTAL_CONTENT_DIR names, for every caller', async () => {
    const dir = contentWith({
      'site.json': JSON.stringify({ url: 'https://other.example.net', sections: { directory: false } }),
    });
    vi.stubEnv('PORTAL_CONTENT_DIR', dir);
    vi.stubEnv('PORTAL_PREVIEW_URL', undefined);
    expect(configPath('site')).toBe(join(dir, 'site.json'));
    expect(readConfigJson('site')).toMatchObject({ url: 'https://other.example.net' });
    expect([...switchedOffSections()]).toEqual(['directory']);
    // astro.config.mjs once read content/site.json whatever PORTAL_CONTENT_DIR said.
    const astro = (await import('../../astro.config.mjs')).default as { site?: string };
    expect(astro.site).toBe('https://other.example.net');
  });

  it('names the file when it is missing or not JSON, and the field when it does not match', () => {
    const dir = contentWith({ 'site.json': '{ "url": ', 'sources.json': JSON.stringify({ imports: {} }) });
    expect(readConfigJson('sources', { dir: join(dir, 'nowhere') })).toBeUndefined();
    expect(() => readConfigJson('site', { dir: join(dir, 'nowhere'), required: true })).toThrow(
      `${join(dir, 'nowhere', 'site.json')} does not exist`,
    );
    expect(() => readConfigJson('site', { dir })).toThrow(ConfigError);
    expect(() => readConfigJson('site', { dir })).toThrow(`${join(dir, 'site.json')} is not valid JSON`);
    expect(() => parseConfig('sources', sourceManifestSchema, { dir, display: () => 'sources.json' })).toThrow(
      'sources.json, field wardToLad:',
    );
    expect(parseConfig('sources', z.object({ imports: z.object({}) }), { dir })).toEqual({ imports: {} });
  });
});
