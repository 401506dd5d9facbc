/**
 * `npm run new-area -- <GSS code> [<GSS code> …] [--force]`: configures the portal for
 * another area of England and Wales, a district (E06, E07, E08, E09, W06) or a group of
 * districts. It writes content/site.json and content/sources.json, finds which raw files
 * in the raw data folder serve the area (by reading them), switches off the sections that
 * need the area's own material and empties their tables, empties the tables of the source
 * family the area does not use, removes the published borough's documents and sources, and
 * prints what it did and what is missing. Then `npm run import && npm start` builds it.
 *
 * A London borough uses the Metropolitan Police's London-wide ward files; any other district
 * uses data.police.uk's street files of its force. It refuses to overwrite content/ or data/
 * with changes not yet committed, unless given --force: nothing is lost without being asked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { configPath, contentDir, readConfigJson } from '../../src/core/config';
import { dataDir } from '../../src/core/load';
import { allTables } from '../../src/schemas';
import { SECTION_IDS } from '../../src/schemas/site';
import { strategiesDir } from '../../src/core/content-paths';
import { directoryExportFiles } from '../../src/lib/directory/export';
import { areaContains } from '../../src/core/areas';
import { readSourceCsv, sourcesDir } from '../import/lib';
import { POLICEUK_SOURCES, POLICEUK_TABLE_SOURCES } from '../import/policeuk/sources';
import { discover } from './discover';
import { londonManifest, policeUkManifest } from './manifest';

const DISTRICT = /^(?:E0[6-9]|W06)\d{6}$/;

/** Stops with a message and no stack trace, having changed nothing. */
function stop(message: string): never {
  console.error(`\nnew-area stopped: ${message}\n\nNothing was changed.`);
  process.exit(1);
}

