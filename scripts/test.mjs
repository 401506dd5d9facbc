// `npm test`: the formatter check, the type check, the unit tests, a full build, then the
// build and browser tests. Independent steps run side by side, each being mostly one core's
// work: the formatter check and the unit tests beside the build; once dist/ is built, the
// build and browser tests (whose global setup builds the variant sites) beside the type
// check. Output of the steps that run beside others is printed when each ends.
//
// Browser tests need Chromium and the markup tests Java (for the W3C Nu checker): if
// either is missing, install Debian's package when running as root with apt-get,
// otherwise stop and say how to get it. Never skips them. With CI set, the raw public
// files the import tests read must be present too (scripts/lib/raw-files.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/chromium.mjs';
import { findJava } from './lib/java.mjs';
import { missingRawFiles, sourcesDir } from './lib/raw-files.mjs';

// The tests build and serve a local preview: pages carry this address, never the public one.
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_PREVIEW_URL: process.env.PORTAL_PREVIEW_URL ?? 'http://127.0.0.1:4321',
};
const bin = (name) => join('node_modules', '.bin', name);
const started = Date.now();
const since = (t) => `${((Date.now() - t) / 1000).toFixed(0)} s`;

/**
 * Makes sure a tool the tests need is installed: if `find()` finds nothing, installs the
 * Debian package when running as root with apt-get, otherwise stops and says how to get it.
 */
function ensureTool(label, find, debianPackage, envHint) {
  if (find()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`${label} not found: installing Debian's ${debianPackage} package for the tests…`);
    const r = spawnSync(
      'sh',
      ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage}`],
      { stdio: 'inherit' },
    );
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  if (!find()) {
    console.error(
      [
        `The tests need ${label} and none was found.`,
        `On Debian or Ubuntu install it with:  sudo apt-get update && sudo apt-get install -y ${debianPackage}`,
        `or point ${envHint}, then run \`npm test\` again.`,
      ].join('\n'),
    );
    process.exit(1);
  }
}

/**
 * Runs one step. With `quiet`, its output is kept and printed when it ends (steps that run
 * beside others); otherwise it goes straight to the terminal. Resolves with the status.
 */
function step(label, cmd, args, { quiet = true } = {}) {
  const t = Date.now();
  const child = spawn(cmd, args, { env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  let output = '';
  if (quiet) {
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (status !== 0 && output) console.log(`\n── ${label} ──\n${output.trimEnd()}`);
      console.log(`${status === 0 ? '✓' : '✗'} ${label} (${since(t)})`);
      resolve({ label, status });
    });
  });
}

/** Runs steps one after another, stopping at the first that fails. */
async function inTurn(...steps) {
  for (const s of steps) {
    const r = await s();
    if (r.status !== 0) return r;
  }
  return { status: 0 };
}

const totals = { passed: 0, failed: 0, skipped: 0 };
/** Runs vitest on some projects with a JSON report, and adds its counts to the totals. */
async function vitest(name, projects, options) {
  const report = join('.tmp', `vitest-${name}.json`);
  rmSync(report, { force: true });
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json'];
  const r = await step(`${name} tests`, bin('vitest'), [...args, `--outputFile.json=${report}`], options);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  }
  return r;
}

ensureTool('Chromium', findChromium, 'chromium', 'CHROMIUM_PATH at a Chromium or Chrome binary');
ensureTool('Java (for the W3C Nu HTML checker)', findJava, 'default-jre-headless', 'JAVA_HOME at a Java 11+ runtime');
if (process.env.CI && missingRawFiles().length) {
  console.error(
    [
      `CI is set and these raw public files the tests read are missing from ${sourcesDir()}:`,
      ...missingRawFiles(),
    ].join('\n  '),
  );
  process.exit(1);
}
mkdirSync('.tmp', { recursive: true });

// The cache (in node_modules/.cache/prettier) is keyed by each file's content, so a re-run checks only what changed.
const formatting = step('formatting (prettier --check .)', bin('prettier'), [
  '--check',
  '.',
  '--log-level',
  'warn',
  '--cache',
  '--cache-strategy',
  'content',
]);
const unit = vitest('unit', ['unit']);
const building = step('build', 'npm', ['run', 'build', '--silent']);
// Both read the .astro/ types the build writes: astro check writes them afresh, then tsc reads them.
const typeChecking = building.then((b) =>
  b.status !== 0
    ? b
    : inTurn(
        () => step('type check (astro check)', bin('astro'), ['check']),
        () => step('type check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']),
      ),
);
const site = building.then((b) => (b.status !== 0 ? b : vitest('site', ['build', 'browser'], { quiet: false })));

const results = await Promise.all([formatting, unit, building, typeChecking, site]);
const failed = results.filter((r) => r.status !== 0).map((r) => r.label);
// Outside CI the tests that read the raw public files are skipped without them: say so.
const missing = missingRawFiles();
if (missing.length)
  console.log(
    `\n${missing.length} raw public files are missing from ${sourcesDir()}, so the tests that read them were skipped (under CI they would fail the run): ${missing.join(', ')}`,
  );
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}` +
    `${failed.length ? `; failed: ${[...new Set(failed)].join(', ')}` : ''} (${since(started)})`,
);
process.exit(failed.length ? 1 : 0);
