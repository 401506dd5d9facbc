/**
 * A document with a broken cross-link must stop `npm run validate` and the build, with
 * a message naming the document and the missing id, and leave the output untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from '../helpers/build-site';

let dir: string;
const env = () => ({ ...process.env, PORTAL_CONTENT_DIR: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'strategy-validate-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('tests/fixtures/strategies/broken-link.mdx', join(dir, 'content', 'strategies', 'broken-link.mdx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a broken cross-link', () => {
  it('fails npm run validate, naming the document and each missing id', () => {
    const r = spawnSync(process.execPath, ['node_modules/.bin/tsx', 'scripts/validate.ts'], {
      env: env(),
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const file = join(dir, 'content', 'strategies', 'broken-link.mdx');
    expect(r.stderr).toContain('Data validation failed:');
    expect(r.stderr).toContain(
      `${file}: "no-such-indicator" in related_indicators is not an indicator id; expected one of anti-social-behaviour, confidence, property-crime, violent-crime (data/kpi/indicators.csv)`,
    );
    expect(r.stderr).toContain(
      `${file}: "burglary-rate" at line 29 (<IndicatorChart indicator>) is not an indicator id`,
    );
    expect(r.stderr).toContain(`${file}: "no-such-service" in related_interventions is not a directory entry id`);
    // Only the broken document is reported: the real ones still resolve.
    expect(
      r.stderr
        .trim()
        .split('\n')
        .slice(1)
        .every((line) => line.startsWith(file)),
    ).toBe(true);
  });

  it('stops the build before anything is written', () => {
    const out = join(dir, 'dist');
    const r = buildSync({ content: join(dir, 'content'), dist: out, astro: join(dir, 'astro') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('"no-such-indicator" in related_indicators');
    expect(r.output).toContain(`Build stopped at "validate data"; ${out}/ was left unchanged.`);
    expect(existsSync(out)).toBe(false);
  });
});
