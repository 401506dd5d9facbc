/**
 * `npm run bench`: a benchmark, not a test. Builds (a) the portal as published, (b) all of
 * London from the real London-wide files (the area set to the London region, imported
 * into a scratch data folder) and (2b) that London doubled (every ward cloned beside the
 * original), measuring each build; (c) Derby and (c9) the whole Derbyshire force area from
 * data.police.uk's 36 raw monthly files, measuring the import too; runs Lighthouse on six
 * pages of (a); writes `bench/results.json` and `bench/results.md` and prints their paths.
 *
 * London's portal publishes the May 2022 wards alone, as a London-wide publisher would
 * configure it (the 2002–2022 wards' figures ended in August 2022; see
 * leaveOutSupersededWards); `--superseded-wards` builds both sets instead.
 *
 * Options: `--runs=a,b` to build only some runs (`fb` and `2fb` build the older generated
 * fixture instead; `c` and `c9` are not run by default), `--no-lighthouse` to skip the
 * audits. Runs not made this time are carried over from the previous bench/results.json,
 * with the date they were measured. Everything it builds goes under `.tmp/bench/` (ignored
 * by git, never published).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureBuild } from './measure';
import { writeFixture } from './fixture';
import { doubleDataDir } from './double';
import { writeWardsOnlySite } from './wards-only';
import { lighthouse, type LighthouseScores } from './lighthouse';
import { growthOf, resultsMarkdown, type BenchResults, type RunResult } from './report';
import { readSourceCsv } from '../import/lib';
import { configPath, readConfigJson } from '../../src/core/config';
import { wardCrimeNewTable, wardPoliceUkTable, wardsTable } from '../../src/schemas/wards';
import { importPoliceUkArea, POLICEUK_AREAS } from './policeuk';

const ROOT = join('.tmp', 'bench');
const args = process.argv.slice(2);
const wanted = (args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 'a,b,2b').split(',');
/** Whether (b) and (2b) keep London's 2002–2022 wards beside the May 2022 ones. */
const SUPERSEDED = args.includes('--superseded-wards');
const LONDON_LABEL = `London (real)${SUPERSEDED ? ', both ward sets' : ', May 2022 wards'}`;
const started = Date.now();
const loadAtStart = loadavg()[0]!;
const log = (m: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);

/** A data folder's current-set ward count and crime rows (MPS May-2022 file, or data.police.uk's), for its column. */
function dataSize(dir = 'data'): { wards: number; crimeRows: number } {
  const wards = readSourceCsv(join(dir, wardsTable.path));
  const current = wards.some((w) => w.ward_set === '2022') ? '2022' : '2023';
  const mps = readSourceCsv(join(dir, wardCrimeNewTable.path)).length;
  return {
    wards: wards.filter((w) => w.ward_set === current).length,
    crimeRows: mps || readSourceCsv(join(dir, wardPoliceUkTable.path)).length,
  };
}

/** (c) and (c9): areas from data.police.uk's raw files, each imported and built. */
function policeUkRuns(): RunResult[] {
  return (['c', 'c9'] as const)
    .filter((id) => wanted.includes(id))
    .map((id) => {
      const { label, codes } = POLICEUK_AREAS[id];
      log(`(${id}) configuring and importing ${label} from the raw street files`);
      try {
        const area = importPoliceUkArea(join(ROOT, id, 'area'), codes);
        log(
          `(${id}) import ${area.measure.seconds.toFixed(1)} s, ${area.measure.peakMemoryMb.toFixed(0)} MB peak, ${area.measure.records} records at ${area.measure.rowsPerSecond} rows/s`,
        );
        const run = buildRun(id, label, dataSize(area.data), {
          PORTAL_CONTENT_DIR: area.content,
          PORTAL_DATA_DIR: area.data,
          PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET: '1',
        });
        return { ...run, import: area.measure };
      } catch (e) {
        const error = (e as Error).message;
        log(`(${id}) ${error}`);
        return { id, label, wards: 0, crimeRows: 0, error };
      }
    });
}

/** The runs of the previous bench/results.json not made this time, marked with when they were measured. */
function carriedOver(made: readonly RunResult[]): RunResult[] {
  const file = join('bench', 'results.json');
  if (!existsSync(file)) return [];
  const previous = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  return previous.runs
    .filter((r) => !made.some((m) => m.id === r.id))
    .map((r) => ({ ...r, measuredOn: r.measuredOn ?? previous.date }));
}

/** The order of the runs' columns, smallest area first within each family. */
const RUN_ORDER: ReadonlyArray<RunResult['id']> = ['a', 'b', '2b', 'fb', '2fb', 'c', 'c9'];

/** The GSS code of the London region: the area of run (b). */
const LONDON = 'E12000007';

