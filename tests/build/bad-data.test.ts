/**
 * Bad input end to end: a malformed CSV makes `npm run validate` and the build fail
 * with the precise message, and an existing dist/ is left exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const work = join('.tmp', `bad-data-${process.pid}`);
const dataDir = join(work, 'data');
const distDir = join(work, 'dist');
const env = { ...process.env, PORTAL_DATA_DIR: dataDir, PORTAL_DIST: distDir, ASTRO_TELEMETRY_DISABLED: '1' };

function run(script: string) {
  const r = spawnSync('node_modules/.bin/tsx', [script], { env, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  cpSync('data', dataDir, { recursive: true });
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(distDir, 'index.html'), 'the site as last published');
  const file = join(dataDir, 'kpi', 'observations.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const row = lines.findIndex((l) => l.startsWith('violent-crime-total,2011-04,2011-06,'));
  lines[row] = lines[row]!.replace(',1207,', ',"1,207",');
  writeFileSync(file, lines.join('\n'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a malformed CSV', () => {
  it('fails npm run validate with file, row, column, value and expectation', () => {
    const { status, output } = run('scripts/validate.ts');
    expect(status).toBe(1);
    expect(output).toContain(`${dataDir}/kpi/observations.csv row 3, column value: "1,207" is not a number`);
  });

  it('fails the build and leaves the existing dist/ untouched', () => {
    const r = spawnSync('node', ['scripts/build.mjs'], { env, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain('"1,207" is not a number');
    expect(readdirSync(distDir)).toEqual(['index.html']);
    expect(readFileSync(join(distDir, 'index.html'), 'utf8')).toBe('the site as last published');
    expect(readdirSync('.').filter((f) => f.startsWith('.build-'))).toEqual([]);
  });
});