/** Files under content/ and data/ with changes git has not recorded; null outside a git work tree. */
function uncommitted(): string[] | null {
  const r = spawnSync('git', ['status', '--porcelain', '--', contentDir(), dataDir()], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return r.stdout.split('\n').filter(Boolean);
}

/** Writes a JSON file as the repository keeps them (two spaces, final newline). */
const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** Writes a CSV with the given columns (header alone when there are no rows). */
function writeCsv(path: string, columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): void {
  writeFileSync(path, `${Papa.unparse(rows as object[], { columns: [...columns], newline: '\n' })}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const codes = [...new Set(args.filter((a) => !a.startsWith('--')).map((a) => a.toUpperCase()))];
  if (!codes.length || codes.some((c) => !DISTRICT.test(c)))
    stop(
      `give the GSS code of a district (E06, E07, E08, E09 or W06 and six digits), or of several for a group: npm run new-area -- E06000015. Got: ${args.join(' ') || 'nothing'}`,
    );
  const london = codes.every((c) => c.startsWith('E09'));
  if (!london && codes.some((c) => c.startsWith('E09')))
    stop('a group cannot mix London boroughs (Metropolitan Police files) with districts outside London');
  const changed = uncommitted();
  const current = readConfigJson('site') as { area?: { code?: string } } | undefined;
  if (!force && changed?.length)
    stop(
      `content/ or data/ has changes not yet committed (${changed.slice(0, 5).join('; ')}${changed.length > 5 ? ' …' : ''}): a configured area would be overwritten. Commit or set them aside, or run again with --force`,
    );
  if (!force && changed === null && current?.area?.code && current.area.code !== codes[0])
    stop(`content/site.json is configured for ${current.area.code}; run again with --force to replace it`);

  const root = sourcesDir();
  if (!existsSync(root))
    stop(`the raw data folder ${root} does not exist; set PORTAL_SOURCES_DIR to where the files are`);
  const lads = new Set(codes);
  console.log(`Reading the raw files in ${root} for ${codes.join(', ')} …`);
  const found = discover(root, lads, london);
  for (const n of found.notes) console.log(`  ${n}`);
  const missing: string[] = [];
  const unnamed = codes.filter((c) => !found.names.has(c));
  if (unnamed.length) missing.push(`no ONS lookup names ${unnamed.join(', ')}: check the code`);
  if (!london) {
    if (!found.wards) missing.push("ward boundaries of the area's districts (ONS ward GeoJSON, WDyyCD/LADyyCD)");
    if (!found.census) missing.push('Census 2021 usual residents by 2021 LSOA');
    if (!found.street) missing.push("the force's data.police.uk street files with records in the area");
    if (!found.codepoint) missing.push("Code-Point Open postcodes of the area's districts");
  }
  if (missing.length)
    stop(
      `the raw data folder has nothing for: ${missing.join('; ')}. Download them (data.police.uk's archive at https://data.police.uk/data/archive/ or its custom download for the force's street files; the ONS Open Geography Portal for boundaries and lookups; Nomis for Census 2021) into ${root} and run again`,
    );

  const names = codes.map((c) => found.names.get(c)!);
  const name = names.join(', ');
  const manifest = london ? londonManifest(codes[0]!) : policeUkManifest(found);
  const sections = Object.fromEntries(SECTION_IDS.map((s) => [s, s === 'wards' || (s === 'asb' && !london)]));
  const template = (readConfigJson('site') ?? {}) as { licence?: unknown; language?: string };
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const site = {
    name: `${name} community safety data`,
    shortName: `${name} safety data`,
    url: `https://${slug}-safety-data.example.org`,
    description: `Community safety in ${name}: recorded crime${london ? '' : ' and anti-social behaviour'} in every ward from the police's open data, on maps and ward pages, and every number as open data.`,
    partnership: {
      name: `${name} Community Safety Partnership`,
      shortName: 'the partnership',
      body: `${name} Community Safety Partnership`,
    },
    area: {
      name,
      longName: `${name} local authority area${names.length > 1 ? 's' : ''}`,
      code: codes[0]!,
      ...(codes.length > 1 ? { districts: codes } : {}),
      policeForce: london ? 'Metropolitan Police Service' : found.street!.force,
    },
    sections,
    publisher: {
      name: `${name} community safety data`,
      note: `An independent open-data publication of figures released by ${london ? 'the Metropolitan Police Service, the Greater London Authority' : 'data.police.uk'} and the Office for National Statistics.`,
    },
    // London's boundary files are the published borough's; elsewhere the ONS ward files of 2025 (their Crown copyright year).
    licence: london
      ? template.licence
      : {
          ...(template.licence as object),
          boundaryAttribution:
            'Contains National Statistics and Ordnance Survey data © Crown copyright and database right 2025.',
        },
    dataUpdated: new Date().toISOString().slice(0, 10),
    language: template.language ?? 'en-GB',
  };
  if (codes.length > 1)
    console.log(
      `  a group of districts: area.code is ${codes[0]}; set it to the group's own GSS code (a county E10…, or a police force area E23…) in content/site.json`,
    );

  // Everything is read before anything is written, so a stop leaves content/ and data/ as they were.
  // Sources: an area of police.uk's files cites its family's datasets; a London borough keeps London's that cover it.
  const sourcesPath = join(dataDir(), 'meta', 'sources.csv');
  const tableSourcesPath = join(dataDir(), 'meta', 'table-sources.csv');
  const oldSources = readSourceCsv(sourcesPath);
  const kept = london
    ? oldSources.filter((r) => r.kind === 'dataset' && areaContains(r.area_code ?? '', codes[0]!))
    : POLICEUK_SOURCES.map((r) => ({ ...r }));
  const keptIds = new Set(kept.map((r) => r.source_id));
  const columns = Object.keys(POLICEUK_SOURCES[0]!);
  const tableSources = london
    ? readSourceCsv(tableSourcesPath).filter((r) => keptIds.has(r.source_id ?? ''))
    : POLICEUK_TABLE_SOURCES;

  // Write: configuration first, then the tables.
  writeJson(configPath('site'), site);
  writeJson(configPath('sources'), manifest);
  const imported = new Set(
    Object.values(manifest.imports)
      .filter((i) => i.run !== false)
      .flatMap((i) => i.tables),
  );
  let emptied = 0;
  for (const t of allTables) {
    const off = t.section !== undefined && sections[t.section] === false;
    // A source family's table that no import of this area writes would keep the published borough's rows.
    const otherFamily = t.emptyWhen !== undefined && !imported.has(t.path);
    if (!off && !otherFamily) continue;
    writeCsv(join(dataDir(), t.path), t.columns, []);
    emptied++;
  }
  for (const f of directoryExportFiles([], [])) writeFileSync(join(dataDir(), f.path), f.text);
  const docs = existsSync(strategiesDir()) ? readdirSync(strategiesDir()).filter((f) => f.endsWith('.mdx')) : [];
  for (const d of docs) rmSync(join(strategiesDir(), d));
  writeCsv(sourcesPath, columns, kept);
  writeCsv(tableSourcesPath, ['resource', 'source_id', 'caveat'], tableSources);

  console.log(`\nConfigured ${name} (${codes.join(', ')}):`);
  console.log(`  wrote ${configPath('site')} and ${configPath('sources')}`);
  console.log(
    `  sections on: ${SECTION_IDS.filter((s) => sections[s]).join(', ')}; off: ${SECTION_IDS.filter((s) => !sections[s]).join(', ')} (they need ${name}'s own performance report, documents and directory)`,
  );
  console.log(
    `  emptied ${emptied} tables (switched-off sections, and the other source family's); removed ${docs.length} documents`,
  );
  console.log(`  sources: ${kept.length} datasets in data/meta/sources.csv (${[...keptIds].join(', ')})`);
  if (!london)
    console.log(
      `  police files: ${found.street!.files} months of ${found.street!.force}, ${found.street!.from} to ${found.street!.to}`,
    );
  console.log('\nWhat is missing, for you to add:');
  console.log(`  - the public address: "url" in content/site.json is a placeholder, so a production build refuses it`);
  console.log(`  - the partnership's name as it calls itself ("partnership" in content/site.json)`);
  console.log(
    `  - a performance report, strategy documents or a directory, to switch those sections on (content/README.md)`,
  );
  if (london)
    console.log('  - anti-social behaviour: the Metropolitan Police publish no ward ASB files, so that section is off');
  console.log('\nNext: npm run import && npm start');
}

main();