/**
 * (b): a content folder whose area is all of London and a data folder imported from the
 * real London-wide files by the ordinary import scripts; (2b): that data doubled.
 */
function realLondon(): { content: string; data: string } {
  const dir = join(ROOT, 'b');
  const content = join(dir, 'content'),
    data = join(dir, 'data');
  rmSync(dir, { recursive: true, force: true });
  // The wards section alone: the other sections' tables are the published borough's, which
  // the area guard rightly refuses to publish as London's.
  writeWardsOnlySite(
    { content, data },
    { code: LONDON, name: 'London', longName: 'Greater London' },
    { supersededWards: SUPERSEDED },
  );
  log(`(b) importing all of London (${LONDON}) into ${data}`);
  const env = {
    ...process.env,
    PORTAL_CONTENT_DIR: content,
    PORTAL_DATA_DIR: data,
    PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET: '1',
  };
  const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/import/all.ts'], { env, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  // The import's own reason goes into the results, so the table says why a run is missing.
  const why = `${r.stdout}${r.stderr}`.split('\n').find((l) => l.startsWith('Import stopped'));
  if (r.status !== 0)
    throw new Error(
      `the imports stopped for area ${LONDON}${why ? `: ${why.replace(/^Import stopped: /, '')}` : ' (their message is above)'}`,
    );
  const p = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/datapackage.ts'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (p.status !== 0) throw new Error('the data package could not be written for the London data');
  return { content, data };
}

function londonRuns(): RunResult[] {
  let london: { content: string; data: string };
  try {
    london = realLondon();
  } catch (e) {
    const error = (e as Error).message;
    log(`(b) ${error}`);
    return (['b', '2b'] as const)
      .filter((id) => wanted.includes(id))
      .map((id) => ({
        id,
        label: id === 'b' ? LONDON_LABEL : `${LONDON_LABEL} ×2 (cloned)`,
        wards: 0,
        crimeRows: 0,
        error,
      }));
  }
  const env = (data: string) => ({
    PORTAL_CONTENT_DIR: london.content,
    PORTAL_DATA_DIR: data,
    PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET: '1',
  });
  const runs: RunResult[] = [];
  if (wanted.includes('b')) runs.push(buildRun('b', LONDON_LABEL, dataSize(london.data), env(london.data)));
  if (wanted.includes('2b')) {
    const doubled = join(ROOT, '2b', 'data');
    log(`(2b) cloning every ward of (b): ${JSON.stringify(doubleDataDir(london.data, doubled))}`);
    runs.push(buildRun('2b', `${LONDON_LABEL} ×2 (cloned)`, dataSize(doubled), env(doubled)));
  }
  return runs;
}

function buildRun(
  id: RunResult['id'],
  label: string,
  size: { wards: number; crimeRows: number },
  env: Record<string, string>,
): RunResult {
  const dist = join(ROOT, id, 'dist');
  log(`(${id}) building ${label}: ${size.wards} wards, ${size.crimeRows} crime rows`);
  try {
    const m = measureBuild(env, dist);
    log(
      `(${id}) ${m.seconds.toFixed(1)} s, ${m.peakMemoryMb.toFixed(0)} MB peak, ${m.pages} pages, ${m.distMb.toFixed(1)} MB`,
    );
    return { id, label, ...size, measure: m };
  } catch (e) {
    const why = (e as Error).message;
    log(`(${id}) did not finish: ${why}`);
    return { id, label, ...size, error: why };
  }
}

function fixtureRun(id: 'fb' | '2fb', label: string, double: boolean): RunResult {
  log(`(${id}) writing fixture under ${join(ROOT, id)}`);
  const f = writeFixture(join(ROOT, id), { double }, (m) => log(`(${id}) ${m}`));
  // The fixture holds every London ward, so its area is the London region (the site's names kept).
  const content = join(ROOT, id, 'content');
  cpSync('content', content, { recursive: true });
  const site = readConfigJson('site', { dir: content, required: true }) as { area: object };
  writeFileSync(
    configPath('site', content),
    `${JSON.stringify({ ...site, area: { ...site.area, code: LONDON } }, null, 2)}\n`,
  );
  return buildRun(id, label, f, {
    PORTAL_CONTENT_DIR: content,
    PORTAL_DATA_DIR: f.dataDir,
    PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET: '1',
  });
}

/** The six audited pages of the published build (the ward page is the first May-2022 ward). */
function auditedPages(): Array<{ page: string; path: string }> {
  const ward = readSourceCsv(join('data', wardsTable.path)).find((w) => w.ward_set === '2022')!.ward_code;
  return [
    { page: 'Home', path: '/' },
    { page: 'Ward map', path: '/wards/' },
    { page: 'Ward page', path: `/wards/${ward}/` },
    { page: 'Directory', path: '/directory/' },
    { page: 'Document', path: '/strategies/lcrb-anti-gangs-strategy/' },
    { page: 'Dataset', path: '/data/kpi-observations/' },
  ];
}

