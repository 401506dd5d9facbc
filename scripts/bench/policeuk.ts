/**
 * The benchmark's areas from data.police.uk's street files: (c) Derby, and (c9) the whole
 * force area (Derby and the eight Derbyshire districts, paged by district as London is by
 * borough), each configured by `npm run new-area` and imported from the 36 raw monthly
 * files by the ordinary imports, with the import's own time, peak memory and rows per
 * second measured beside the build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The districts of each run: Derby alone, and Derbyshire Constabulary's nine. */
export const POLICEUK_AREAS = {
  c: { label: 'Derby (police.uk street files)', codes: ['E06000015'] },
  c9: {
    label: 'Derbyshire force area, 9 districts',
    codes: [
      'E06000015',
      'E07000032',
      'E07000033',
      'E07000034',
      'E07000035',
      'E07000036',
      'E07000037',
      'E07000038',
      'E07000039',
    ],
  },
} as const;

/** What importing one area measured. */
export interface ImportMeasure {
  seconds: number;
  peakMemoryMb: number;
  records: number;
  placed: number;
  rowsPerSecond: number;
}

/** Runs a command under GNU time, returning its output and the wall time and peak memory. */
function timed(cmd: string, args: string[], env: Record<string, string>, file: string) {
  const r = spawnSync('/usr/bin/time', ['-o', file, '-f', 'BENCH %e %M', cmd, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /BENCH ([\d.]+) (\d+)/.exec(existsSync(file) ? readFileSync(file, 'utf8') : '');
  rmSync(file, { force: true });
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== 0 || !m)
    throw new Error(
      `${args.join(' ')} stopped: ${output.split('\n').find((l) => /stopped/.test(l)) ?? `status ${r.status}`}`,
    );
  return { output, seconds: Number(m[1]), peakMemoryMb: Number(m[2]) / 1024 };
}

/**
 * Configures and imports one area into `dir` (content/ and data/ copied from the project, then
 * `new-area` and `import` as a user runs them); returns the folders and the import's measure.
 */
export function importPoliceUkArea(
  dir: string,
  codes: readonly string[],
): { content: string; data: string; measure: ImportMeasure } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = join(dir, 'content'),
    data = join(dir, 'data');
  cpSync('content', content, { recursive: true });
  cpSync('data', data, { recursive: true });
  // A force area's wards cannot fit the 40 KB topology budget one district's do (see src/lib/wards/checks.ts).
  const env = { PORTAL_CONTENT_DIR: content, PORTAL_DATA_DIR: data, PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET: '1' };
  const tsx = join('node_modules', '.bin', 'tsx');
  timed(tsx, ['scripts/new-area/index.ts', ...codes, '--force'], env, join(dir, 'new-area.time'));
  const run = timed(tsx, ['scripts/import/all.ts'], env, join(dir, 'import.time'));
  const m = /(\d+) records read in [\d.]+ s \((\d+) rows\/s\): (\d+) placed/.exec(run.output);
  if (!m) throw new Error('the import printed no record counts');
  return {
    content,
    data,
    measure: {
      seconds: run.seconds,
      peakMemoryMb: run.peakMemoryMb,
      records: Number(m[1]),
      rowsPerSecond: Number(m[2]),
      placed: Number(m[3]),
    },
  };
}
