// `npm run build`: validate the data, build the site into a scratch folder, index it
// with Pagefind, and only then replace dist/. A failure at any step leaves an
// existing dist/ exactly as it was and writes nothing new.
//
// Steps that do not depend on each other run side by side, since each is mostly one
// core's work: the address and the data are checked while Astro renders (a failed check
// stops Astro and its output is discarded, so bad data still publishes nothing), and the
// chart files are written into a folder of their own while Pagefind indexes the pages,
// then moved in. The pages record each figure they show as they render (into a folder of
// its own, PORTAL_FIGURES), and the chart files are written from those records.
//
// PORTAL_ASTRO_ROOT (set by the tests for each variant site they build) gives the build a
// folder of its own for Astro's generated modules and content cache (see astro.config.mjs),
// so builds of other content and data folders can run side by side.
//
// `--preview` (used by `npm start`) builds for looking at locally: pages carry
// PORTAL_PREVIEW_URL (default http://127.0.0.1:4321) instead of the public address in
// content/site.json, and ask not to be indexed. Without it, the build refuses a
// placeholder public address.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = process.env.PORTAL_DIST ?? 'dist';
// Absolute, because Astro resolves its output folder against its root, which may be elsewhere.
const scratch = resolve(`.build-${process.pid}`);
const chartScratch = `${scratch}-charts`;
const figureScratch = `${scratch}-figures`;
const bin = (name) => join('node_modules', '.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_OUT_DIR: scratch, PORTAL_FIGURES: figureScratch };
if (process.argv.includes('--preview') && !env.PORTAL_PREVIEW_URL)
  env.PORTAL_PREVIEW_URL = `http://127.0.0.1:${env.PORT ?? 4321}`;

const running = new Set();

/** Runs one step; resolves with its label and exit status, printing its time when it succeeds. */
function step(label, cmd, args) {
  const started = Date.now();
  // Its own process group, so a step stopped early takes the processes it started with it.
  const child = spawn(cmd, args, { stdio: 'inherit', env, detached: true });
  running.add(child);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      const status = code ?? (signal ? 1 : 0);
      if (status === 0) console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      resolve({ label, status });
    });
  });
}

/** Stops every running step, removes the scratch folders and exits, leaving dist/ as it was. */
function stop(label, status) {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  for (const dir of [scratch, chartScratch, figureScratch]) rmSync(dir, { recursive: true, force: true });
  console.error(`\nBuild stopped at "${label}"; ${out}/ was left unchanged.`);
  process.exit(status || 1);
}

/** Stops the build at a step that failed. */
function check({ label, status }) {
  if (status !== 0) stop(label, status);
}

/** Moves every file under `from` to the same path under `to` (both on one disk). */
function moveInto(from, to) {
  for (const name of readdirSync(from)) {
    const src = join(from, name),
      dest = join(to, name);
    if (statSync(src).isDirectory() && existsSync(dest)) moveInto(src, dest);
    else renameSync(src, dest);
  }
}

// Steps run in process groups of their own, so an interrupted build stops them itself.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(`interrupted (${signal})`, 130));

const started = Date.now();
// Astro keeps its content-layer store in .astro/, keyed to the last build's content folder.
// A build from another folder (a test fixture, another area) would reuse modules that
// point at files no longer there, so every build starts from an empty store: both the
// generated modules in .astro/ and the data store Astro caches in node_modules/.astro/,
// or, for a build with a root of its own, that whole folder (which holds nothing else).
const astroRoot = process.env.PORTAL_ASTRO_ROOT;
for (const generated of astroRoot ? [astroRoot] : ['.astro', join('node_modules', '.astro')])
  rmSync(generated, { recursive: true, force: true });
if (astroRoot) mkdirSync(astroRoot, { recursive: true });
for (const dir of [chartScratch, figureScratch]) rmSync(dir, { recursive: true, force: true });
mkdirSync(figureScratch, { recursive: true });
// The checks' verdicts are awaited first, in this order: their messages (the field to set;
// the file, row, column and value) are the ones a person needs, and a failed check stops
// Astro wherever it has got to.
const checkingAddress = step('site address', bin('tsx'), ['scripts/check-address.ts']);
const validating = step('validate data', bin('tsx'), ['scripts/validate.ts']);
const rendering = step('astro build', bin('astro'), ['build', '--silent']);
check(await checkingAddress);
check(await validating);
check(await rendering);
mkdirSync(chartScratch, { recursive: true });
const charting = step('chart files', bin('tsx'), ['scripts/chart-files.ts', scratch, chartScratch, figureScratch]);
const indexing = step('pagefind index', bin('pagefind'), ['--site', scratch, '--silent']);
check(await charting);
check(await indexing);
moveInto(chartScratch, scratch);
for (const dir of [chartScratch, figureScratch]) rmSync(dir, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
renameSync(scratch, out);
if (!existsSync(join(out, 'index.html'))) throw new Error(`${out}/index.html is missing after the build`);
console.log(`Built ${out}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
