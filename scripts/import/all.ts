/**
 * `npm run import [-- name …]`: runs the import scripts that turn the raw public files in
 * ../shared/data-sources into the portal's own files in data/. With no names, runs all.
 */
import { main as mpsBorough } from './mps-borough';
import { main as directoryExports } from './directory-exports';

const imports: Record<string, () => void | Promise<void>> = {
  'mps-borough': mpsBorough,
  'directory-exports': directoryExports,
};

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(imports)) {
  const run = imports[name];
  if (!run) {
    console.error(`Unknown import "${name}". Known: ${Object.keys(imports).join(', ')}`);
    process.exit(1);
  }
  console.log(`import ${name}`);
  await run();
}
