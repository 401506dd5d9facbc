/**
 * The bad-input corpus (tests/fixtures/bad/cases.json): every case must make
 * `npm run validate` and the build fail with its own message, and leave an existing
 * dist/ exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

interface BadCase {
  id: string;
  file: string;
  op: string;
  find?: string;
  row?: number;
  column?: string;
  with?: string;
  expected: string;
  content?: boolean;
}
const { cases } = JSON.parse(readFileSync('tests/fixtures/bad/cases.json', 'utf8')) as { cases: BadCase[] };
const root = join('.tmp', `bad-input-${process.pid}`);

/** Applies one case's edit to a copy of data/ (or content/ when `content` is set). */
function applyCase(c: BadCase, dataDir: string, contentDir: string): void {
  const file = join(c.content ? contentDir : dataDir, c.file);
  const text = () => readFileSync(file, 'utf8');
  switch (c.op) {
    case 'replace': {
      const before = text();
      if (!before.includes(c.find!)) throw new Error(`case ${c.id}: "${c.find}" not found in ${c.file}`);
      writeFileSync(file, before.replace(c.find!, c.with!));
      break;
    }
    case 'append':
      writeFileSync(file, text() + c.with!);
      break;
    // Whatever the row holds (so the case does not depend on the area the data is for): set one cell, or append a copy.
    case 'set-cell':
      writeFileSync(
        file,
        editRow(text(), c, (cells, header) => {
          const i = header.indexOf(c.column!);
          if (i < 0) throw new Error(`case ${c.id}: no column ${c.column} in ${c.file}`);
          cells[i] = c.with!;
          return [cells];
        }),
      );
      break;
    // A setting in a JSON file, by its dotted path (column): `area.code`.
    case 'set-json': {
      const json = JSON.parse(text());
      const keys = c.column!.split('.');
      let at = json;
      for (const k of keys.slice(0, -1)) at = at[k];
      at[keys.at(-1)!] = c.with;
      writeFileSync(file, JSON.stringify(json, null, 2));
      break;
    }
    case 'copy-row':
      writeFileSync(
        file,
        editRow(text(), c, (cells) => [cells, [...cells]]),
      );
      break;
    case 'write':
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, c.with!);
      break;
    case 'delete':
      rmSync(file);
      break;
    case 'utf16':
      writeFileSync(file, Buffer.from(`\uFEFF${text()}`, 'utf16le'));
      break;
    case 'bare-cr':
      writeFileSync(file, text().replace(/\n/g, '\r'));
      break;
    case 'append-latin1':
      writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from(c.with!, 'latin1')]));
      break;
    default:
      throw new Error(`case ${c.id}: unknown op ${c.op}`);
  }
}

/** Replaces row `c.row` of a CSV text (the header is row 1) by the rows `edit` returns. */
function editRow(text: string, c: BadCase, edit: (cells: string[], header: string[]) => string[][]): string {
  const lines = text.split('\n');
  const header = Papa.parse<string[]>(lines[0]!).data[0]!;
  const cells = Papa.parse<string[]>(lines[c.row! - 1]!).data[0]!;
  lines.splice(c.row! - 1, 1, ...edit(cells, header).map((r) => Papa.unparse([r], { newline: '\n' })));
  return lines.join('\n');
}

beforeAll(() => rmSync(root, { recursive: true, force: true }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bad-input corpus', () => {
  it('has at least 25 cases with distinct ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))(
    '%s: validate and build stop with the message; dist/ untouched',
    (_id, c) => {
      const dir = join(root, c.id);
      const dataDir = join(dir, 'data');
      const contentDir = join(dir, 'content');
      const distDir = join(dir, 'dist');
      cpSync('data', dataDir, { recursive: true });
      cpSync('content', contentDir, { recursive: true });
      mkdirSync(distDir, { recursive: true });
      writeFileSync(join(distDir, 'index.html'), 'published site');
      applyCase(c, dataDir, contentDir);
      const env = {
        ...process.env,
        PORTAL_DATA_DIR: dataDir,
        PORTAL_CONTENT_DIR: contentDir,
        PORTAL_DIST: distDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      };
      const expected = c.expected.replace(/^DATA\//, `${dataDir}/`).replace(/^CONTENT\//, `${contentDir}/`);

      const validate = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts'], { env, encoding: 'utf8' });
      expect(validate.status, `${c.id}: validate should fail`).toBe(1);
      expect(`${validate.stdout}${validate.stderr}`).toContain(expected);

      const build = spawnSync('node', ['scripts/build.mjs'], { env, encoding: 'utf8' });
      expect(build.status, `${c.id}: build should fail`).not.toBe(0);
      expect(`${build.stdout}${build.stderr}`).toContain(expected);
      expect(readdirSync(distDir)).toEqual(['index.html']);
      expect(readFileSync(join(distDir, 'index.html'), 'utf8')).toBe('published site');
      expect(existsSync(join(dir, 'dist', 'data'))).toBe(false);
    },
    60_000,
  );
});
