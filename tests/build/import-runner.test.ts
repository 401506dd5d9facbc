/**
 * `npm run import` is all or nothing: a failed import leaves data/ byte for byte as it
 * was and says what to fix without a stack trace; a file that covers another area is
 * refused; an import switched off publishes its tables empty. Runs the real command
 * against the London-wide census table, with a small ward → LAD lookup beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sourcesDir } from '../../scripts/import/lib';
import { describeWithRawFiles, haveRawFiles } from '../helpers/raw-files';

const CENSUS = 'mps-ward-crime-london/london_ward_population_census2011.csv';
const root = mkdtempSync(join(tmpdir(), 'import-runner-'));
const data = join(root, 'data'),
  content = join(root, 'content'),
  sources = join(root, 'sources');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under `dir` with its bytes, for comparing a folder before and after. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full, 'base64'));
    }
  };
  walk(dir);
  return out;
}

function manifest(over: Record<string, unknown> = {}): void {
  writeFileSync(
    join(content, 'sources.json'),
    JSON.stringify({
      wardToLad: {
        '2002-2022': { file: 'lookup.csv', ward: 'ward', lad: 'lad' },
        '2022': { file: 'lookup.csv', ward: 'ward', lad: 'lad' },
      },
      imports: {
        'ward-population': { tables: ['wards/population.csv'], files: { census2011: 'census.csv' } },
        'policeuk-wards': {
          tables: ['wards/policeuk-monthly.csv'],
          files: { records: 'census.csv' },
          covers: 'E09000006',
        },
        ...over,
      },
    }),
  );
}

function runImport(...names: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/import/all.ts', ...names], {
    env: { ...process.env, PORTAL_DATA_DIR: data, PORTAL_CONTENT_DIR: content, PORTAL_SOURCES_DIR: sources },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  if (!haveRawFiles) return;
  cpSync('data', data, { recursive: true });
  mkdirSync(content);
  copyFileSync(join('content', 'site.json'), join(content, 'site.json'));
  mkdirSync(sources);
  // The ward → LAD lookup of the committed ward list, so the test needs no large boundary file.
  const wards = readFileSync(join('data', 'wards', 'wards.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  writeFileSync(
    join(sources, 'lookup.csv'),
    `ward,lad\n${wards.map((w) => `${w[0]},${w[3]}`).join('\n')}\nE05000400,E09000021\n`,
  );
});

describeWithRawFiles(
  'npm run import',
  () => {
    it('stops on a bad row naming file, row and value, without a stack trace, and leaves data/ untouched', () => {
      const lines = readFileSync(join(sourcesDir(), CENSUS), 'utf8').split('\n');
      const row = lines.findIndex((l) => l.includes('E05000109'));
      lines[row] = lines[row]!.replace(/"[\d,]+"(\r?)$/, '"12x"$1');
      expect(lines[row]).toContain('"12x"');
      writeFileSync(join(sources, 'census.csv'), lines.join('\n'));
      manifest();
      const before = snapshot(root);
      const r = runImport('ward-population');
      expect(r.status).toBe(1);
      expect(r.out).toContain(
        `Import stopped: census.csv row ${row + 1}: population "12x" is not a positive whole number`,
      );
      expect(r.out).toContain('was changed. Fix what is named above and run the import again.');
      expect(r.out).not.toMatch(/^\s+at /m);
      expect(snapshot(root)).toEqual(before);
    });

    it("selects the area's wards from the London-wide file by code, writing the committed bytes", () => {
      copyFileSync(join(sourcesDir(), CENSUS), join(sources, 'census.csv'));
      manifest();
      writeFileSync(join(data, 'wards', 'population.csv'), 'stale\n');
      const r = runImport('ward-population');
      expect(r.status, r.out).toBe(0);
      // Only the Census 2011 file is in this manifest: the output is the committed table's 2011 rows.
      const committed = readFileSync(join('data', 'wards', 'population.csv'), 'utf8').split('\n');
      const census2011 =
        [committed[0], ...committed.slice(1).filter((l) => l.includes(',2011-03-27,'))].join('\n') + '\n';
      expect(readFileSync(join(data, 'wards', 'population.csv'), 'utf8')).toBe(census2011);
      expect(readdirSync(root).sort()).toEqual(['content', 'data', 'sources']);
    });

    it('refuses a file that covers another area, saying how to switch the import off', () => {
      const site = JSON.parse(readFileSync(join('content', 'site.json'), 'utf8'));
      writeFileSync(join(content, 'site.json'), JSON.stringify({ ...site, area: { ...site.area, code: 'E09000021' } }));
      manifest();
      const before = snapshot(data);
      const r = runImport('policeuk-wards');
      expect(r.status).toBe(1);
      expect(r.out).toContain(
        'the files of the import "policeuk-wards" cover E09000006 only, not the portal\'s area E09000021',
      );
      expect(r.out).toContain('set "run": false for "policeuk-wards"');
      expect(snapshot(data)).toEqual(before);
    });

    it('publishes the tables of an import switched off as a header row alone', () => {
      manifest({ 'policeuk-wards': { tables: ['wards/policeuk-monthly.csv'], files: {}, run: false } });
      const r = runImport('policeuk-wards');
      expect(r.status, r.out).toBe(0);
      expect(readFileSync(join(data, 'wards', 'policeuk-monthly.csv'), 'utf8')).toBe(
        'ward_code,ward_set,month,category,count,status,source_id\n',
      );
    });
  },
  { timeout: 60_000 },
);
