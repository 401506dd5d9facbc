/**
 * Running the real build (`scripts/build.mjs`, what `npm run build` runs) on folders other
 * than data/, content/ and dist/. Each build gets an Astro root of its own (see
 * astro.config.mjs), so builds may run side by side and none deletes another's cache.
 */
import { spawn, spawnSync } from 'node:child_process';

/** The folders one build reads and writes. Data and content default to the project's. */
export interface BuildFolders {
  data?: string;
  content?: string;
  /** Where the site is written; left exactly as it was when the build fails. */
  dist: string;
  /** A folder for this build alone: Astro's generated modules and content cache. */
  astro: string;
}

/** What a finished build or script said. */
export interface RunResult {
  status: number | null;
  /** Standard output and standard error, one after the other. */
  output: string;
}

/** The environment a build of these folders runs with, plus any `extra` settings. */
function buildEnv(folders: BuildFolders, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PORTAL_DIST: folders.dist,
    PORTAL_ASTRO_ROOT: folders.astro,
    ...(folders.data && { PORTAL_DATA_DIR: folders.data }),
    ...(folders.content && { PORTAL_CONTENT_DIR: folders.content }),
    ...extra,
  };
}

/** Builds the site from these folders and waits for it. */
export function buildSync(folders: BuildFolders, extra: NodeJS.ProcessEnv = {}): RunResult {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { env: buildEnv(folders, extra), encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Runs a command without blocking, resolving with its status and output. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(command, args, { env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => done({ status: null, output: `${output}${e.message}` }));
    child.on('close', (status) => done({ status, output }));
  });
}

/** Builds the site from these folders without blocking, so another build can run beside it. */
export function build(folders: BuildFolders, extra: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return run(process.execPath, ['scripts/build.mjs'], buildEnv(folders, extra));
}
