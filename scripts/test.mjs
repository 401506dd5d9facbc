// `npm test`: unit tests, then a full build, then the build and browser tests.
// Browser tests need Chromium and the markup tests Java (for the W3C Nu checker): if
// either is missing, install Debian's package when running as root with apt-get,
// otherwise stop and say how to get it. Never skips.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './lib/chromium.mjs';
import { findJava } from './lib/java.mjs';

// The tests build and serve a local preview: pages carry this address, never the public one.
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_PREVIEW_URL: process.env.PORTAL_PREVIEW_URL ?? 'http://127.0.0.1:4321',
};
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

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
    run('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage}`]);
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

const vitest = join('node_modules', '.bin', 'vitest');
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Runs vitest, adds its counts to the totals, and stops on failure. */
function vitestRun(name, projects) {
  const report = join('.tmp', `vitest-${name}.json`);
  mkdirSync('.tmp', { recursive: true });
  const args = [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const r = spawnSync(vitest, args, { stdio: 'inherit', env });
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  }
  if (r.status !== 0) summary(r.status ?? 1);
}
function summary(code) {
  console.log(
    `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
  );
  process.exit(code);
}

ensureTool('Chromium', findChromium, 'chromium', 'CHROMIUM_PATH at a Chromium or Chrome binary');
ensureTool('Java (for the W3C Nu HTML checker)', findJava, 'default-jre-headless', 'JAVA_HOME at a Java 11+ runtime');
vitestRun('unit', ['unit']);
run('npm', ['run', 'build', '--silent']);
vitestRun('site', ['build', 'browser']);
summary(totals.failed > 0 ? 1 : 0);
