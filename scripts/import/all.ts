/**
 * `npm run import [-- name …]`: runs the import scripts that turn the raw public files in
 * ../shared/data-sources into the portal's own files in data/. With no names, runs all.
 */
import { main as mpsBorough } from './mps-borough';
import { main as wardBoundaries } from './ward-boundaries';
import { main as mpsWardCrimeOld } from './mps-ward-crime-2020-2022';
import { main as mpsWardCrimeNew } from './mps-ward-crime-2023-2026';
import { main as policeUkWards } from './policeuk-wards';
import { main as wardPopulation } from './ward-population';
import { main as directoryExports } from './directory-exports';
import { main as postcodes } from './postcodes';

const imports: Record<string, () => void | Promise<void>> = {
  'mps-borough': mpsBorough,
  // The ward list the next four check their codes against comes from the boundaries.
  'ward-boundaries': wardBoundaries,
  'mps-ward-crime-2020-2022': mpsWardCrimeOld,
  'mps-ward-crime-2023-2026': mpsWardCrimeNew,
  'policeuk-wards': policeUkWards,
  'ward-population': wardPopulation,
  'directory-exports': directoryExports,
  postcodes,
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