async function main(): Promise<void> {
  mkdirSync(ROOT, { recursive: true });
  const runs: RunResult[] = [];
  if (wanted.includes('a')) runs.push(buildRun('a', 'published', dataSize(), {}));
  if (wanted.includes('b') || wanted.includes('2b')) runs.push(...londonRuns());
  if (wanted.includes('fb')) runs.push(fixtureRun('fb', 'London fixture (generated counts)', false));
  if (wanted.includes('2fb')) runs.push(fixtureRun('2fb', 'London fixture ×2', true));
  runs.push(...policeUkRuns());
  const made = runs.map((r) => r.id);
  runs.unshift(...carriedOver(runs));
  // Each run in its own column whether made now or carried over, so the growth table
  // compares (a) with (b) and (b) with (2b), not whichever runs happened to be made last.
  runs.sort((x, y) => RUN_ORDER.indexOf(x.id) - RUN_ORDER.indexOf(y.id));

  let scores: LighthouseScores[] = [];
  const published = join(ROOT, 'a', 'dist');
  if (!args.includes('--no-lighthouse') && runs.some((r) => r.id === 'a' && r.measure)) {
    const pages = auditedPages();
    for (const p of pages)
      if (!existsSync(join(published, p.path, 'index.html')))
        throw new Error(`${p.path} is not in the published build`);
    scores = await lighthouse(published, pages, join(ROOT, 'lighthouse'), log);
  }

  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.versions.node,
      platform: `${process.platform} ${process.arch}`,
      loadAverage: loadAtStart,
    },
    runs,
    growth: growthOf(runs),
    lighthouse: scores,
    notes: [
      "The machine's two cores are shared with other work, so build times vary by a few tens of percent between runs; sizes and page counts do not vary.",
      'CPU time (user + system of the build and every process it starts) is the steadier figure on a shared machine: when other work holds the cores, wall time stretches but CPU time does not.',
      '(b) is all of London from the real London-wide MPS, boundary and Census files, imported by the ordinary import scripts with the area set to the London region (E12000007). The City of London is policed by the City of London Police and is not in the MPS ward files, so its wards are left out ("notCovered" in content/sources.json) rather than shown with no crime.',
      SUPERSEDED
        ? "(b) keeps both of London's ward sets (`--superseded-wards`): the 2002–2022 wards, whose figures end in August 2022, beside the May 2022 wards."
        : '(b) publishes the May 2022 wards alone, as a London-wide publisher would configure it: the 2002–2022 wards, whose figures end in August 2022, are left out (their boundary file unlisted and their crime import switched off in content/sources.json). `--superseded-wards` builds both sets.',
      "London's boundaries cannot fit the 40 KB topology budget (even the coarsest topology of every London ward is about 130 KB), so the benchmark (only) sets PORTAL_BENCH_LIFT_TOPOLOGY_BUDGET=1, read in src/lib/wards/checks.ts. Every other check applies unchanged.",
      '(2b) clones every ward of (b), in each ward set it has, with a new code (E0590xxxx for May-2022 wards, E0595xxxx for 2002–2022 wards), its boundary moved east beside the original area and a copy of every row about the original ward (crime, population, overlaps): twice the wards, each with real figures.',
      "The runs fb and 2fb (not run by default) build the older generated fixture: every May-2022 London ward with seeded Poisson counts around the means of the portal area's own May-2022 wards.",
      "(c) and (c9) (not run by default: `--runs=c,c9`) are areas outside London as a user makes them: `npm run new-area` for Derby (E06000015), or for the nine districts of the Derbyshire Constabulary's area, then `npm run import` from data.police.uk's 36 raw monthly street files (321,960 records), placing each record in a ward by its map point; the import's wall time, peak memory and rows per second are measured beside the build. (c9) is paged by district, as London is by borough, and its 2023 wards cannot fit the 40 KB topology budget, which the benchmark lifts as for London.",
      'Runs not made this time are carried over from the previous results with the date they were measured ("Measured on"); the growth table compares consecutive columns, whenever each was measured.',
    ],
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync(join('bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join('bench', 'results.md'), resultsMarkdown(results));
  console.log(readFileSync(join('bench', 'results.md'), 'utf8'));
  log(`results written to ${join(process.cwd(), 'bench', 'results.md')} and bench/results.json`);
  if (!args.includes('--keep')) for (const id of made) rmSync(join(ROOT, id, 'dist'), { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
