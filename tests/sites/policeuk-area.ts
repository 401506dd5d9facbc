/**
 * An area outside London, from data.police.uk's street files, made as a user would: Derby
 * (E06000015), configured by `npm run new-area`, imported by the ordinary imports and
 * built. Its strategy library is switched on with one summary document that has no action
 * points (tests/fixtures/derby-area/content/strategies/). Before the import, a bad street
 * file goes through the police.uk import, which must stop and leave data/ as it was.
 * Read by tests/build/policeuk-area.test.ts.
 *
 * To stay cheap, the raw folder it reads is the shared one with the force's street files
 * cut to the latest 24 months (every other folder linked as it is): 24 months are all the
 * change on the year before and the home page's current figures need, and a third fewer
 * months means a third fewer map views (each month is one per category and measure).
 */
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { sourcesDir } from '../../scripts/import/lib';
import { listFiles } from '../../scripts/lib/built-site';
import { copyOfProject, type VariantSite } from './site';

export const POLICEUK_AREA = 'E06000015';
/** The force's street files in the shared raw folder (files side by side, one per month). */
export const STREET = 'policeuk-street-derbyshire-2023-2025';
/** How many of the latest monthly files the site reads. */
export const STREET_MONTHS = 24;
const FIXTURE = join('tests', 'fixtures', 'derby-area', 'content');

/** The site's raw folder, its bad-input raw folder, and the content the bad import runs with. */
export function policeUkAreaFolders(dir: string): { sources: string; badSources: string; badContent: string } {
  return { sources: join(dir, 'sources'), badSources: join(dir, 'bad-sources'), badContent: join(dir, 'bad-content') };
}

/** A digest of every file under `dir` (paths and bytes), to tell whether anything changed. */
function folderDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const f of listFiles(dir))
    hash
      .update(`${f}\0`)
      .update(readFileSync(join(dir, f)))
      .update('\0');
  return hash.digest('hex');
}

/** Links every shared raw folder into `to`, but for the street files: the latest STREET_MONTHS of them. */
function rawFolder(to: string): void {
  const shared = resolve(sourcesDir());
  mkdirSync(join(to, STREET), { recursive: true });
  for (const name of readdirSync(shared).filter((n) => n !== STREET)) symlinkSync(join(shared, name), join(to, name));
  const months = readdirSync(join(shared, STREET))
    .filter((f) => f.endsWith('-street.csv'))
    .sort()
    .slice(-STREET_MONTHS);
  for (const f of months) symlinkSync(join(shared, STREET, f), join(to, STREET, f));
}

export const policeUkArea: VariantSite = {
  name: 'policeuk-area',
  projects: ['build'],
  rawFiles: true,
  async make({ dir, build, script, note }) {
    const folders = copyOfProject(dir);
    const { content, data } = folders;
    const { sources, badSources, badContent } = policeUkAreaFolders(dir);
    rawFolder(sources);
    const env = { PORTAL_CONTENT_DIR: content, PORTAL_DATA_DIR: data, PORTAL_SOURCES_DIR: sources };
    if ((await script('new-area', 'scripts/new-area/index.ts', env, [POLICEUK_AREA])).status !== 0) return;

    // The library on, with one document that has no action points or outcomes, citing Derby's own case study.
    const sitePath = join(content, 'site.json');
    const site = JSON.parse(readFileSync(sitePath, 'utf8'));
    site.sections.strategies = true;
    writeFileSync(sitePath, `${JSON.stringify(site, null, 2)}\n`);
    mkdirSync(join(content, 'strategies'), { recursive: true });
    for (const f of readdirSync(join(FIXTURE, 'strategies')))
      copyFileSync(join(FIXTURE, 'strategies', f), join(content, 'strategies', f));
    const caseStudy = readFileSync(join('data', 'meta', 'sources.csv'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('derby-austin-estate,'))!;
    appendFileSync(join(data, 'meta', 'sources.csv'), `${caseStudy}\n`);

    // A bad street file first (an unreadable longitude on row 6 of the latest month): the
    // import must stop, naming it, and change nothing in data/.
    mkdirSync(join(badSources, 'street'), { recursive: true });
    for (const name of ['ward-boundaries-derbyshire-2025', 'ons-lsoa21-ward-lad-lookups'])
      symlinkSync(resolve(sources, name), join(badSources, name));
    const latest = readdirSync(join(sources, STREET)).sort().at(-1)!;
    const lines = readFileSync(join(sources, STREET, latest), 'utf8').split('\n');
    lines[5] = lines[5]!.replace(/,-?\d+\.\d+,(\d+\.\d+),/, ',-1.4x7,$1,');
    writeFileSync(join(badSources, 'street', latest), lines.join('\n'));
    const manifest = JSON.parse(readFileSync(join(content, 'sources.json'), 'utf8'));
    manifest.imports['policeuk-street'].files.records = 'street';
    mkdirSync(badContent);
    copyFileSync(sitePath, join(badContent, 'site.json'));
    writeFileSync(join(badContent, 'sources.json'), JSON.stringify(manifest));
    note('badFile', latest);
    note('dataBeforeBadImport', folderDigest(data));
    await script(
      'bad-import',
      'scripts/import/all.ts',
      { ...env, PORTAL_CONTENT_DIR: badContent, PORTAL_SOURCES_DIR: badSources },
      ['policeuk-street'],
      { failing: true },
    );
    note('dataAfterBadImport', folderDigest(data));

    if ((await script('import', 'scripts/import/all.ts', env)).status !== 0) return;
    await build('build', folders);
  },
};
