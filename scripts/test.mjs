// `npm test`: unit tests, then a full build, then the build and browser tests.
// Browser tests need Chromium: if none is found, install Debian's package when
// running as root with apt-get, otherwise stop and say how to get it. Never skips.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from './lib/chromium.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian\'s chromium package for the browser tests…');
    run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
  }
  if (!findChromium()) {
    console.error([
      'The browser tests need Chromium and none was found.',
      'On Debian or Ubuntu install it with:  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm test` again.',
    ].join('\n'));
    process.exit(1);
  }
}

const vitest = join('node_modules', '.bin', 'vitest');
ensureChromium();
run(vitest, ['run', '--project', 'unit']);
run('npm', ['run', 'build', '--silent']);
run(vitest, ['run', '--project', 'build', '--project', 'browser']);
