// `npm run build`: validate the data, build the site into a scratch folder, index it
// with Pagefind, and only then replace dist/. A failure at any step leaves an
// existing dist/ exactly as it was and writes nothing new.
//
// `--preview` (used by `npm start`) builds for looking at locally: pages carry
// PORTAL_PREVIEW_URL (default http://127.0.0.1:4321) instead of the public address in
// content/site.json, and ask not to be indexed. Without it, the build refuses a
// placeholder public address.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.PORTAL_DIST ?? 'dist';
const scratch = `.build-${process.pid}`;
const bin = (name) => join('node_modules', '.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_OUT_DIR: scratch };
if (process.argv.includes('--preview') && !env.PORTAL_PREVIEW_URL) env.PORTAL_PREVIEW_URL = `http://127.0.0.1:${env.PORT ?? 4321}`;

function run(label, cmd, args) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    console.error(`\nBuild stopped at "${label}"; ${out}/ was left unchanged.`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const started = Date.now();
// Astro keeps its content-layer store in .astro/, keyed to the last build's content folder.
// A build from another folder (a test fixture, another area) would reuse modules that
// point at files no longer there, so every build starts from an empty store: both the
// generated modules in .astro/ and the data store Astro caches in node_modules/.astro/.
rmSync('.astro', { recursive: true, force: true });
rmSync(join('node_modules', '.astro'), { recursive: true, force: true });
run('site address', bin('tsx'), ['scripts/check-address.ts']);
run('validate data', bin('tsx'), ['scripts/validate.ts']);
run('astro build', bin('astro'), ['build', '--silent']);
run('chart files', bin('tsx'), ['scripts/chart-files.ts', scratch]);
run('pagefind index', bin('pagefind'), ['--site', scratch, '--silent']);
rmSync(out, { recursive: true, force: true });
renameSync(scratch, out);
if (!existsSync(join(out, 'index.html'))) throw new Error(`${out}/index.html is missing after the build`);
console.log(`Built ${out}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
