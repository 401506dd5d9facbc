/**
 * The bad-input corpus (tests/fixtures/bad/cases.json): every case must stop the
 * validation (`validate` in scripts/validate.ts, which `npm run validate` and the build
 * run) with its own message. All cases run here in one process, each on its own copy of
 * data/ and content/; the three marked `build` (one CSV, one document, one site.json) also
 * run the whole build, which must stop with the same message and leave an existing dist/
 * exactly as it was.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { validate } from '../../scripts/validate';
import { clearTableCache } from '../../src/core/load';
import { DataError } from '../../src/core/errors';
import { buildSync } from '../helpers/build-site';

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
  /** Also run the whole build on this case. */
  build?: boolean;
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

/** A case's own copy of data/ and content/, with its edit applied, and the message it must give. */
function prepare(c: BadCase): { dir: string; data: string; content: string; expected: string } {
  const dir = join(root, c.id);
  const data = join(dir, 'data');
  const content = join(dir, 'content');
  cpSync('data', data, { recursive: true });
  cpSync('content', content, { recursive: true });
  applyCase(c, data, content);
  const expected = c.expected.replace(/^DATA\//, `${data}/`).replace(/^CONTENT\//, `${content}/`);
  return { dir, data, content, expected };
}

/** The message `validate` stops with on these folders, or a note that it did not stop. */
function validationMessage(data: string, content: string): string {
  try {
    const { rows } = validate({ data, content });
    return `validation passed (${rows} rows)`;
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return e.message;
  }
}

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  // A check that read data/ or content/ instead of the folders it is given would fail here.
  vi.stubEnv('PORTAL_DATA_DIR', join(root, 'not-the-data-folder'));
  vi.stubEnv('PORTAL_CONTENT_DIR', join(root, 'not-the-content-folder'));
});
// Each case has folders of its own; forget its tables so thirty copies are not held at once.
afterEach(() => clearTableCache());
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe('bad-input corpus', () => {
  it('has at least 25 cases with distinct ids, three of them built end to end', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    const built = cases.filter((c) => c.build);
    expect(built).toHaveLength(3);
    // One table, one document and the site configuration.
    expect(built.map((c) => c.file.split('.').pop()).sort()).toEqual(['csv', 'json', 'mdx']);
  });

  it('passes the unedited data, so each failure below is its own case', () => {
    expect(validationMessage('data', 'content')).toMatch(/^validation passed/);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: validation stops with the message', (_id, c) => {
    const { data, content, expected } = prepare(c);
    expect(validationMessage(data, content)).toContain(expected);
  });

  it.each(cases.filter((c) => c.build).map((c) => [c.id, c] as const))(
    '%s: the build stops with the message and leaves dist/ untouched',
    (_id, c) => {
      const { dir, data, content, expected } = prepare(c);
      const dist = join(dir, 'dist');
      mkdirSync(dist, { recursive: true });
      writeFileSync(join(dist, 'index.html'), 'published site');
      const build = buildSync({ data, content, dist, astro: join(dir, 'astro') });
      expect(build.status, `${c.id}: build should fail`).not.toBe(0);
      expect(build.output).toContain(expected);
      expect(build.output).toContain(`Build stopped at "validate data"; ${dist}/ was left unchanged.`);
      expect(readdirSync(dist)).toEqual(['index.html']);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('published site');
      expect(existsSync(join(dist, 'data'))).toBe(false);
    },
    120_000,
  );
});
