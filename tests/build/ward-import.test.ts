/**
 * Re-running every import (`npm run import`) on the raw files writes exactly the
 * committed bytes of data/, through the same all-or-nothing runner. Needs the raw public
 * files (../shared/data-sources or PORTAL_SOURCES_DIR): without them it is skipped, and
 * tests/unit/raw-files.test.ts says which are missing (and fails under CI).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describeWithRawFiles } from '../helpers/raw-files';

const root = mkdtempSync(join(tmpdir(), 'import-again-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describeWithRawFiles('npm run import', () => {
  it('writes the same bytes as the committed data, and nothing else', () => {
    const out = join(root, 'data');
    cpSync('data', out, { recursive: true });
    // Start from nothing but the hand-maintained tables, so every imported file is really rewritten.
    const { imports } = JSON.parse(readFileSync(join('content', 'sources.json'), 'utf8')) as {
      imports: Record<string, { tables: string[] }>;
    };
    const imported = Object.values(imports).flatMap((i) => i.tables);
    for (const f of imported) rmSync(join(out, f), { force: true });
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/import/all.ts'], {
      env: { ...process.env, PORTAL_DATA_DIR: out },
      encoding: 'utf8',
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(files(out)).toEqual(files('data'));
    for (const f of imported) expect(readFileSync(join(out, f)).equals(readFileSync(join('data', f))), f).toBe(true);
    expect(readdirSync(root)).toEqual(['data']);
  }, 300_000);
});
